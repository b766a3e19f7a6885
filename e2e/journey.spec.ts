import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { projectRoot, reviewer, submitThroughApi, testIdNumber } from './support/test-server';
import { useServerAndCamera } from './support/server-and-camera';

/**
 * The whole journey, as a new user would do it, against the real server with the http backend and
 * real MediaPipe on Chromium's fake camera: guide → who → consent → face check → 提交 → a reviewer
 * decides in a second browser context → the person's screen shows the result without a reload.
 *
 * The clip (real-02, a man facing the camera in even studio light) opens his mouth twice, so the
 * server runs with FIXED_CHALLENGES=mouth-open to match it.
 * Status polls follow the server's Retry-After, shortened here to 1 s.
 */
const clipId = 'real-02-mouth-open-man';

// One Chromium for the whole file: the fake-camera clip is a process-wide flag.
const suite = useServerAndCamera('journey', { FIXED_CHALLENGES: 'mouth-open', STATUS_POLL_SECONDS: '1' }, clipId);

/** Screenshots for people to look at (e2e-artifacts/journey/), as the person and the reviewer saw it. */
async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(projectRoot, 'e2e-artifacts', 'journey', `${name}.png`), fullPage: true });
}

async function retireePhone(): Promise<Page> {
  const context = await suite.newContext({
    locale: 'zh-CN',
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  return context.newPage();
}

async function reviewerDesk(): Promise<Page> {
  const context = await suite.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

/** From the home screen through the guide, then the certification itself up to 提交. */
async function certify(page: Page, name: string, shots?: string) {
  await page.goto('/');
  // The deployment names its agency, so certifying here is home's first choice; this person reads the guide first.
  await expect(page.getByRole('link', { name: /在这里刷脸认证/ })).toHaveAttribute('href', '/certify');
  await page.getByRole('link', { name: /用官方软件或到窗口认证/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '选择您的地区' })).toBeVisible();
  await page.getByRole('button', { name: '广东省' }).click();
  await page.getByRole('link', { name: '一步一步教我认证' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '认证前，先看一看' })).toBeVisible();
  await page.getByRole('link', { name: /在这个应用里刷脸认证/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '填写认证人信息' })).toBeVisible();
  await expect(page.getByRole('region', { name: '这项认证服务由谁提供' })).toContainText('示例市社会保险事业管理中心');
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('身份证号码').fill(testIdNumber);
  await page.getByRole('button', { name: '下一步' }).click();

  await page.getByRole('button', { name: '我看好了，下一步' }).click();
  await expect(page.getByRole('heading', { name: '同意使用您的脸部照片' })).toBeVisible();
  await page.getByRole('button', { name: '我同意，开始刷脸' }).click();

  // Real MediaPipe on the clip: the mouth opens.
  // The photo is looked at once, here, beside 提交.
  await expect(page.getByRole('heading', { level: 1, name: '核对照片' })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole('button', { name: '照片清楚，继续' })).toHaveCount(0);
  if (shots) await shot(page, `${shots}-1-before-submit`);
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '认证进度' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /已提交|审核中/ })).toBeVisible({ timeout: 30_000 });
  if (shots) await shot(page, `${shots}-2-submitted`);
}

type Decision = { choice: '通过' | '不通过' | '请重新认证'; reason?: string; note?: string };

