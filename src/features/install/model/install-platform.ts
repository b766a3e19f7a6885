import { detectBrowserPlatform, type BrowserFacts, type BrowserPlatform } from '../../../shared/browser-platform';

/**
 * Which install help fits the browser the page is open in. Pure: the caller passes what it read
 * from navigator and matchMedia.
 * - installed: already running from the home screen;
 * - wechat: WeChat's built-in browser cannot install: open the page in the system browser first;
 * - ios-safari: Share → Add to Home Screen;
 * - ios-other: another browser on iPhone/iPad (Chrome, QQ, UC…): easiest is to open the page in Safari;
 * - android: Chrome offers an install prompt; other browsers have "添加到桌面" in their menu;
 * - other: a computer or anything else.
 */
export type InstallPlatform = 'installed' | BrowserPlatform;

export type InstallFacts = BrowserFacts & {
  /** display-mode: standalone matches, or iOS's navigator.standalone is true. */
  standalone: boolean;
};

export function detectInstallPlatform({ standalone, ...browser }: InstallFacts): InstallPlatform {
  if (standalone) return 'installed';
  return detectBrowserPlatform(browser);
}
