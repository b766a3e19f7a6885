/**
 * Face-check runtime benchmark in Debian Chromium (headless, MediaPipe CPU delegate), through the
 * production build served by our own server, with Chromium's fake camera playing each real clip.
 * Prints per clip: start-up (consent tap → first detection, cold cache), detection ms per frame
 * (median, p95), frames analysed per second, the longest main-thread task during the check (and while
 * preparing: tap → first detection), where detection ran (worker or page), and the
 * evidence sizes (photo, video); then one warm start from the service-worker cache; then runs the
 * engine over every trace (bench/liveness-engine.ts).
 *
 * Slow phones: every clip runs at each CPU throttling rate (CDP Emulation.setCPUThrottlingRate, which
 * slows the page and its workers), printing the frame-rate tier the check chose (and the fps it chose
 * from), whether that tier asks for the clip's labelled actions at all, the analysed fps, passed or
 * not, and the time to pass (first detection → result shown, positioning included). The recorded
 * route gets its own rows: a phone-camera recording set on the file input at each rate.
 *
 *   npx vite build --outDir .builds/liveness --emptyOutDir && npm run bench:liveness
 *   (STATIC_DIR=dist to bench `npm run build`'s output; BENCH_CLIPS=real-01-blink-webcam-man,… to pick clips;
 *    BENCH_RATES=1,4 to pick throttling rates (default 1,2,4,6); BENCH_RECORDED=0 to skip the recorded route;
 *    BENCH_ENGINE=0 to skip the engine-over-traces part; BENCH_WARM=0 to skip the service-worker start;
 *    BENCH_PAGE=0 to skip the first clip's row with detection on the page)
 * A check that is not passed when its first action window runs out counts as not passed (nobody taps 再试一次).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { tierChallengeKinds, type FrameRateTier } from '../contract/challenges';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** BENCH_CLIPS_DIR: the same clips from elsewhere (e.g. rotated to start mid-clip, as a phone that takes longer to start meets them). */
const clipsDir = path.resolve(root, process.env.BENCH_CLIPS_DIR ?? '../shared/testdata/faces/clips');
const recordedDir = path.resolve(root, '../shared/testdata/faces/recorded');
const rates = (process.env.BENCH_RATES ?? '1,2,4,6').split(',').map(Number).filter((rate) => rate >= 1);
const staticDir = process.env.STATIC_DIR ?? (existsSync(path.join(root, '.builds/liveness/index.html')) ? '.builds/liveness' : 'dist');
const port = Number(process.env.BENCH_PORT ?? 4194);
const origin = `http://127.0.0.1:${port}`;
/**
 * Each clip gets at most this long to pass (download and start included): real clips loop, so 2-3
 * loops is plenty unthrottled; a throttled phone also starts and analyses more slowly.
 */
const limitMs = (rate: number) => 45_000 + 20_000 * (rate - 1);

const clips: { id: string; challenges: string[] }[] = [
  { id: 'real-01-blink-webcam-man', challenges: ['blink'] },
  { id: 'real-02-mouth-open-man', challenges: ['mouth-open'] },
  { id: 'real-03-head-turn-woman-hijab', challenges: ['turn-right', 'turn-left'] },
  { id: 'real-04-eyes-closed-man', challenges: ['blink'] },
  { id: 'real-05-talking-man', challenges: ['blink'] },
  { id: 'real-06-expressions-woman', challenges: ['mouth-open'] },
  { id: 'real-07-glasses-expressions-man', challenges: ['blink'] },
  { id: 'real-08-near-neutral-glasses-man', challenges: ['blink'] },
  // Photo attacks (a print or a screen held to the camera), each asked for one action of the slow tier: none may pass.
  { id: 'attack-01-print-elderly-woman', challenges: ['mouth-open'] },
  { id: 'attack-02-print-elderly-man', challenges: ['close-eyes'] },
  { id: 'attack-03-print-man-glasses', challenges: ['turn-left'] },
  { id: 'attack-04-screen-elderly-woman', challenges: ['mouth-open'] },
  { id: 'attack-05-screen-older-man', challenges: ['close-eyes'] },
].filter((clip) => !process.env.BENCH_CLIPS || process.env.BENCH_CLIPS.split(',').includes(clip.id));