async function decide(name: string, decision: Decision, options: { checkActions?: boolean; shots?: string } = {}) {
  const desk = await reviewerDesk();
  await desk.goto('/review');
  await desk.getByLabel('账号').fill(reviewer.username);
  await desk.getByLabel('密码', { exact: true }).fill(reviewer.password);
  await desk.getByRole('button', { name: '登录' }).click();
  await desk.getByRole('link', { name: `查看 ${name} 的材料` }).click();
  await expect(desk.getByRole('heading', { level: 1, name: `认证材料：${name}` })).toBeVisible();
  // What the phone sent: its real photo, the actions in the order asked.
  const photo = desk.getByRole('img', { name: `${name} 认证时拍的照片` });
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  if (options.checkActions !== false) {
    await expect(desk.getByRole('table').getByRole('row')).toHaveCount(2);
    await expect(desk.getByRole('table')).toContainText('张嘴');
    await expect(desk.getByRole('listitem').filter({ hasText: '动作顺序和要求一致' })).toContainText('通过');
  }

  if (options.shots) await shot(desk, `${options.shots}-3-reviewer`);
  await desk.getByRole('radio', { name: decision.choice, exact: true }).check();
  if (decision.reason) await desk.getByRole('combobox', { name: '原因（必选）' }).selectOption({ label: decision.reason });
  if (decision.note) await desk.getByRole('textbox', { name: /补充说明/ }).fill(decision.note);
  await desk.getByRole('button', { name: '下一步：确认' }).click();
  await desk.getByRole('button', { name: '确定' }).click();
  await expect(desk.getByText(`已有决定：${decision.choice}`)).toBeVisible();
}

test('a receipt link opened on another phone follows the review live: 已提交, then 已通过', async () => {
  // The submission as the app's http backend sends it (kiosk or another phone); no camera needed.
  const receipt = await submitThroughApi(suite.server.baseUrl, '赵玉珍');
  const phone = await retireePhone();
  await phone.goto(`/status#t=${receipt.statusToken}`);
  await expect(phone.getByRole('heading', { name: /已提交/ })).toBeVisible();
  const navigations: string[] = [];
  phone.on('framenavigated', (frame) => navigations.push(frame.url()));

  await decide('赵玉珍', { choice: '通过' }, { checkActions: false });

  await expect(phone.getByRole('heading', { name: /已通过/ })).toBeVisible({ timeout: 30_000 });
  expect(navigations).toEqual([]);
});

test('certify on the phone, a reviewer approves, and the phone shows 已通过 without a reload', async () => {
  const phone = await retireePhone();
  await certify(phone, '张桂英', 'approve');
  const navigations: string[] = [];
  phone.on('framenavigated', (frame) => navigations.push(frame.url()));

  await decide('张桂英', { choice: '通过' }, { shots: 'approve' });

  await expect(phone.getByRole('heading', { name: /已通过/ })).toBeVisible({ timeout: 30_000 });
  await shot(phone, 'approve-4-phone-result');
  await expect(phone.getByText('以社保经办机构的记录为准。不放心可以拨打 12333 查询。')).toBeVisible();
  expect(navigations).toEqual([]);
});

test('a rejection reaches the phone with its reason in plain words', async () => {
  const phone = await retireePhone();
  await certify(phone, '李建国', 'reject');
  const navigations: string[] = [];
  phone.on('framenavigated', (frame) => navigations.push(frame.url()));

  await decide('李建国', { choice: '不通过', reason: '不是本人' });

  await expect(phone.getByRole('heading', { name: /未通过/ })).toBeVisible({ timeout: 30_000 });
  await expect(phone.getByText('审核人员认为不是本人。')).toBeVisible();
  await shot(phone, 'reject-4-phone-result');
  await expect(phone.getByRole('button', { name: '再试一次' }).or(phone.getByRole('link', { name: '再试一次' }))).toBeVisible();
  expect(navigations).toEqual([]);
});

test('a request to redo reaches the phone as 请重新认证 with the reviewer’s note', async () => {
  const phone = await retireePhone();
  await certify(phone, '王秀兰', 'redo');
  const navigations: string[] = [];
  phone.on('framenavigated', (frame) => navigations.push(frame.url()));

  await decide('王秀兰', { choice: '请重新认证', reason: '光线太暗', note: '请白天面向窗户再做一次。' });

  await expect(phone.getByRole('heading', { name: /请重新认证/ })).toBeVisible({ timeout: 30_000 });
  await expect(phone.getByText(/光线太暗。请面向窗户或开灯，再做一次。/)).toBeVisible();
  await expect(phone.getByText(/请白天面向窗户再做一次。/)).toBeVisible();
  await shot(phone, 'redo-4-phone-result');
  expect(navigations).toEqual([]);
});
