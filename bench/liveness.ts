/**
 * Face-check runtime benchmark in Debian Chromium (headless, MediaPipe CPU delegate), through the
 * production build served by our own server, with Chromium's fake camera playing each real clip.
 * Prints per clip: start-up (consent tap → first detection, cold cache), detection ms per frame
 * (median, p95), frames analysed per second, the longest main-thread task during the check (and while
 * preparing: tap → first detection), where detection ran (worker or page), and the
 * evidence sizes (photo, video); then one warm start from the service-worker cache; then runs the
 * engine over every trace (bench/liveness-engine.ts).
 *
 *   npx vite build --outDir .builds/liveness --emptyOutDir && npm run bench:liveness
 *   (STATIC_DIR=dist to bench `npm run build`'s output; BENCH_CLIPS=real-01-blink-webcam-man,… to pick clips)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const clipsDir = path.resolve(root, '../shared/testdata/faces/clips');
const staticDir = process.env.STATIC_DIR ?? (existsSync(path.join(root, '.builds/liveness/index.html')) ? '.builds/liveness' : 'dist');
const port = Number(process.env.BENCH_PORT ?? 4194);
const origin = `http://127.0.0.1:${port}`;
/** Each clip gets at most this long to pass: real clips loop, so 2-3 loops is plenty. */
const perClipLimitMs = 45_000;

const clips: { id: string; challenges: string[] }[] = [
  { id: 'real-01-blink-webcam-man', challenges: ['blink'] },
  { id: 'real-02-mouth-open-man', challenges: ['mouth-open'] },
  { id: 'real-03-head-turn-woman-hijab', challenges: ['turn-right', 'turn-left'] },
  { id: 'real-04-eyes-closed-man', challenges: ['blink'] },
  { id: 'real-05-talking-man', challenges: ['blink'] },
  { id: 'real-06-expressions-woman', challenges: ['mouth-open'] },
  { id: 'real-07-glasses-expressions-man', challenges: ['blink'] },
  { id: 'real-08-near-neutral-glasses-man', challenges: ['blink'] },
].filter((clip) => !process.env.BENCH_CLIPS || process.env.BENCH_CLIPS.split(',').includes(clip.id));

type Diagnostics = {
  detectMs: number[];
  loadStartedMs: number | null;
  loadFinishedMs: number | null;
  firstDetectionMs: number | null;
  lastDetectionMs: number | null;
  delegate: string | null;
  thread: string | null;
};

const longTaskObserver = () => {
  const tasks: { start: number; duration: number }[] = [];
  (globalThis as { __longTasks?: typeof tasks }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
};

function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const fmt = (n: number | null | undefined, digits = 0) => (n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));

