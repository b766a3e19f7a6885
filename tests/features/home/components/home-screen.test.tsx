import { act, configure, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HomeScreen } from '../../../../src/features/home/components/home-screen';
import { parseRuntimeConfig } from '../../../../src/shared/config/runtime-config';
import { renderWithApp } from '../../../support/render-with-app';
import { aSession, anEvidence, testPerson } from '../../submission/support/evidence';
import { createFakeCertification } from '../../submission/support/fake-certification';

// The progress card reads the real outbox (fake-indexeddb): allow for a busy CI machine.
configure({ asyncUtilTimeout: 5000 });

const agency = {
  name: '示例市社会保险事业管理中心',
  website: 'https://rsj.example.gov.cn/',
  phone: '0571-12333',
  verify: '在示例市人社局官网“便民服务”栏目可以查到本服务的网址。',
};

describe('HomeScreen', () => {
  it('without an agency, leads first to the guide and says it is a guide; staff mode is not offered', async () => {
    const cert = createFakeCertification();
    await renderWithApp(<HomeScreen />, { services: { certification: cert.certification } });
    expect(await screen.findByRole('heading', { level: 1, name: '养老金认证助手' })).toBeInTheDocument();
    const links = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(links.slice(0, 3)).toEqual(['/region', '/practice', '/family']);
    expect(screen.getByRole('link', { name: /看看您那里怎么认证/ })).toHaveClass('choice-primary');
    expect(screen.queryByRole('link', { name: /开始认证|在这里刷脸认证/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /社区工作人员/ })).toBeNull();
    expect(screen.getByRole('link', { name: /设置/ })).toHaveAttribute('href', '/settings');
    expect(screen.getByRole('link', { name: /12333/ })).toHaveAttribute('href', 'tel:12333');
    cert.outbox.stop();
  });

  it('where an agency offers certification here, that is the first choice and names the agency', async () => {
    const cert = createFakeCertification();
    await renderWithApp(<HomeScreen />, {
      services: { certification: cert.certification, config: parseRuntimeConfig({ backend: { kind: 'http' }, agency }) },
    });
    const certify = await screen.findByRole('link', { name: /在这里刷脸认证/ });
    expect(certify).toHaveAttribute('href', '/certify');
    expect(certify).toHaveClass('choice-primary');
    expect(certify).toHaveTextContent('由“示例市社会保险事业管理中心”提供');
    expect(screen.getByRole('link', { name: /用官方软件或到窗口认证/ })).toHaveAttribute('href', '/region');
    cert.outbox.stop();
  });

  it('offers staff mode only on a device the deployment presets as a kiosk', async () => {
    const cert = createFakeCertification();
    await renderWithApp(<HomeScreen />, {
      services: { certification: cert.certification, config: parseRuntimeConfig({ kiosk: { preset: true } }) },
    });
    expect(await screen.findByRole('link', { name: /社区工作人员/ })).toHaveAttribute('href', '/kiosk');
    cert.outbox.stop();
  });

  it('shows 认证进度 with the state in words whenever this device has a submission, leading to /status', async () => {
    const cert = createFakeCertification();
    await renderWithApp(<HomeScreen />, { services: { certification: cert.certification } });
    await screen.findByRole('heading', { level: 1, name: '养老金认证助手' });
    expect(screen.queryByTestId('progress-card')).toBeNull();

    await act(() => cert.outbox.enqueue({ person: testPerson, session: aSession(), evidence: anEvidence() }));
    const card = await screen.findByRole('link', { name: /认证进度/ });
    expect(card).toHaveAttribute('href', '/status');
    await screen.findByText(/张桂兰：(已提交|审核中)/);

    act(() => cert.fake.setStatus({ state: 'approved', decidedAt: '2026-01-15T10:00:00.000Z', nextDueDate: '2027-01-15' }));
    expect(await screen.findByText('张桂兰：已通过')).toBeVisible();
    cert.outbox.stop();
  });

  it('renders in English when asked', async () => {
    const cert = createFakeCertification();
    await renderWithApp(<HomeScreen />, { language: 'en', services: { certification: cert.certification } });
    expect(await screen.findByRole('link', { name: /Practise the face check/ })).toHaveAttribute('href', '/practice');
    cert.outbox.stop();
  });
});
