import { chromium, test, type Browser, type Page } from '@playwright/test';
import { baseURL, chromiumArgs, chromiumPath } from '../playwright.config';
import {
  expectElderlyFriendly,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  saveScreenshot,
  useTextSize,
  waitForScreen,
} from './support/elderly-friendly';

// The face check's screens that need no camera picture: explanation, consent, and the help shown
// when the camera is refused. Checked with the project's elderly-first numbers and axe.
let browser: Browser | null = null;
test.afterEach(async () => {
  await browser?.close();
  browser = null;
});

async function toConsent(page: Page) {
  await page.getByRole('button', { name: '我看好了，下一步' }).click();
  await waitForScreen(page);
}

test('practice intro, consent and camera-denied help meet the elderly-first numbers', async () => {
  const testInfo = test.info();
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  await context.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  const page = await context.newPage();
  await page.goto('/practice');
  await waitForScreen(page);
  await expectElderlyFriendly(page);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'practice-intro');
  await toConsent(page);
  await expectElderlyFriendly(page);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'practice-consent');
  await page.getByRole('button', { name: '我同意，开始刷脸' }).click();
  await page.getByRole('heading', { name: '没有打开摄像头权限' }).waitFor({ timeout: 60_000 });
  await expectElderlyFriendly(page);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, 'practice-camera-denied');
});

test('no sideways scrolling at 320 px with the largest text', async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', viewport: { width: 320, height: 640 }, serviceWorkers: 'block' });
  await useTextSize(context, 'extraLarge');
  const page = await context.newPage();
  await page.goto('/practice');
  await waitForScreen(page);
  await expectNoHorizontalScroll(page);
  await toConsent(page);
  await expectNoHorizontalScroll(page);
});
