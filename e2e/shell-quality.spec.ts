import { expect, test } from '@playwright/test';
import { appScreens } from './support/app-screens';
import {
  expectElderlyFriendly,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  openScreen,
  saveScreenshot,
  useSettings,
  useTextSize,
} from './support/elderly-friendly';

// Measured, not promised: every screen at the default text size, then every screen at 特大 on the
// narrowest phone we support (320 px), on both phone projects.
test.describe('every screen meets the elderly-first numbers', () => {
  for (const screen of appScreens) {
    test(`${screen.route}: axe clean, text ≥ 20px, h1 ≥ 28px, contrast ≥ 7:1, targets ≥ 60px apart ≥ 8px`, async ({
      page,
    }, testInfo) => {
      await openScreen(page, screen.route);
      await expectNoAxeViolations(page);
      await expectElderlyFriendly(page);
      await saveScreenshot(page, testInfo, screen.name);
    });
  }
});

test('with 特大 text at 320px wide, no screen scrolls sideways', async ({ page, context }, testInfo) => {
  // Skipped on the 390 px phone on purpose: this test sets its own 320 px viewport, so a second run
  // would check exactly the same thing (CI time).
  test.skip(testInfo.project.name !== 'phone-360', 'sets its own 320 px viewport: once is enough');
  await useTextSize(context, 'extraLarge');
  await page.setViewportSize({ width: 320, height: 640 });
  for (const screen of appScreens) {
    await openScreen(page, screen.route);
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'extraLarge');
    await expectNoHorizontalScroll(page);
    await expectElderlyFriendly(page, { minFontPx: 28, minHeadingPx: 39 });
    await saveScreenshot(page, testInfo, `${screen.name}-extra-large-320`);
  }
});

test('English (longer words) with 特大 text at 320px wide does not scroll sideways either', async ({ page, context }, testInfo) => {
  // Skipped on the 390 px phone on purpose: this test sets its own 320 px viewport, so a second run
  // would check exactly the same thing (CI time).
  test.skip(testInfo.project.name !== 'phone-360', 'sets its own 320 px viewport: once is enough');
  await useSettings(context, { language: 'en', textSize: 'extraLarge' });
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of ['/', '/settings', '/install', '/guide/2']) {
    await openScreen(page, route);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoHorizontalScroll(page);
  }
});

test('the browser zoom and WeChat font enlargement are respected (no text-size-adjust: none)', async ({ page }) => {
  await openScreen(page, '/');
  const sizes = await page.evaluate(() => {
    const before = parseFloat(getComputedStyle(document.querySelector('main p') as Element).fontSize);
    // WeChat's font setting enlarges the root font; everything is in rem, so all text follows.
    document.documentElement.style.fontSize = '200%';
    const after = parseFloat(getComputedStyle(document.querySelector('main p') as Element).fontSize);
    document.documentElement.style.fontSize = '';
    return { before, after };
  });
  expect(sizes.after).toBeGreaterThan(sizes.before * 1.4);
});

test.describe('install help for each browser', () => {
  const browsers = [
    {
      name: 'wechat',
      userAgent:
        'Mozilla/5.0 (Linux; Android 12; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0 Mobile Safari/537.36 MicroMessenger/8.0.34.2340 WeChat/arm64',
      expectText: /在浏览器打开/,
    },
    {
      name: 'android-chrome',
      userAgent:
        'Mozilla/5.0 (Linux; Android 13; V2219A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
      expectText: /右上角的菜单按钮/,
    },
    {
      name: 'ios-safari',
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
      expectText: /添加到主屏幕/,
    },
  ];
  for (const browser of browsers) {
    test(`${browser.name}: fitting steps with pictures, axe clean and elderly-friendly`, async ({ browser: b }, testInfo) => {
      const context = await b.newContext({
        ...testInfo.project.use,
        baseURL: testInfo.project.use.baseURL,
        userAgent: browser.userAgent,
      });
      try {
        const page = await context.newPage();
        await openScreen(page, '/install');
        await expect(page.getByText(browser.expectText).first()).toBeVisible();
        await expect(page.getByRole('img').first()).toBeVisible();
        // Unfold "other phones" too: everything in it must meet the same numbers.
        await page.getByText(/其他手机怎么放到桌面/).click();
        await expectNoAxeViolations(page);
        await expectElderlyFriendly(page);
        await saveScreenshot(page, testInfo, `install-${browser.name}`);
      } finally {
        await context.close();
      }
    });
  }
});

test('read aloud on a phone with no Chinese voice says so in words instead of doing nothing', async ({ page }) => {
  // Headless Chromium has no speech voices at all: the same as many phones without a Chinese voice.
  await openScreen(page, '/');
  await page.getByRole('button', { name: '朗读' }).click();
  await expect(page.getByRole('status').filter({ hasText: /朗读/ })).toBeVisible({ timeout: 10_000 });
  await expectElderlyFriendly(page);
});
