import { expect, test, type Browser } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { expectElderlyFriendly, expectNoAxeViolations } from './support/elderly-friendly';
import { launchWithFakeCamera } from './support/fake-camera';

let browser: Browser | null = null;
test.afterEach(async () => {
  await browser?.close();
  browser = null;
});

test('practice from the home screen: notice, consent, a real mouth-open clip passes, nothing is submitted', async () => {
  browser = await launchWithFakeCamera('real-02-mouth-open-man');
  const context = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  await context.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ practice: { challenges: ['mouth-open'] } }) }),
  );
  const page = await context.newPage();
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') posts.push(`${request.method()} ${request.url()}`);
  });

  await page.goto('/');
  await page.getByRole('link', { name: /练习刷脸/ }).click();
  await expect(page).toHaveURL(/\/practice$/);
  await expect(page.getByRole('heading', { level: 1, name: '练习刷脸' })).toBeVisible();
  await expect(page.getByText(/这只是练习，不算认证，也不会上传任何东西/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('practice-intro.png'), fullPage: true });

  await page.getByRole('button', { name: '我看好了，下一步' }).click();
  await page.getByRole('button', { name: '我同意，开始刷脸' }).click();
  await expect(page.getByText('请张张嘴，再合上')).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: test.info().outputPath('practice-check.png') });
  await expectElderlyFriendly(page);
  await expect(page.getByRole('heading', { name: '练习做完了！' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/张嘴：用了 [\d.]+ 秒/)).toBeVisible();
  // The next step to the real certification: no region chosen yet, so choosing one.
  const next = page.getByRole('region', { name: '下一步：正式认证' });
  await expect(next.getByRole('link', { name: '选择您的省份' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('practice-done.png'), fullPage: true });
  await expectElderlyFriendly(page);
  await expectNoAxeViolations(page);

  // Practice submits nothing anywhere.
  expect(posts).toEqual([]);
  await page.getByRole('button', { name: '回到首页' }).click();
  await expect(page).toHaveURL(`${baseURL}/`);
});
