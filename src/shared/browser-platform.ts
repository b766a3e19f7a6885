import { useMemo } from 'react';

/**
 * Which browser the page is open in, for help that fits it (how to allow the camera, how to install,
 * whether a download can work): WeChat's built-in browser, Safari or another browser on an
 * iPhone/iPad, Android, or anything else (a computer). Pure; the hook reads navigator.
 */
export type BrowserPlatform = 'wechat' | 'ios-safari' | 'ios-other' | 'android' | 'other';

export type BrowserFacts = {
  userAgent: string;
  /** iPadOS 13+ claims to be a Mac; only its touch points give it away. */
  maxTouchPoints: number;
};

export function detectBrowserPlatform({ userAgent, maxTouchPoints }: BrowserFacts): BrowserPlatform {
  const ua = userAgent;
  if (/MicroMessenger/i.test(ua)) return 'wechat';
  const ios = /iPhone|iPad|iPod/i.test(ua) || (/Macintosh/i.test(ua) && maxTouchPoints > 1);
  if (ios) {
    const otherBrowser = /CriOS|FxiOS|EdgiOS|OPiOS|MQQBrowser|QQ\/|UCBrowser|baiduboxapp|Quark/i.test(ua);
    return otherBrowser ? 'ios-other' : 'ios-safari';
  }
  if (/Android/i.test(ua)) return 'android';
  return 'other';
}

export function useBrowserPlatform(): BrowserPlatform {
  return useMemo(
    () => detectBrowserPlatform({ userAgent: navigator.userAgent, maxTouchPoints: navigator.maxTouchPoints ?? 0 }),
    [],
  );
}
