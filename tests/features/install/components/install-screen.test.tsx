import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  captureInstallPrompt,
  useInstallPromptStore,
  type BeforeInstallPromptEvent,
} from '../../../../src/features/install/effects/install-prompt';
import { InstallScreen } from '../../../../src/features/install/components/install-screen';
import { renderWithApp } from '../../../support/render-with-app';

const androidChrome =
  'Mozilla/5.0 (Linux; Android 13; V2219A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';
const wechat =
  'Mozilla/5.0 (Linux; Android 12; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0 Mobile Safari/537.36 MicroMessenger/8.0.34.2340 WeChat/arm64';
const iphoneSafari =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1';

function asBrowser(userAgent: string) {
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent);
}

function fakeInstallEvent(outcome: 'accepted' | 'dismissed') {
  const event = new Event('beforeinstallprompt', { cancelable: true }) as BeforeInstallPromptEvent;
  const prompt = vi.fn(() => Promise.resolve());
  Object.assign(event, { prompt, userChoice: Promise.resolve({ outcome, platform: 'web' }) });
  return { event, prompt };
}

afterEach(() => {
  vi.restoreAllMocks();
  useInstallPromptStore.setState({ deferred: null, installed: false });
});

describe('InstallScreen', () => {
  it("on Android Chrome, offers one big 添加到桌面 button that opens the browser's own dialog", async () => {
    asBrowser(androidChrome);
    const stop = captureInstallPrompt(window);
    const { event, prompt } = fakeInstallEvent('accepted');
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    await renderWithApp(<InstallScreen />, { path: '/install' });
    await userEvent.click(await screen.findByRole('button', { name: /添加到桌面/ }));
    expect(prompt).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/请回到手机桌面/)).toBeInTheDocument();
    stop();
  });

  it('on Android without an install offer, explains the browser menu instead', async () => {
    asBrowser(androidChrome);
    await renderWithApp(<InstallScreen />, { path: '/install' });
    expect(await screen.findByText(/右上角的菜单按钮/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /添加到桌面/ })).not.toBeInTheDocument();
  });

  it("inside WeChat, explains how to open the page in the phone's browser (··· → 在浏览器打开)", async () => {
    asBrowser(wechat);
    await renderWithApp(<InstallScreen />, { path: '/install' });
    expect(await screen.findByText(/在微信里不能直接放到桌面/)).toBeInTheDocument();
    expect(screen.getByText(/点“在浏览器打开”/)).toBeVisible();
    expect(screen.getByRole('img', { name: /微信右上角的三个点/ })).toBeInTheDocument();
  });

  it('on iPhone Safari, shows the Share → 添加到主屏幕 steps with pictures', async () => {
    asBrowser(iphoneSafari);
    await renderWithApp(<InstallScreen />, { path: '/install' });
    expect(await screen.findByText(/“分享”按钮/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Safari 最下面一排按钮/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /分享菜单里的“添加到主屏幕”/ })).toBeInTheDocument();
  });

  it('says it is already installed when opened from the home screen', async () => {
    asBrowser(androidChrome);
    // jsdom has no matchMedia: give it one that says "running from the home screen".
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      value: (query: string) => ({ matches: query.includes('standalone'), media: query }) as MediaQueryList,
    });
    try {
      await renderWithApp(<InstallScreen />, { path: '/install' });
      expect(await screen.findByText('已经放好了')).toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(window, 'matchMedia');
    }
  });

  it('a dismissed dialog leaves a calm message and the menu steps', async () => {
    asBrowser(androidChrome);
    const stop = captureInstallPrompt(window);
    const { event } = fakeInstallEvent('dismissed');
    act(() => {
      window.dispatchEvent(event);
    });
    await renderWithApp(<InstallScreen />, { path: '/install' });
    await userEvent.click(await screen.findByRole('button', { name: /添加到桌面/ }));
    expect(await screen.findByText(/这次没有添加/)).toBeInTheDocument();
    expect(screen.getByText(/右上角的菜单按钮/)).toBeInTheDocument();
    stop();
  });
});
