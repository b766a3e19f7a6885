import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { baseURL, chromiumArgs, chromiumPath } from '../playwright.config';
import type { ChallengeKind } from '../src/features/liveness/model/challenge';
import { expectElderlyFriendly, saveScreenshot, useTextSize } from './support/elderly-friendly';
import { attachPagesIfFailed } from './support/fake-camera';
import type { SubmissionDetails } from '../contract/review-api';
import { idNumberOf, reviewer, startE2eServer, testIdNumber, type ServerProcess } from './support/test-server';

/**
 * The last rung of the ladder: the recorded route. Where the live check cannot run (no getUserMedia,
 * the camera refused inside WeChat), the person films with the phone's own camera app and the app
 * checks the file on the phone with the same detector and rules. The "films" are the phone-camera
 * recordings in ../shared/testdata/faces/recorded/ (MANIFEST.json: the same clips and labels as
 * clips/), set on the page's <input type="file" capture>.
 */
const recordedDir = path.resolve(import.meta.dirname, '../../shared/testdata/faces/recorded');
const recording = (file: string) => path.join(recordedDir, file);

/** A phone browser where the page gets no camera at all (as in-app browsers and old WebViews). */
function withoutGetUserMedia(context: BrowserContext) {
  return context.addInitScript(() => {
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, get: () => undefined });
  });
}

/** The camera exists but the page is refused it (WeChat without the permission). */
function cameraRefused(context: BrowserContext) {
  return context.addInitScript(() => {
    const devices = navigator.mediaDevices;
    if (devices) devices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
}

const weChatAndroid =
  'Mozilla/5.0 (Linux; Android 12; V2134A Build/SP1A.210812.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5075 MMWEBSDK/20230504 MMWEBID/1111 MicroMessenger/8.0.37.2380(0x2800253D) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

let browser: Browser | null = null;
/** A phone browser with no WebGL at all (neither the app's probe nor MediaPipe gets a context). */
let browserWithoutWebGl: Browser | null = null;
let contexts: BrowserContext[] = [];
let server: ServerProcess | null = null;

function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, '--autoplay-policy=no-user-gesture-required', ...extraArgs] });
}

/**
 * The certifying deployment for the certify tests, started once: the spec's one action, auto-approval on
 * (which must still never approve a recorded video), and a video limit lowered below the phone-camera
 * MP4 (1.3 MB), so that the app must re-encode it to fit (fitRecording), while the WebM (0.8 MB) fits.
 */
const videoMaxBytes = 900_000;
async function certifyingServer(): Promise<ServerProcess> {
  server ??= await startE2eServer('recorded', {
    FIXED_CHALLENGES: 'mouth-open',
    AUTO_APPROVE_PRECHECKED: 'true',
    STATUS_POLL_SECONDS: '1',
    VIDEO_MAX_BYTES: String(videoMaxBytes),
  });
  return server;
}

async function phone(
  options: { base?: string; practice?: ChallengeKind[]; userAgent?: string; width?: number; height?: number; withoutWebGl?: boolean } = {},
): Promise<BrowserContext> {
  const owner = options.withoutWebGl ? (browserWithoutWebGl ??= await launch(['--disable-webgl'])) : (browser ??= await launch());
  const context = await owner.newContext({
    baseURL: options.base ?? baseURL,
    locale: 'zh-CN',
    viewport: { width: options.width ?? 360, height: options.height ?? 740 },
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  });
  contexts.push(context);
  if (options.practice) {
    const body = JSON.stringify({ practice: { challenges: options.practice } });
    await context.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  }
  return context;
}

/** The recorded route's screen with the code and the actions, reached from the first step of /practice. */
async function practiceUntilTheLiveCheckCannotRun(page: Page) {
  await page.goto('/practice');
  await page.getByRole('button', { name: '我看好了，下一步' }).click();
  await page.getByRole('button', { name: '我同意，开始刷脸' }).click();
}

async function startRecording(page: Page): Promise<{ code: string; actions: string[] }> {
  await expect(page.getByRole('heading', { name: '用手机相机录一段视频' })).toBeVisible();
  await page.getByRole('button', { name: '开始', exact: true }).click();
  await expect(page.getByRole('heading', { name: '请记住，然后开始录像' })).toBeVisible();
  const code = (await page.getByTestId('spoken-code').textContent()) ?? '';
  const actions = await page.getByTestId('recorded-actions').locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind') ?? ''));
  return { code, actions };
}

/** The person comes back from the camera app with `file` (the input is the one the record button opens). */
async function film(page: Page, file: string) {
  const input = page.locator('input[type="file"]');
  await expect(input).toHaveAttribute('accept', 'video/*');
  await expect(input).toHaveAttribute('capture', 'user');
  await input.setInputFiles(recording(file));
}