async function startServer(): Promise<ChildProcess> {
  const server = spawn(path.join(root, 'node_modules/.bin/tsx'), ['server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', STATIC_DIR: staticDir, DATA_DIR: 'test-results/bench-liveness-data' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`${origin}/config.json`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error('the server did not start');
}

async function launch(clipId: string): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      ...chromiumArgs,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${path.join(clipsDir, `${clipId}.mjpeg`)}`,
    ],
  });
}

async function blobSize(page: Page, selector: string): Promise<number | null> {
  const src = await page.locator(selector).getAttribute('src', { timeout: 2000 }).catch(() => null);
  if (!src) return null;
  return page.evaluate(async (url) => (await (await fetch(url)).blob()).size, src);
}

/** Runs one practice check; returns the measurements. */
async function runCheck(page: Page) {
  await page.getByRole('button', { name: '我看好了，下一步' }).click();
  const agreedAt = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: '我同意，开始刷脸' }).click();
  const passed = await page
    .getByRole('heading', { name: '练习做完了！' })
    .waitFor({ timeout: perClipLimitMs })
    .then(() => true, () => false);
  const diagnostics = await page.evaluate(
    () => (globalThis as { __faceCheckDiagnostics?: Diagnostics }).__faceCheckDiagnostics ?? null,
  );
  const longTasks = await page.evaluate(() => (globalThis as { __longTasks?: { start: number; duration: number }[] }).__longTasks ?? []);
  const photoBytes = passed ? await blobSize(page, 'img.review-photo') : null;
  const videoBytes = passed ? await blobSize(page, 'video.review-video') : null;
  const first = diagnostics?.firstDetectionMs ?? null;
  const last = diagnostics?.lastDetectionMs ?? null;
  const detect = diagnostics?.detectMs ?? [];
  const duringCheck = longTasks.filter((task) => first !== null && task.start >= first);
  const whilePreparing = longTasks.filter((task) => task.start >= agreedAt && (first === null || task.start < first));
  return {
    passed,
    startMs: first === null ? null : first - agreedAt,
    loadMs: diagnostics?.loadFinishedMs && diagnostics.loadStartedMs ? diagnostics.loadFinishedMs - diagnostics.loadStartedMs : null,
    delegate: diagnostics?.delegate ?? null,
    thread: diagnostics?.thread ?? null,
    frames: detect.length,
    medianMs: quantile(detect, 0.5),
    p95Ms: quantile(detect, 0.95),
    fps: first !== null && last !== null && last > first ? (detect.length - 1) / ((last - first) / 1000) : null,
    longestTaskMs: duringCheck.reduce((max, task) => Math.max(max, task.duration), 0),
    longTasksOver50: duringCheck.length,
    longestPreparingTaskMs: whilePreparing.reduce((max, task) => Math.max(max, task.duration), 0),
    photoBytes,
    videoBytes,
  };
}

/** What old Safari gets: no OffscreenCanvas, so MediaPipe runs on the page (for comparison). */
const hideOffscreenCanvas = () => {
  delete (globalThis as { OffscreenCanvas?: unknown }).OffscreenCanvas;
};

async function benchClip(clip: { id: string; challenges: string[] }, options: { mainThread?: boolean } = {}) {
  const browser = await launch(clip.id);
  try {
    const context = await browser.newContext({ baseURL: origin, locale: 'zh-CN', viewport: { width: 390, height: 844 }, serviceWorkers: 'block', bypassCSP: true });
    await context.route('**/config.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ practice: { challenges: clip.challenges } }) }),
    );
    await context.addInitScript(longTaskObserver);
    if (options.mainThread) await context.addInitScript(hideOffscreenCanvas);
    const page = await context.newPage();
    await page.goto('/practice');
    return await runCheck(page);
  } finally {
    await browser.close();
  }
}

async function benchServiceWorkerStart() {
  const browser = await launch('real-01-blink-webcam-man');
  try {
    const context = await browser.newContext({ baseURL: origin, locale: 'zh-CN', viewport: { width: 390, height: 844 }, bypassCSP: true });
    await context.addInitScript(longTaskObserver);
    const page = await context.newPage();
    await page.goto('/');
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await page.reload();
    await page.goto('/practice');
    await page.getByRole('button', { name: '提前下载刷脸功能' }).click();
    await page.getByText('已下载好').waitFor({ timeout: 60_000 });
    await context.setOffline(true);
    await page.goto('/practice');
    return await runCheck(page);
  } finally {
    await browser.close();
  }
}

const server = await startServer();
try {
  console.log(`face-check runtime benchmark — build ${staticDir}, Chromium ${chromiumPath}, ${new Date().toISOString()}`);
  console.log('clip                               | thread | passed | start ms | load ms | frames | det. median | det. p95 | fps  | longest task | tasks>50ms | prep. longest | photo KB | video KB');
  const rows: { label: string; clip: (typeof clips)[number]; mainThread?: boolean }[] = clips.map((clip) => ({ label: clip.id, clip }));
  // The same clip with detection on the page, as browsers without OffscreenCanvas run it.
  const first = clips[0];
  if (first) rows.push({ label: `${first.id.slice(0, 24)} (page)`, clip: first, mainThread: true });
  for (const { label, clip, mainThread } of rows) {
    const r = await benchClip(clip, { mainThread });
    console.log(
      [
        label.padEnd(34),
        (r.thread ?? '?').padEnd(6),
        (r.passed ? 'yes' : 'no').padEnd(6),
        fmt(r.startMs).padStart(8),
        fmt(r.loadMs).padStart(7),
        String(r.frames).padStart(6),
        fmt(r.medianMs, 1).padStart(11),
        fmt(r.p95Ms, 1).padStart(8),
        fmt(r.fps, 1).padStart(4),
        fmt(r.longestTaskMs).padStart(12),
        String(r.longTasksOver50).padStart(10),
        fmt(r.longestPreparingTaskMs).padStart(13),
        fmt(r.photoBytes === null ? null : r.photoBytes / 1024, 1).padStart(8),
        fmt(r.videoBytes === null ? null : r.videoBytes / 1024, 1).padStart(8),
      ].join(' | '),
    );
    if (r.delegate !== 'CPU') console.log(`  (delegate: ${r.delegate ?? 'unknown'})`);
  }
  const warm = await benchServiceWorkerStart();
  console.log(
    `second visit, offline, model and wasm from the service-worker cache: start ${fmt(warm.startMs)} ms (load ${fmt(warm.loadMs)} ms), passed: ${warm.passed ? 'yes' : 'no'}`,
  );
} finally {
  server.kill();
}

if (existsSync(path.join(root, 'bench/liveness-engine.ts'))) {
  console.log('\nengine over every trace (bench/liveness-engine.ts):');
  spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['bench/liveness-engine.ts'], { cwd: root, stdio: 'inherit' });
}
