import { describe, expect, it } from 'vitest';
import { detectInstallPlatform } from '../../../../src/features/install/model/install-platform';

const ua = {
  androidChrome:
    'Mozilla/5.0 (Linux; Android 13; V2219A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
  androidWeChat:
    'Mozilla/5.0 (Linux; Android 12; PGJM10 Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5043 MMWEBSDK/20230303 MMWEBID/1234 MicroMessenger/8.0.34.2340(0x2800225D) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  iphoneWeChat:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 15_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.20(0x18001442) NetType/WIFI Language/zh_CN',
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/118.0.5993.92 Mobile/15E148 Safari/604.1',
  ipadAsMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
  desktopChrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
};

describe('detectInstallPlatform', () => {
  it.each([
    ['androidChrome', 0, 'android'],
    ['androidWeChat', 5, 'wechat'],
    ['iphoneSafari', 5, 'ios-safari'],
    ['iphoneWeChat', 5, 'wechat'],
    ['iphoneChrome', 5, 'ios-other'],
    ['ipadAsMac', 5, 'ios-safari'],
    ['ipadAsMac', 0, 'other'],
    ['desktopChrome', 0, 'other'],
  ] as const)('%s (touch points %d) → %s', (name, maxTouchPoints, expected) => {
    expect(detectInstallPlatform({ userAgent: ua[name], standalone: false, maxTouchPoints })).toBe(expected);
  });

  it('says "installed" when opened from the home screen, whatever the browser', () => {
    expect(detectInstallPlatform({ userAgent: ua.androidWeChat, standalone: true, maxTouchPoints: 5 })).toBe('installed');
  });
});