type Diagnostics = {
  detectMs: number[];
  loadStartedMs: number | null;
  loadFinishedMs: number | null;
  firstDetectionMs: number | null;
  lastDetectionMs: number | null;
  delegate: string | null;
  thread: string | null;
  tier: string | null;
  tierFps: number | null;
  recorded: { analysedFps: number; framesAnalysed: number; spanMs: number; tookMs: number; passed: boolean } | null;
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
async function runCheck(page: Page, rate = 1) {
  await page.getByRole('button', { name: '我看好了，下一步' }).click();
  const agreedAt = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: '我同意，开始刷脸' }).click();
  // The first try ends when the action's window runs out (the notice with 再试一次, which the bench never taps).
  const passed = await Promise.race([
    page.getByRole('heading', { name: '练习做完了！' }).waitFor({ timeout: limitMs(rate) }).then(() => true),
    page.getByRole('heading', { name: '这个动作没有认出来' }).waitFor({ timeout: limitMs(rate) }).then(() => false),
  ]).catch(() => false);
  const endedAt = await page.evaluate(() => performance.now());
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
    tier: diagnostics?.tier ?? null,
    tierFps: diagnostics?.tierFps ?? null,
    passMs: passed && first !== null ? endedAt - first : null,
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

/** A slower phone: the page (and its workers) run `rate` times slower. */
async function throttle(page: Page, rate: number): Promise<void> {
  if (rate <= 1) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

async function benchClip(clip: { id: string; challenges: string[] }, options: { mainThread?: boolean; rate?: number } = {}) {
  const rate = options.rate ?? 1;
  const browser = await launch(clip.id);
  try {
    const context = await browser.newContext({ baseURL: origin, locale: 'zh-CN', viewport: { width: 390, height: 844 }, serviceWorkers: 'block', bypassCSP: true });
    await context.route('**/config.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ practice: { challenges: clip.challenges } }) }),
    );
    await context.addInitScript(longTaskObserver);
    if (options.mainThread) await context.addInitScript(hideOffscreenCanvas);
    const page = await context.newPage();
    await throttle(page, rate);
    await page.goto('/practice');
    return await runCheck(page, rate);
  } finally {
    await browser.close();
  }
}

/** The recorded route: no camera API on the page; the phone-camera recording `file` set on the file input. */
async function benchRecorded(file: string, challenges: string[], rate: number) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, '--autoplay-policy=no-user-gesture-required'] });
  try {
    const context = await browser.newContext({ baseURL: origin, locale: 'zh-CN', viewport: { width: 390, height: 844 }, serviceWorkers: 'block', bypassCSP: true });
    await context.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ practice: { challenges } }) }));
    await context.addInitScript(() => Object.defineProperty(navigator, 'mediaDevices', { configurable: true, get: () => undefined }));
    const page = await context.newPage();
    await throttle(page, rate);
    await page.goto('/practice');
    await page.getByRole('button', { name: '我看好了，下一步' }).click();
    await page.getByRole('button', { name: '我同意，开始刷脸' }).click();
    await page.getByRole('button', { name: '用手机相机录一段视频' }).click();
    await page.getByRole('button', { name: '开始', exact: true }).click();
    await page.locator('input[type="file"]').setInputFiles(path.join(recordedDir, file));
    const outcome = await Promise.race([
      page.getByRole('heading', { name: '练习做完了！' }).waitFor({ timeout: limitMs(rate) * 2 }).then(() => 'passed' as const),
      page.getByRole('heading', { name: '视频里没有看全这些动作' }).waitFor({ timeout: limitMs(rate) * 2 }).then(() => 'not seen' as const),
    ]).catch(() => 'timed out' as const);
    const diagnostics = await page.evaluate(() => (globalThis as { __faceCheckDiagnostics?: Diagnostics }).__faceCheckDiagnostics ?? null);
    return { outcome, recorded: diagnostics?.recorded ?? null, thread: diagnostics?.thread ?? null };
  } finally {
    await browser.close();
  }
}

