import { useMemo } from 'react';

/**
 * The in-app browsers our users open links in, recognised from the user agent. Inside them the live
 * face check often cannot run (the camera is not offered to web pages, or only after a menu detour) and
 * nothing can be installed; the way out is the ⋯ menu's "open in browser", or the recorded route.
 * Pure: the caller passes navigator.userAgent.
 */
export const inAppBrowsers = ['wechat', 'qq', 'alipay', 'uc', 'quark', 'baidu', 'huawei', 'xiaomi', 'oppo', 'vivo'] as const;
export type InAppBrowser = (typeof inAppBrowsers)[number];

/**
 * Markers, most specific first: WeChat's UA also carries "QQ/"-like tokens on some builds, UC and
 * Quark share Alibaba's UCBrowser core, and the phone makers' browsers say their own name.
 * - WeChat: "MicroMessenger/8.0.x" (also WeCom: "wxwork").
 * - QQ app: " QQ/9.x" (the QQ *app*; "MQQBrowser" alone is QQ's standalone browser, also in-app here
 *   when it says "QQ/").
 * - Alipay: "AlipayClient/10.x"; UC: "UCBrowser/13.x"; Quark: "Quark/6.x"; Baidu: "baiduboxapp/13.x"
 *   or "baidubrowser".
 * - Huawei: "HuaweiBrowser/14.x"; Xiaomi: "XiaoMi/MiuiBrowser/17.x"; OPPO: "HeyTapBrowser/40.x"
 *   (ColorOS, also OnePlus); vivo: "VivoBrowser/13.x".
 */
const markers: readonly (readonly [InAppBrowser, RegExp])[] = [
  ['wechat', /MicroMessenger|wxwork/i],
  ['alipay', /AlipayClient/i],
  ['qq', /\sQQ\/\d/i],
  ['quark', /Quark\/\d/i],
  ['uc', /UCBrowser|UCWEB/i],
  ['baidu', /baiduboxapp|baidubrowser/i],
  ['huawei', /HuaweiBrowser/i],
  ['xiaomi', /MiuiBrowser/i],
  ['oppo', /HeyTapBrowser|OppoBrowser/i],
  ['vivo', /VivoBrowser/i],
];

export function detectInAppBrowser(userAgent: string): InAppBrowser | null {
  for (const [browser, marker] of markers) if (marker.test(userAgent)) return browser;
  return null;
}

/**
 * Apps that are not browsers at all (WeChat, QQ, Alipay, Baidu's app): their ⋯ menu has "open in
 * browser". The phone makers' and UC/Quark browsers are browsers: their problem is support, and the
 * way out is the phone's other browser or the recorded route.
 */
export function isAppWebView(browser: InAppBrowser): boolean {
  return browser === 'wechat' || browser === 'qq' || browser === 'alipay' || browser === 'baidu';
}

/** The in-app browser this page is open in (null: a phone's own browser, a computer). */
export function useInAppBrowser(): InAppBrowser | null {
  return useMemo(() => (typeof navigator === 'undefined' ? null : detectInAppBrowser(navigator.userAgent)), []);
}
