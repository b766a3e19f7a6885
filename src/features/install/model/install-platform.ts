/**
 * Which install help fits the browser the page is open in. Pure: the caller passes what it read
 * from navigator and matchMedia.
 */
export type InstallPlatform =
  /** Already running from the home screen. */
  | 'installed'
  /** WeChat's built-in browser: cannot install; open the page in the system browser first. */
  | 'wechat'
  /** Safari on iPhone/iPad: Share → Add to Home Screen. */
  | 'ios-safari'
  /** Another browser on iPhone/iPad (Chrome, QQ, UC…): easiest is to open the page in Safari. */
  | 'ios-other'
  /** Android: Chrome offers an install prompt; other browsers have "添加到桌面" in their menu. */
  | 'android'
  /** A computer or anything else. */
  | 'other';

export type BrowserFacts = {
  userAgent: string;
  /** display-mode: standalone matches, or iOS's navigator.standalone is true. */
  standalone: boolean;
  /** iPadOS 13+ claims to be a Mac; only its touch points give it away. */
  maxTouchPoints: number;
};

export function detectInstallPlatform({ userAgent, standalone, maxTouchPoints }: BrowserFacts): InstallPlatform {
  if (standalone) return 'installed';
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
