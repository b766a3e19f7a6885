import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CertifyEntryLink } from '../../../src/features/certify/components/certify-entry-link';
import { CertifyFlow } from '../../../src/features/certify/components/certify-flow';
import { PersonForm } from '../../../src/features/certify/components/person-form';
import { parseRuntimeConfig } from '../../../src/shared/config/runtime-config';
import { renderWithApp } from '../../support/render-with-app';
import { createFakeCertification } from '../submission/support/fake-certification';

const agency = {
  name: '示例市社会保险事业管理中心',
  website: 'https://rsj.example.gov.cn/',
  phone: '0571-12333',
  verify: '在示例市人社局官网“便民服务”栏目可以查到本服务的网址。',
};

function renderLink(config: unknown) {
  return renderWithApp(
    <>
      <CertifyEntryLink />
      <p>end of guide</p>
    </>,
    { services: { config: parseRuntimeConfig(config) } },
  );
}

describe('where the app offers certification of its own', () => {
  it('the guide leads to /certify where a backend and the agency behind it are configured, naming the agency', async () => {
    await renderLink({ backend: { kind: 'http' }, agency });
    await screen.findByText('end of guide');
    const link = screen.getByRole('link', { name: /在这个应用里刷脸认证/ });
    expect(link).toHaveAttribute('href', '/certify');
    expect(link).toHaveTextContent('示例市社会保险事业管理中心');
  });

  it('not with a backend that names no agency', async () => {
    await renderLink({ backend: { kind: 'http' } });
    await screen.findByText('end of guide');
    expect(screen.queryByRole('link', { name: /在这个应用里刷脸认证/ })).toBeNull();
  });

  it('not with the demo backend either', async () => {
    await renderLink({ backend: { kind: 'demo' } });
    await screen.findByText('end of guide');
    expect(screen.queryByRole('link', { name: /在这个应用里刷脸认证/ })).toBeNull();
  });

  it('/certify without an agency asks for nothing: it says why and leads to the official channels', async () => {
    const cert = createFakeCertification();
    await renderWithApp(<CertifyFlow exitTo="/" />, {
      services: { certification: cert.certification, config: parseRuntimeConfig({ backend: { kind: 'http' } }) },
    });
    expect(await screen.findByRole('heading', { level: 1, name: '这里不能办理认证' })).toBeVisible();
    expect(screen.queryByLabelText('身份证号码')).toBeNull();
    expect(screen.getByRole('link', { name: /看看您那里怎么认证/ })).toHaveAttribute('href', '/region');
    cert.outbox.stop();
  });

  it('the person form shows who provides the service and how to check it, before anything is typed', async () => {
    await renderWithApp(<PersonForm onSubmit={() => undefined} />, {
      services: { config: parseRuntimeConfig({ backend: { kind: 'http' }, agency }) },
    });
    const details = await screen.findByRole('region', { name: '这项认证服务由谁提供' });
    expect(details).toHaveTextContent('由“示例市社会保险事业管理中心”提供');
    expect(details).toHaveTextContent('0571-12333');
    expect(details).toHaveTextContent('https://rsj.example.gov.cn/');
    expect(details).toHaveTextContent('怎样核实：在示例市人社局官网“便民服务”栏目可以查到本服务的网址。');
    expect(details.compareDocumentPosition(screen.getByLabelText('姓名')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
