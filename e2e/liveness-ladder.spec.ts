import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { baseURL } from '../playwright.config';
import type { ChallengeKind } from '../src/features/liveness/model/challenge';
import { attachPagesIfFailed, launchWithFakeCamera } from './support/fake-camera';

/**
 * The runtime ladder, each rung forced in a real Chromium and taken to a result (the top rungs,
 * worker + CPU and page + CPU, are in liveness.spec.ts; the last rung, the recorded video, in
 * liveness-recorded.spec.ts).
 */
type Diagnostics = { thread: string | null; delegate: string | null; wasm: string | null; gpuSelfTest: string | null; rebuilds: string[] };

function diagnostics(page: Page): Promise<Diagnostics> {
  return page.evaluate(() => {
    const d = (globalThis as { __faceCheckDiagnostics?: Diagnostics }).__faceCheckDiagnostics;
    return { thread: d?.thread ?? null, delegate: d?.delegate ?? null, wasm: d?.wasm ?? null, gpuSelfTest: d?.gpuSelfTest ?? null, rebuilds: [...(d?.rebuilds ?? [])] };
  });
}

async function newPhoneContext(launched: Browser, challenges: ChallengeKind[]) {
  const context = await launched.newContext({
    baseURL,
    locale: 'zh-CN',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  const body = JSON.stringify({ practice: { challenges } });
  await context.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  return context;
}

async function startPractice(page: Page) {
  await page.goto('/practice');
  await page.getByRole('button', { name: '我看好了，下一步' }).click();
  await page.getByRole('button', { name: '我同意，开始刷脸' }).click();
}

/**
 * MediaPipe's SIMD build as a phone whose engine cannot compile it sees it (iOS 16 in WeChat:
 * "invalid opcode"): the real file with a run of its code section replaced by an opcode that does
 * not exist.
 */
function simdWasmThatDoesNotCompile(): Buffer {
  const bytes = Buffer.from(readFileSync(path.resolve(import.meta.dirname, '../public/mediapipe/wasm/vision_wasm_internal.wasm')));
  let offset = 8;
  while (offset < bytes.length) {
    const id = bytes[offset] ?? 0;
    let size = 0;
    let shift = 0;
    let at = offset + 1;
    for (;;) {
      const byte = bytes[at] ?? 0;
      at += 1;
      size += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if ((byte & 0x80) === 0) break;
    }
    if (id === 10) {
      bytes.fill(0xff, at + Math.floor(size / 2), at + Math.floor(size / 2) + 4096);
      return bytes;
    }
    offset = at + size;
  }
  throw new Error('no code section in the wasm');
}

let browser: Browser | null = null;
let context: BrowserContext | null = null;
// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture list from this parameter.
test.afterEach(async ({}, testInfo) => {
  if (context) await attachPagesIfFailed([context], testInfo);
  await context?.close();
  await browser?.close();
  context = null;
  browser = null;
});

test('the GPU delegate runs only after its self-test; where the self-test fails the check runs on the CPU and passes', async () => {
  test.setTimeout(240_000);
  browser = await launchWithFakeCamera('real-02-mouth-open-man');
  context = await newPhoneContext(browser, ['mouth-open']);
  // The GPU is tried even on this machine's software renderer (where the app otherwise goes straight to the CPU).
  await context.addInitScript(() => localStorage.setItem('face-check-runtime', JSON.stringify({ delegate: 'GPU' })));
  const page = await context.newPage();
  await startPractice(page);
  await expect(page.getByText('第 1 个动作 / 共 1 个')).toBeVisible({ timeout: 150_000 });
  const ran = await diagnostics(page);
  expect(ran.thread).toBe('worker');
  expect(['passed', 'failed']).toContain(ran.gpuSelfTest);
  // The delegate that runs is the one the self-test allowed, and a failure is remembered for next time.
  expect(ran.delegate).toBe(ran.gpuSelfTest === 'passed' ? 'GPU' : 'CPU');
  const notes = await page.evaluate(() => JSON.parse(localStorage.getItem('face-check-runtime-notes') ?? '{}') as { gpuFailed?: boolean });
  expect(notes.gpuFailed === true).toBe(ran.gpuSelfTest === 'failed');
  await expect(page.getByRole('heading', { name: '练习做完了！' })).toBeVisible({ timeout: 90_000 });
});

test('a SIMD build that does not compile falls back to the build without SIMD; a lost WebGL context and a return from the background rebuild the detector; the check passes', async () => {
  test.setTimeout(240_000);
  browser = await launchWithFakeCamera('real-02-mouth-open-man');
  context = await newPhoneContext(browser, ['mouth-open']);
  const broken = simdWasmThatDoesNotCompile();
  await context.route('**/mediapipe/wasm/vision_wasm_internal.wasm', (route) =>
    route.fulfill({ status: 200, contentType: 'application/wasm', body: broken }),
  );
  const requests: string[] = [];
  context.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const page = await context.newPage();
  await startPractice(page);
  await expect(page.getByText('第 1 个动作 / 共 1 个').or(page.getByText('很好，请保持不动')).first()).toBeVisible({ timeout: 150_000 });
  expect(await diagnostics(page)).toMatchObject({ thread: 'worker', delegate: 'CPU', wasm: 'nosimd' });
  expect(requests).toContain('/mediapipe/wasm/vision_wasm_nosimd_internal.wasm');
  expect(await page.evaluate(() => localStorage.getItem('face-check-runtime-notes'))).toContain('"simdFailed":true');

  // The GPU process resets (or iOS drops the context): WEBGL_lose_context on MediaPipe's own context.
  await page.evaluate(() => (globalThis as { __faceCheckDiagnostics?: { loseContext(): void } }).__faceCheckDiagnostics?.loseContext());
  await expect.poll(async () => (await diagnostics(page)).rebuilds, { timeout: 90_000 }).toEqual(['context-lost']);

  // The person switches to another app and comes back.
  const setHidden = (hidden: boolean) =>
    page.evaluate((value) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (value ? 'hidden' : 'visible') });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await setHidden(true);
  await expect(page.getByText('您离开了这一页，刷脸已暂停。回来后会自动继续。')).toBeVisible();
  await setHidden(false);
  await expect.poll(async () => (await diagnostics(page)).rebuilds, { timeout: 90_000 }).toEqual(['context-lost', 'back-from-background']);
  // Rebuilt on the rung that worked (the SIMD failure is remembered).
  expect(await diagnostics(page)).toMatchObject({ thread: 'worker', wasm: 'nosimd' });
  await expect(page.getByRole('heading', { name: '练习做完了！' })).toBeVisible({ timeout: 120_000 });
});
