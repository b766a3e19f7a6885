import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { baseURL } from '../playwright.config';
import type { ChallengeKind } from '../src/features/liveness/model/challenge';
import { launchWithFakeCamera as launchWithCamera } from './support/fake-camera';

async function newPhoneContext(browser: Browser, options: { challenges?: ChallengeKind[]; serviceWorkers?: 'allow' | 'block' } = {}) {
  const context = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    serviceWorkers: options.serviceWorkers ?? 'block',
    // Only so the test can read the evidence's blob: URLs back (our CSP's connect-src is 'self').
    bypassCSP: true,
  });
  if (options.challenges) {
    const body = JSON.stringify({ practice: { challenges: options.challenges } });
    await context.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  }
  return context;
}

async function startPractice(page: Page) {
  await page.goto('/practice');
  await page.getByRole('button', { name: '我看好了，下一步' }).click();
  await expect(page.getByRole('heading', { name: '同意使用您的脸部照片' })).toBeVisible();
  await page.getByRole('button', { name: '我同意，开始刷脸' }).click();
}

/** Reads a blob: URL back inside the page: its MIME type, size and first bytes. */
async function blobFacts(page: Page, url: string) {
  return page.evaluate(async (src) => {
    const blob = await (await fetch(src)).blob();
    const head = Array.from(new Uint8Array(await blob.slice(0, 4).arrayBuffer()));
    return { type: blob.type, size: blob.size, head };
  }, url);
}

/** Where MediaPipe ran ('worker' or 'main'), from the app's timing diagnostics. */
function detectorThread(page: Page) {
  return page.evaluate(() => (globalThis as { __faceCheckDiagnostics?: { thread: string | null } }).__faceCheckDiagnostics?.thread ?? null);
}

let browser: Browser | null = null;
let context: BrowserContext | null = null;
test.afterEach(async () => {
  await context?.close();
  await browser?.close();
  context = null;
  browser = null;
});

test('a real blink clip completes the practice check: JPEG photo, playable video, right metadata, own origin only', async () => {
  // Generous limits: on a busy 2-core machine MediaPipe may see only a few frames a second.
  test.setTimeout(180_000);
  browser = await launchWithCamera('real-01-blink-webcam-man');
  context = await newPhoneContext(browser, { challenges: ['blink'] });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await startPractice(page);
  await expect(page.getByRole('heading', { name: '练习做完了！' })).toBeVisible({ timeout: 120_000 });

  const photoSrc = await page.getByRole('img', { name: '刚才拍到的您的照片' }).getAttribute('src');
  expect(photoSrc).toMatch(/^blob:/);
  const photo = await blobFacts(page, photoSrc ?? '');
  expect(photo.type).toBe('image/jpeg');
  expect(photo.head.slice(0, 3)).toEqual([0xff, 0xd8, 0xff]);
  expect(photo.size).toBeGreaterThan(2_000);

  const video = page.locator('video.review-video');
  const videoSrc = await video.getAttribute('src');
  const recording = await blobFacts(page, videoSrc ?? '');
  expect(recording.type).toMatch(/^video\/(webm|mp4)$/);
  expect(recording.size).toBeGreaterThan(1_000);
  const metadataLoaded = await video.evaluate(
    (element: HTMLVideoElement) =>
      new Promise<boolean>((resolve) => {
        if (element.readyState >= 1) resolve(true);
        element.addEventListener('loadedmetadata', () => resolve(true), { once: true });
        element.addEventListener('error', () => resolve(false), { once: true });
      }),
  );
  expect(metadataLoaded).toBe(true);

  await page.getByText('技术信息（给工作人员看）').click();
  await expect(page.locator('[data-fact="actions"] dd')).toHaveText('眨眼');
  await expect(page.locator('[data-fact="camera"] dd')).toHaveText('前面的（自拍）');
  await expect(page.locator('[data-fact="photo"] dd')).toContainText('JPEG 640×480');
  await expect(page.getByText(/眨眼：用了 [\d.]+ 秒/)).toBeVisible();

  // The model and MediaPipe's wasm came from our own origin, and nothing went anywhere else.
  const offOrigin = requests.filter((url) => !url.startsWith(baseURL) && !url.startsWith('blob:') && !url.startsWith('data:'));
  expect(offOrigin).toEqual([]);
  expect(requests).toContain(`${baseURL}/models/face_landmarker.task`);
  expect(requests.some((url) => /\/mediapipe\/wasm\/vision_wasm(_nosimd)?_internal\.wasm$/.test(url))).toBe(true);
  // MediaPipe ran in the worker, off the page's thread (its own requests are in the log above too).
  expect(await detectorThread(page)).toBe('worker');
});

