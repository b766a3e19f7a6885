import { expect, test, type Page } from '@playwright/test';
import { appScreens } from './support/app-screens';
import { openScreen, saveScreenshot, waitForScreen } from './support/elderly-friendly';

/** Waits until the service worker has precached everything and controls this page. */
async function installServiceWorker(page: Page) {
  await page.goto('/');
  await waitForScreen(page);
  // `ready` resolves once a worker is active, which is after its install (the precache) finished.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The very first page load is not controlled yet; from the next load on, it is.
  await page.reload();
  await waitForScreen(page);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

async function expectRealScreen(page: Page) {
  await waitForScreen(page);
  // Neither the error screen nor Chromium's "no internet" page.
  await expect(page.locator('h1').first()).not.toHaveText('这一页出了点问题');
  await expect(page.locator('footer a[href="tel:12333"]')).toBeVisible();
}

test('after one visit, the app works with no network at all', async ({ page, context }, testInfo) => {
  await installServiceWorker(page);
  await context.setOffline(true);
  try {
    await page.reload();
    await expectRealScreen(page);
    await expect(page.getByRole('heading', { level: 1, name: '养老金认证助手' })).toBeVisible();

    // Walk the way a person would: home → 看看您那里怎么认证 → pick a region → what to do there.
    await page.getByRole('link', { name: /看看您那里怎么认证/ }).click();
    await expect(page).toHaveURL(/\/region$/);
    await expectRealScreen(page);
    const firstRegion = page.locator('main button, main a[href^="/channels"]').first();
    if ((await firstRegion.count()) > 0) {
      await firstRegion.click();
      await expectRealScreen(page);
    }

    // Every screen also opens from a fresh address (a bookmark or the home-screen icon).
    for (const screen of appScreens.filter((s) => s.offline)) {
      await openScreen(page, screen.route);
      await expectRealScreen(page);
      await saveScreenshot(page, testInfo, `offline-${screen.name}`);
    }

    // Other languages were precached too: switching to English works offline.
    await openScreen(page, '/settings');
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await page.getByRole('link', { name: /Go back/ }).click();
    await expect(page.getByRole('link', { name: /See how to certify where you live/ })).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
});

test('the web app manifest makes it installable: Chinese name, icons, standalone', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href ?? '')).json()) as {
    name: string;
    short_name: string;
    lang: string;
    display: string;
    start_url: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ name: '养老金认证助手', short_name: '养老金认证', lang: 'zh-CN', display: 'standalone' });
  for (const size of ['192x192', '512x512']) {
    expect(manifest.icons.some((icon) => icon.sizes === size && (icon.purpose ?? 'any').includes('any'))).toBe(true);
  }
  expect(manifest.icons.some((icon) => icon.purpose?.includes('maskable'))).toBe(true);
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type']).toContain('image/png');
    const width = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return `${image.naturalWidth}x${image.naturalHeight}`;
    }, icon.src);
    expect(width, icon.src).toBe(icon.sizes);
  }
  const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect((await request.get(touchIcon ?? '')).status()).toBe(200);
});
