import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { GuideIntroScreen } from '../../../../src/features/guide/components/guide-intro-screen';
import { useRegionStore } from '../../../../src/features/region/region-store';
import { renderWithApp } from '../../../support/render-with-app';

describe('GuideIntroScreen', () => {
  beforeEach(() => useRegionStore.setState({ regionCode: null }));

  it('first says the person may already be certified and how to check, with the ways without a phone in view', async () => {
    useRegionStore.setState({ regionCode: '37' });
    await renderWithApp(<GuideIntroScreen />, { path: '/guide' });
    expect(await screen.findByRole('heading', { level: 2, name: '您可能已经认证过了' })).toBeInTheDocument();
    expect(screen.getByText(/叫“静默认证”或“无感认证”/)).toBeInTheDocument();
    expect(screen.getByText(/比如“爱山东”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '看看不用手机的办法' })).toHaveAttribute('href', '/offline-options');
    expect(screen.getByRole('link', { name: '开始第 1 步' })).toHaveAttribute('href', '/guide/1');
    expect(screen.getByRole('link', { name: '常见问题' })).toHaveAttribute('href', '/faq');
    expect(screen.getByRole('link', { name: '防骗提醒' })).toHaveAttribute('href', '/scam');
  }, 20_000);

  it('asks for the region when none was chosen', async () => {
    await renderWithApp(<GuideIntroScreen />, { path: '/guide' });
    expect(await screen.findByRole('link', { name: '选择我的地区' })).toHaveAttribute('href', '/region');
  }, 20_000);
});