test.afterEach(async () => {
  const testInfo = test.info();
  await attachPagesIfFailed(contexts, testInfo);
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
});

test.afterAll(async () => {
  await browser?.close();
  browser = null;
  await browserWithoutWebGl?.close();
  browserWithoutWebGl = null;
  await server?.stop();
  server = null;
});

test('practice with no getUserMedia: the recorded route is offered, a recording with the actions in order passes on the phone', async () => {
  const testInfo = test.info();
  test.setTimeout(240_000);
  const context = await phone({ practice: ['turn-right', 'turn-left'] });
  await withoutGetUserMedia(context);
  const page = await context.newPage();
  await practiceUntilTheLiveCheckCannotRun(page);
  await expect(page.getByRole('heading', { name: '这个浏览器做不了刷脸' })).toBeVisible();
  await page.getByRole('button', { name: '用手机相机录一段视频' }).click();
  await saveScreenshot(page, testInfo, 'recorded-1-explain');
  await expectElderlyFriendly(page);
  const issued = await startRecording(page);
  expect(issued.code).toMatch(/^\d{4}$/);
  expect(issued.actions).toEqual(['turn-right', 'turn-left']);
  await saveScreenshot(page, testInfo, 'recorded-2-actions');
  await expectElderlyFriendly(page);
  await film(page, 'real-03-head-turn-woman-hijab.webm');
  await expect(page.getByRole('heading', { name: '练习做完了！' })).toBeVisible({ timeout: 180_000 });
  await saveScreenshot(page, testInfo, 'recorded-3-passed');
  await expect(page.getByRole('list').filter({ hasText: '向右转头' })).toContainText('向左转头');
});

test('the same recording with the actions asked in the other order is refused, and so is a photo held up to the camera', async () => {
  const testInfo = test.info();
  test.setTimeout(300_000);
  const wrongOrder = await phone({ practice: ['turn-left', 'turn-right'] });
  await withoutGetUserMedia(wrongOrder);
  const page = await wrongOrder.newPage();
  await practiceUntilTheLiveCheckCannotRun(page);
  await page.getByRole('button', { name: '用手机相机录一段视频' }).click();
  await startRecording(page);
  await film(page, 'real-03-head-turn-woman-hijab.webm');
  await expect(page.getByRole('heading', { name: '视频里没有看全这些动作' })).toBeVisible({ timeout: 180_000 });
  await saveScreenshot(page, testInfo, 'recorded-4-not-seen');
  await expect(page.getByRole('heading', { name: '练习做完了！' })).toHaveCount(0);

  // Filming again (same code, same actions): a photo shown on a screen, filmed, never turns its head.
  await page.getByRole('button', { name: '再录一次' }).click();
  await film(page, 'attack-04-screen-elderly-woman.portrait.mp4');
  await expect(page.getByRole('heading', { name: '视频里没有看全这些动作' })).toBeVisible({ timeout: 180_000 });
  await expect(page.getByText('手机没有看到要求的动作。')).toBeVisible();
});

/** The MP4 with its mvhd creation time set to `when` (what a phone's camera app writes). */
function mp4MadeAt(file: string, when: Date): Buffer {
  const bytes = Buffer.from(readFileSync(recording(file)));
  const at = bytes.indexOf('mvhd');
  if (at < 0) throw new Error('no mvhd box');
  const secondsSince1904 = Math.floor(when.getTime() / 1000) + 2_082_844_800;
  if (bytes[at + 4] === 1) bytes.writeBigUInt64BE(BigInt(secondsSince1904), at + 8);
  else bytes.writeUInt32BE(secondsSince1904, at + 8);
  return bytes;
}

test('a video from the gallery, made before the actions were issued, is refused before it is checked', async () => {
  test.setTimeout(120_000);
  const context = await phone({ practice: ['mouth-open'] });
  await withoutGetUserMedia(context);
  const page = await context.newPage();
  await practiceUntilTheLiveCheckCannotRun(page);
  await page.getByRole('button', { name: '用手机相机录一段视频' }).click();
  await startRecording(page);
  await page.locator('input[type="file"]').setInputFiles({
    name: 'VID_20250101_093000.mp4',
    mimeType: 'video/mp4',
    buffer: mp4MadeAt('real-02-mouth-open-man.portrait.mp4', new Date('2025-01-01T09:30:00Z')),
  });
  await expect(page.getByRole('heading', { name: '这段视频是以前录的' })).toBeVisible();
  // Filming again keeps the same code and actions.
  await page.getByRole('button', { name: '再录一次' }).click();
  await expect(page.getByRole('heading', { name: '请记住，然后开始录像' })).toBeVisible();
});

