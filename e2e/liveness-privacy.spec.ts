import path from 'node:path';
import { expect, test, type Browser, type ConsoleMessage } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { serveStatic } from '../bench/static-server.mjs';
import { attachPagesIfFailed, launchWithFakeCamera } from './support/fake-camera';

/**
 * Nothing leaves for a third party. MediaPipe's own usage logger would POST to Google about 60 s
 * after the face landmarker starts, and every 60 s after: so the check stays open well past that.
 * Served by a plain static server with no headers at all, as any static host would serve dist/: the
 * only CSP is the <meta> in index.html (and a worker gets none from it), so the build itself must
 * have dropped the logger.
 */
const staticDir = path.resolve(import.meta.dirname, '..', process.env.STATIC_DIR ?? 'dist');
/** Past MediaPipe's first usage report (60 s after start) with a margin. */
const openForMs = 72_000;

let browser: Browser | null = null;
test.afterEach(async () => {
  await browser?.close();
  browser = null;
});

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture list from this parameter.
test('a face check left open for over 70 s on a plain static host sends nothing anywhere but its own origin', async ({}, testInfo) => {
  test.setTimeout(240_000);
  const site = await serveStatic(staticDir);
  try {
    // A photo never passes, so the check stays open (the action times out and waits for 再试一次).
    browser = await launchWithFakeCamera('attack-01-print-elderly-woman');
    const context = await browser.newContext({
      baseURL: site.url,
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
      serviceWorkers: 'block',
    });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (globalThis as { __cspViolations?: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const requests: string[] = [];
    const cspMessages: string[] = [];
    const onConsole = (message: ConsoleMessage) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) cspMessages.push(message.text());
    };
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    page.on('console', onConsole);
    page.on('worker', (worker) => worker.on('console', onConsole));

    await page.goto('/practice');
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /connect-src 'self'/);
    await page.getByRole('button', { name: '我看好了，下一步' }).click();
    await page.getByRole('button', { name: '我同意，开始刷脸' }).click();
    await expect(page.getByText(/第 1 个动作 \/ 共 \d 个/)).toBeVisible({ timeout: 60_000 });
    expect(await page.evaluate(() => (globalThis as { __faceCheckDiagnostics?: { thread: string | null } }).__faceCheckDiagnostics?.thread)).toBe('worker');

    // Wait until the landmarker has been running for longer than MediaPipe's first report.
    await page.waitForFunction(
      (ms) => {
        const started = (globalThis as { __faceCheckDiagnostics?: { loadFinishedMs: number | null } }).__faceCheckDiagnostics?.loadFinishedMs;
        return typeof started === 'number' && performance.now() - started > ms;
      },
      openForMs,
      { timeout: openForMs + 60_000, polling: 1_000 },
    );
    // Still on the check, detector alive: either in an action or waiting for 再试一次.
    await expect(page.getByText(/第 1 个动作 \/ 共 \d 个/).or(page.getByRole('heading', { name: '这个动作没有认出来' })).first()).toBeVisible();

    const ownOrigin = (url: string) => url.startsWith(`${site.url}/`) || url.startsWith('blob:') || url.startsWith('data:');
    expect(requests.filter((url) => !ownOrigin(url))).toEqual([]);
    expect(requests).toContain(`${site.url}/models/face_landmarker.task`);
    expect(await page.evaluate(() => (globalThis as { __cspViolations?: string[] }).__cspViolations ?? [])).toEqual([]);
    expect(cspMessages).toEqual([]);
    await attachPagesIfFailed([context], testInfo);
  } finally {
    await site.close();
  }
});

test('the <meta> policy in index.html is the server header’s policy, minus what a <meta> cannot carry', async ({ request }) => {
  const response = await request.get(`${baseURL}/`, { headers: { Accept: 'text/html' } });
  const header = response.headers()['content-security-policy'] ?? '';
  const html = await response.text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';
  const directives = (policy: string) => policy.split(';').map((part) => part.trim()).filter(Boolean).sort();
  expect(directives(meta).length).toBeGreaterThan(5);
  expect(directives(header)).toEqual([...directives(meta), "frame-ancestors 'none'"].sort());
});
