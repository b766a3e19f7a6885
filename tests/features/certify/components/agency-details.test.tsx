import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PersonForm } from '../../../../src/features/certify/components/person-form';
import { parseRuntimeConfig } from '../../../../src/shared/config/runtime-config';
import { renderWithApp } from '../../../support/render-with-app';

const agency = {
  name: { 'zh-CN': '示例市社会保险事业管理中心', en: 'Example City Social Insurance Centre' },
  website: 'https://rsj.example.gov.cn/',
  phone: '0571-12333',
  verify: '在示例市人社局官网“便民服务”栏目可以查到本服务的网址。',
};

describe('the agency behind the service', () => {
  it('the person form shows who provides it and how to check it, before anything is typed', async () => {
    await renderWithApp(<PersonForm onSubmit={() => undefined} />, {
      services: { config: parseRuntimeConfig({ backend: { kind: 'http' }, agency }) },
    });
    const details = await screen.findByRole('region', { name: '这项认证服务由谁提供' });
    expect(details).toHaveTextContent('由“示例市社会保险事业管理中心”提供');
    expect(details).toHaveTextContent('0571-12333');
    expect(details).toHaveTextContent('https://rsj.example.gov.cn/');
    expect(details).toHaveTextContent('怎样核实：在示例市人社局官网“便民服务”栏目可以查到本服务的网址。');
    // The way to check does not depend on what this page says: 12333.
    expect(details).toHaveTextContent('不放心的话，先拨打 12333 问清楚再填。');
    expect(details.compareDocumentPosition(screen.getByLabelText('姓名')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('in the person’s language where the config gives it', async () => {
    await renderWithApp(<PersonForm onSubmit={() => undefined} />, {
      language: 'en',
      services: { config: parseRuntimeConfig({ backend: { kind: 'http' }, agency }) },
    });
    expect(await screen.findByRole('region', { name: 'Who provides this certification service' })).toHaveTextContent(
      'Example City Social Insurance Centre',
    );
  });

  it('nothing where no agency is configured (the 演示)', async () => {
    await renderWithApp(<PersonForm onSubmit={() => undefined} />);
    await screen.findByLabelText('姓名');
    expect(screen.queryByRole('region', { name: '这项认证服务由谁提供' })).toBeNull();
  });
});