test('in WeChat with the camera refused, the page says how to open the phone’s own browser, and practice finishes through the recorded route', async () => {
  const testInfo = test.info();
  test.setTimeout(240_000);
  const context = await phone({ practice: ['mouth-open'], userAgent: weChatAndroid });
  await cameraRefused(context);
  const page = await context.newPage();
  await practiceUntilTheLiveCheckCannotRun(page);
  await expect(page.getByText('在手机自带的浏览器里打开试试')).toBeVisible();
  await expect(page.getByText('您现在是在微信里打开的')).toBeVisible();
  await expect(page.getByRole('img', { name: /右上角/ })).toBeVisible();
  await saveScreenshot(page, testInfo, 'recorded-5-wechat-camera-refused');
  await expectElderlyFriendly(page);
  await page.getByRole('button', { name: '用手机相机录一段视频' }).click();
  await startRecording(page);
  await film(page, 'real-02-mouth-open-man.webm');
  await expect(page.getByRole('heading', { name: '练习做完了！' })).toBeVisible({ timeout: 180_000 });
});

test('特大 text at 360 px: the recorded route’s screens stay readable', async () => {
  const testInfo = test.info();
  const context = await phone({ practice: ['turn-right', 'mouth-open'], userAgent: weChatAndroid });
  await useTextSize(context, 'extraLarge');
  await cameraRefused(context);
  const page = await context.newPage();
  await practiceUntilTheLiveCheckCannotRun(page);
  await expect(page.getByText('在手机自带的浏览器里打开试试')).toBeVisible();
  await saveScreenshot(page, testInfo, 'recorded-xl-1-wechat-camera-refused');
  await expectElderlyFriendly(page);
  await page.getByRole('button', { name: '用手机相机录一段视频' }).click();
  await saveScreenshot(page, testInfo, 'recorded-xl-2-explain');
  await startRecording(page);
  await saveScreenshot(page, testInfo, 'recorded-xl-3-actions');
  await expectElderlyFriendly(page);
});

/** The review console, signed in, on a desk-sized screen. */
async function reviewConsole(base: string): Promise<Page> {
  const desk = await (await phone({ base, width: 1280, height: 800 })).newPage();
  await desk.goto('/review');
  await desk.getByLabel('账号').fill(reviewer.username);
  await desk.getByLabel('密码', { exact: true }).fill(reviewer.password);
  await desk.getByRole('button', { name: '登录' }).click();
  return desk;
}

/** The submission as the review API gives it to the console (the console's own session cookie). */
async function submissionDetails(desk: Page): Promise<SubmissionDetails> {
  const id = new URL(desk.url()).pathname.split('/').pop() ?? '';
  const response = await desk.request.get(`/api/review/submissions/${id}`, { headers: { 'x-requested-with': 'review-console' } });
  expect(response.status()).toBe(200);
  return (await response.json()) as SubmissionDetails;
}

test('certify through the recorded route against the real server: re-encoded to the server\'s limit, submitted as recorded, with its code, and never approved automatically', async () => {
  const testInfo = test.info();
  test.setTimeout(300_000);
  const server = await certifyingServer();
  const context = await phone({ base: server.baseUrl });
  await withoutGetUserMedia(context);
  const page = await context.newPage();
  await page.goto('/certify');
  await page.getByLabel('姓名').fill('赵玉兰');
  await page.getByLabel('身份证号码').fill(testIdNumber);
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '我看好了，下一步' }).click();
  await page.getByRole('button', { name: '我同意，开始刷脸' }).click();
  await page.getByRole('button', { name: '用手机相机录一段视频' }).click();
  await expect(page.getByText('只有您点“提交”后，视频才会发给社保经办机构')).toBeVisible();
  const issued = await startRecording(page);
  expect(issued.actions).toEqual(['mouth-open']);
  // An Android camera app's portrait MP4 (H.264).
  await film(page, 'real-02-mouth-open-man.portrait.mp4');
  await expect(page.getByRole('heading', { level: 1, name: '核对照片' })).toBeVisible({ timeout: 180_000 });
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('heading', { name: /已提交|审核中/ })).toBeVisible({ timeout: 60_000 });
  await saveScreenshot(page, testInfo, 'recorded-6-certify-submitted');
  // Auto-approval is on for live checks here; a recorded one still waits for a person.
  await expect(page.getByRole('heading', { name: '已通过' })).toHaveCount(0);

  const desk = await reviewConsole(server.baseUrl);
  await desk.getByRole('link', { name: '查看 赵玉兰 的材料' }).click();
  await expect(desk.getByRole('heading', { name: '这段视频是用手机相机录的' })).toBeVisible();
  await expect(desk.getByText(`请听视频里读出的号码是不是 ${issued.code}`)).toBeVisible();
  await expect(desk.getByText('已有决定')).toHaveCount(0);

  // The 1.3 MB phone MP4 was over this server's limit: what arrived was re-encoded on the phone to fit,
  // and is still a video that plays (the reviewer's player decodes its pictures).
  const details = await submissionDetails(desk);
  expect(details.video.bytes).toBeLessThanOrEqual(videoMaxBytes);
  expect(details.video.mimeType).toBe('video/webm');
  expect(details.metadata).toMatchObject({ route: 'recorded', recording: { phoneCheck: 'passed' }, video: { bytes: details.video.bytes } });
  const played = await desk.locator('.rv-media video').evaluate(async (element) => {
    const video = element as HTMLVideoElement;
    video.muted = true;
    video.preload = 'auto';
    if (video.readyState < 2) await new Promise((resolve, reject) => {
      video.addEventListener('loadeddata', resolve, { once: true });
      video.addEventListener('error', () => reject(new Error(`video error ${video.error?.code ?? ''}`)), { once: true });
      video.load();
    });
    await video.play();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return { width: video.videoWidth, height: video.videoHeight, time: video.currentTime };
  });
  expect(played.width).toBeGreaterThan(0);
  expect(played.height).toBeGreaterThan(played.width); // still the portrait picture
  expect(played.time).toBeGreaterThan(0);
});