/** Whether the chosen tier would ask for every one of the clip's labelled actions at all. */
function tierAsks(tier: string | null, challenges: readonly string[]): string {
  if (tier !== 'standard' && tier !== 'slow') return '?';
  const kinds: readonly string[] = tierChallengeKinds[tier as FrameRateTier];
  return challenges.every((kind) => kinds.includes(kind)) ? 'yes' : 'no';
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
  console.log(`throttling rates: ${rates.join('×, ')}×`);
  console.log(
    'clip                               | rate | tier (fps)      | tier asks | thread | passed | time to pass s | frames | fps  | det. median | det. p95 | start ms | longest task | photo KB | video KB',
  );
  const rows: { label: string; clip: (typeof clips)[number]; mainThread?: boolean; rate: number }[] = clips.flatMap((clip) =>
    rates.map((rate) => ({ label: clip.id, clip, rate })),
  );
  // The same clip with detection on the page, as browsers without OffscreenCanvas run it.
  const first = clips[0];
  if (first && process.env.BENCH_PAGE !== '0') rows.push({ label: `${first.id.slice(0, 24)} (page)`, clip: first, mainThread: true, rate: 1 });
  for (const { label, clip, mainThread, rate } of rows) {
    const r = await benchClip(clip, { mainThread, rate });
    console.log(
      [
        label.padEnd(34),
        `${rate}×`.padStart(4),
        `${r.tier ?? '—'} (${fmt(r.tierFps, 1)})`.padEnd(15),
        tierAsks(r.tier, clip.challenges).padEnd(9),
        (r.thread ?? '?').padEnd(6),
        (r.passed ? 'yes' : 'no').padEnd(6),
        fmt(r.passMs === null ? null : r.passMs / 1000, 1).padStart(14),
        String(r.frames).padStart(6),
        fmt(r.fps, 1).padStart(4),
        fmt(r.medianMs, 1).padStart(11),
        fmt(r.p95Ms, 1).padStart(8),
        fmt(r.startMs).padStart(8),
        fmt(r.longestTaskMs).padStart(12),
        fmt(r.photoBytes === null ? null : r.photoBytes / 1024, 1).padStart(8),
        fmt(r.videoBytes === null ? null : r.videoBytes / 1024, 1).padStart(8),
      ].join(' | '),
    );
    if (r.delegate !== 'CPU') console.log(`  (delegate: ${r.delegate ?? 'unknown'})`);
  }
  if (process.env.BENCH_RECORDED !== '0') {
    // The recorded route: the same engine over frames decoded from a phone-camera file (at most 15 per
    // second of video), so its result does not depend on the phone's speed, only how long it takes.
    const recordings = [
      { file: 'real-03-head-turn-woman-hijab.webm', challenges: ['turn-right', 'turn-left'] },
      { file: 'real-02-mouth-open-man.portrait.mp4', challenges: ['mouth-open'] },
      { file: 'attack-04-screen-elderly-woman.portrait.mp4', challenges: ['mouth-open'] },
    ].filter((recording) => !process.env.BENCH_CLIPS || process.env.BENCH_CLIPS.split(',').some((id) => recording.file.startsWith(id)));
    console.log('\nrecorded route (file set on <input type=file capture>, no camera API)');
    console.log('recording                                    | rate | asked                 | thread | outcome   | video fps analysed | frames | check time s');
    for (const recording of recordings) {
      for (const rate of rates) {
        const r = await benchRecorded(recording.file, recording.challenges, rate);
        console.log(
          [
            recording.file.padEnd(44),
            `${rate}×`.padStart(4),
            recording.challenges.join(',').padEnd(21),
            (r.thread ?? '?').padEnd(6),
            r.outcome.padEnd(9),
            fmt(r.recorded?.analysedFps, 1).padStart(18),
            String(r.recorded?.framesAnalysed ?? '—').padStart(6),
            fmt(r.recorded ? r.recorded.tookMs / 1000 : null, 1).padStart(12),
          ].join(' | '),
        );
      }
    }
  }
  if (process.env.BENCH_WARM !== '0') {
    const warm = await benchServiceWorkerStart();
    console.log(
      `\nsecond visit, offline, model and wasm from the service-worker cache: start ${fmt(warm.startMs)} ms (load ${fmt(warm.loadMs)} ms), passed: ${warm.passed ? 'yes' : 'no'}`,
    );
  }
} finally {
  server.kill();
}

if (process.env.BENCH_ENGINE !== '0' && existsSync(path.join(root, 'bench/liveness-engine.ts'))) {
  console.log('\nengine over every trace (bench/liveness-engine.ts):');
  spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['bench/liveness-engine.ts'], { cwd: root, stdio: 'inherit' });
}