test('where workers cannot draw (no OffscreenCanvas, as in Safari before 17) the check runs on the page and still passes', async () => {
  test.setTimeout(180_000);
  browser = await launchWithCamera('real-01-blink-webcam-man');
  context = await newPhoneContext(browser, { challenges: ['blink'] });
  await context.addInitScript(() => {
    delete (globalThis as { OffscreenCanvas?: unknown }).OffscreenCanvas;
  });
  const page = await context.newPage();
  await startPractice(page);
  await expect(page.getByRole('heading', { name: '练习做完了！' })).toBeVisible({ timeout: 120_000 });
  expect(await detectorThread(page)).toBe('main');
  await page.getByText('技术信息（给工作人员看）').click();
  await expect(page.locator('[data-fact="actions"] dd')).toHaveText('眨眼');
});

test('a head-turn clip passes turn-right then turn-left', async () => {
  test.setTimeout(180_000);
  browser = await launchWithCamera('real-03-head-turn-woman-hijab');
  context = await newPhoneContext(browser, { challenges: ['turn-right', 'turn-left'] });
  const page = await context.newPage();
  await startPractice(page);
  await expect(page.getByText('第 1 个动作 / 共 2 个')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('heading', { name: '练习做完了！' })).toBeVisible({ timeout: 90_000 });
  await page.getByText('技术信息（给工作人员看）').click();
  await expect(page.locator('[data-fact="actions"] dd')).toHaveText('向右转头、向左转头');
});

test('a printed photo is refused: the blink is never recognised and the person is told what to do', async () => {
  test.setTimeout(150_000);
  browser = await launchWithCamera('attack-01-print-elderly-woman');
  context = await newPhoneContext(browser, { challenges: ['blink'] });
  const page = await context.newPage();
  await startPractice(page);
  await expect(page.getByText('第 1 个动作 / 共 1 个')).toBeVisible({ timeout: 30_000 });
  // Warned before the window ends, then told plainly it did not work, with 再试一次.
  await expect(page.getByText(/时间快到了/).first()).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole('heading', { name: '这个动作没有认出来' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: '再试一次' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '练习做完了！' })).toHaveCount(0);
});

test('camera permission denied inside WeChat shows how to allow it there, and only there', async () => {
  browser = await launchWithCamera('real-01-blink-webcam-man');
  context = await newPhoneContext(browser, { challenges: ['blink'] });
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'userAgent', {
      get: () =>
        'Mozilla/5.0 (Linux; Android 12; V2134A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1110005 MicroMessenger/8.0.47.2560(0x28002F37) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
    });
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied by the person', 'NotAllowedError'));
  });
  const page = await context.newPage();
  await startPractice(page);
  await expect(page.getByRole('heading', { name: '没有打开摄像头权限' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/^微信里/)).toBeVisible();
  // Steps for browsers the person is not using would only confuse.
  await expect(page.getByText(/安卓手机（Chrome/)).toHaveCount(0);
  await expect(page.getByText(/苹果手机（Safari）/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: '再试一次' })).toBeVisible();
  await expect(page.getByRole('link', { name: '看看不用刷脸的办法' })).toHaveAttribute('href', '/offline-options');
});

test('after the model was cached once, a second visit with no network still starts the check', async () => {
  browser = await launchWithCamera('real-01-blink-webcam-man');
  context = await newPhoneContext(browser, { serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // 提前准备 on the practice page puts the model and wasm into the face-check cache.
  await page.goto('/practice');
  await page.getByRole('button', { name: '提前下载刷脸功能' }).click();
  await expect(page.getByText('已下载好，以后没有网络也能用。')).toBeVisible({ timeout: 60_000 });

  await context.setOffline(true);
  await page.goto('/practice');
  await page.getByRole('button', { name: '我看好了，下一步' }).click();
  await page.getByRole('button', { name: '我同意，开始刷脸' }).click();
  await expect(page.getByText(/第 1 个动作 \/ 共 \d 个/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('heading', { name: '现在没有网络' })).toHaveCount(0);
  // The detection worker's script came from the service worker's precache too.
  expect(await detectorThread(page)).toBe('worker');
});
