import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { reviewer, startE2eServer, statusOf, submitThroughApi, type ServerProcess } from './support/test-server';

// Staff use a desk screen or a tablet.
test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

let server: ServerProcess;

test.beforeAll(async () => {
  server = await startE2eServer('review', { FIXED_CHALLENGES: 'turn-right,turn-left' });
});

test.afterAll(async () => {
  await server?.stop();
});

/** Console errors that mean the page broke the server's CSP (no inline script or style allowed). */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a reviewer signs in, sees the submission with its photo and video, asks for a redo, and the person’s status says so', async ({
  page,
}) => {
  const receipt = await submitThroughApi(server.baseUrl, '张桂英');
  const csp = watchCsp(page);

  await page.goto(`${server.baseUrl}/review`);
  await expect(page.getByRole('heading', { level: 1, name: '工作人员登录' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Keyboard only: the page's heading has focus, so the first Tab lands in the form.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('账号')).toBeFocused();
  await expect(page.getByLabel('账号')).toHaveCSS('outline-width', '4px');

  await page.getByLabel('账号').fill(reviewer.username);
  await page.getByLabel('密码', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toHaveText(/账号或密码不对/);

  await page.getByLabel('密码', { exact: true }).fill(reviewer.password);
  await page.getByLabel('密码', { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '认证材料' })).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: '张桂英' });
  await expect(card).toContainText('1101**********002X');
  await expect(card).not.toContainText('11010519491231002X');
  await expect(card).toContainText(/待审核/);
  await expectNoAxeViolations(page);

  await card.getByRole('link', { name: '查看 张桂英 的材料' }).click();
  await expect(page).toHaveURL(/\/review\/submissions\//);
  await expect(page.getByRole('heading', { level: 1, name: '认证材料：张桂英' })).toBeVisible();
  const photo = page.getByRole('img', { name: '张桂英 认证时拍的照片' });
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(160);
  const video = page.locator('video[controls]');
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole('table')).toContainText('向右转头');
  await expect(page.getByText('动作顺序和要求一致')).toBeVisible();
  await expectNoAxeViolations(page);

  // Staff may be older too: every control as big as in the retirees' app.
  const controlHeightsPx = await page
    .locator('button, select, .rv-option')
    .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
  expect(Math.min(...controlHeightsPx)).toBeGreaterThanOrEqual(60);

  await page.getByRole('radio', { name: '请重新认证' }).check();
  await page.getByRole('combobox', { name: '原因（必选）' }).selectOption({ label: '光线太暗' });
  await page.getByRole('textbox', { name: /补充说明/ }).fill('请在白天面向窗户再做一次。');
  await page.getByRole('button', { name: '下一步：确认' }).click();
  await expect(page.getByText('确定请 张桂英 重新认证吗？')).toBeVisible();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存决定：请重新认证' })).toBeVisible();
  await expect(page.getByText('已有决定：请重新认证')).toBeVisible();

  await expect.poll(() => statusOf(server.baseUrl, receipt)).toMatchObject({ state: 'redo-requested', reasonCode: 'too-dark' });

  // A direct link to a console page (e.g. a bookmark) loads the console, not the retirees' app.
  await page.goto(`${server.baseUrl}/review/audit`);
  await expect(page.getByRole('heading', { level: 1, name: '操作记录' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '审核决定：请重新认证' })).toContainText(reviewer.username);

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByText('您已退出登录。')).toBeVisible();
  await page.goto(`${server.baseUrl}/review/audit`);
  await expect(page.getByRole('heading', { level: 1, name: '工作人员登录' })).toBeVisible();
  expect(csp).toEqual([]);
});

test('the console stays out of the retirees’ app: no app manifest on its page, nothing of it precached', async ({ page, request }) => {
  await page.goto(`${server.baseUrl}/review`);
  await expect(page.getByRole('heading', { level: 1, name: '工作人员登录' })).toBeVisible();
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
  const consoleScripts = await page.locator('script[src]').evaluateAll((scripts) => scripts.map((s) => s.getAttribute('src') ?? ''));
  expect(consoleScripts.some((src) => /\/assets\/review-/.test(src))).toBe(true);

  const serviceWorker = await (await request.get(`${server.baseUrl}/sw.js`)).text();
  const precached = [...serviceWorker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '');
  expect(precached).toContain('index.html');
  expect(precached.filter((url) => /^(review\/|assets\/review-)/.test(url))).toEqual([]);
});

test('evidence and decisions are refused without a signed-in reviewer', async ({ request }) => {
  const receipt = await submitThroughApi(server.baseUrl, '李建国');
  const photo = await request.get(`${server.baseUrl}/api/review/submissions/${receipt.submissionId}/photo`);
  expect(photo.status()).toBe(401);
  const decision = await request.post(`${server.baseUrl}/api/review/submissions/${receipt.submissionId}/decision`, {
    headers: { 'X-Requested-With': 'review-console' },
    data: { decision: 'approve' },
  });
  expect(decision.status()).toBe(401);
  expect((await statusOf(server.baseUrl, receipt)).state).toBe('received');
});