test('no WebGL at all (certify, 特大 text): the recorded route is still offered, says the phone cannot check the video, and hands it to staff marked as not checked on the phone, never approved automatically', async () => {
  const testInfo = test.info();
  test.setTimeout(120_000);
  const server = await certifyingServer();
  const context = await phone({ base: server.baseUrl, withoutWebGl: true });
  await useTextSize(context, 'extraLarge');
  const page = await context.newPage();
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl'))).toBeNull();
  await page.goto('/certify');
  await page.getByLabel('姓名').fill('钱桂芳');
  await page.getByLabel('身份证号码').fill(idNumberOf(1));
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '我看好了，下一步' }).click();
  await page.getByRole('button', { name: '我同意，开始刷脸' }).click();
  await expect(page.getByRole('heading', { name: '这个浏览器做不了刷脸' })).toBeVisible();
  await expect(page.getByText(/这部手机没法自己检查视频：练习时您自己回看；认证时由社保工作人员看/)).toBeVisible();
  await page.getByRole('button', { name: '用手机相机录一段视频' }).click();
  await expect(page.getByText(/这部手机没法自己检查视频（浏览器缺少需要的功能）/)).toBeVisible();
  await saveScreenshot(page, testInfo, 'recorded-nowebgl-xl-1-explain');
  await expectElderlyFriendly(page);
  const issued = await startRecording(page);
  expect(issued.actions).toEqual(['mouth-open']);
  await film(page, 'real-02-mouth-open-man.webm');
  await expect(page.getByRole('heading', { name: '这部手机没法自己检查视频' })).toBeVisible();
  await expect(page.getByTestId('unchecked-code')).toContainText(issued.code);
  await expect(page.getByTestId('unchecked-actions').locator('li')).toHaveCount(1);
  // The person's own clip plays beside the list (nothing claims it was checked).
  await expect.poll(() => page.getByTestId('unchecked-video').evaluate((video: HTMLVideoElement) => video.readyState)).toBeGreaterThanOrEqual(1);
  await expect(page.getByText(/通过|做完了/)).toHaveCount(0);
  await saveScreenshot(page, testInfo, 'recorded-nowebgl-xl-2-unchecked');
  await expectElderlyFriendly(page);
  await page.getByRole('button', { name: '交给工作人员看' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '核对照片' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('这部手机没能检查视频。这张照片是从您录的视频里截的。')).toBeVisible();
  await saveScreenshot(page, testInfo, 'recorded-nowebgl-xl-3-submit');
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('heading', { name: /已提交|审核中/ })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('heading', { name: '已通过' })).toHaveCount(0);

  const desk = await reviewConsole(server.baseUrl);
  await desk.getByRole('link', { name: '查看 钱桂芳 的材料' }).click();
  await expect(desk.getByRole('heading', { name: '这段视频没有在手机上检查过' })).toBeVisible();
  await expect(desk.getByText('没有在手机上检查：这部手机分析不了视频，请您看视频判断。').first()).toBeVisible();
  await expect(desk.getByText('这部手机没法检查视频，所以没有动作记录：请看视频。')).toBeVisible();
  await saveScreenshot(desk, testInfo, 'recorded-nowebgl-review-console');
  await expect(desk.getByText('已有决定')).toHaveCount(0);
  const details = await submissionDetails(desk);
  expect(details).toMatchObject({ route: 'recorded', phoneCheck: 'not-possible', spokenCode: issued.code });
  expect(details.decision).toBeUndefined();
  expect(details.metadata).toMatchObject({ route: 'recorded', actions: [], recording: { spokenCode: issued.code, phoneCheck: 'not-possible' } });
  expect(details.video.bytes).toBeLessThanOrEqual(videoMaxBytes);
});
