import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CertifyEntryLink } from '../../../../src/features/guide/components/certify-entry-link';
import { parseRuntimeConfig } from '../../../../src/shared/config/runtime-config';
import { renderWithApp } from '../../../support/render-with-app';

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
});
