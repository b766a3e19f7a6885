/* global window, document, MutationObserver -- the functions passed to addInitScript/evaluate run in the page */
// npm run bench:size [-- <build dir>]   (default: dist; build it first with `npm run build`)
//
// Prints the gzip and brotli size of what the first page (home) really loads — found by opening it
// in Chromium with the service worker blocked and recording every request — and of everything
// else in the build (lazy screens, locale chunks for other screens, MediaPipe wasm, face model).
// Numbers, not assertions: budget for what loads before home is on screen: ≤ 110 KB gzip of JS (issue 11).
import { chromium } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';
import { serveStatic } from './static-server.mjs';

const root = path.resolve(process.argv[2] ?? 'dist');
if (!statSync(path.join(root, 'index.html'), { throwIfNoEntry: false })) {
  console.error(`No build in ${root}: run "npm run build" first (or pass a build folder).`);
  process.exit(1);
}

function sizes(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

function kind(file) {
  const ext = path.extname(file);
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.wasm') return 'wasm';
  if (ext === '.task' || ext === '.tflite') return 'model';
  if (ext === '.css') return 'css';
  if (ext === '.html') return 'html';
  if (ext === '.png' || ext === '.svg' || ext === '.webp') return 'image';
  return 'other';
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);

// 1. What the first page requests.
const server = await serveStatic(root);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const requested = new Set();
const beforeShown = new Set();
try {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === server.url) requested.add(url.pathname === '/' ? '/index.html' : url.pathname);
  });
  // Everything requested before the home screen is on screen is on the critical path; what starts
  // after it (the outbox, the update check) loads while the person reads.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('main h1, h1')) {
        window.__shownAtMs = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  const early = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < (window.__shownAtMs ?? Infinity))
      .map((entry) => new URL(entry.name).pathname),
  );
  beforeShown.add('/index.html');
  for (const file of early) beforeShown.add(file);
} finally {
  await browser.close();
  await server.close();
}

const allFiles = walk(root)
  // Pre-compressed copies (.br/.gz) are the same bytes in another encoding, not more to download.
  .filter((file) => !/\.(br|gz)$/.test(file))
  .map((file) => '/' + path.relative(root, file).split(path.sep).join('/'));
const firstLoad = allFiles.filter((file) => requested.has(file));
const rest = allFiles.filter((file) => !requested.has(file));

function table(title, files) {
  const rows = files.map((file) => ({ file, kind: kind(file), ...sizes(path.join(root, file)) }));
  rows.sort((a, b) => b.gzip - a.gzip);
  const totals = {};
  for (const row of rows) {
    const t = (totals[row.kind] ??= { raw: 0, gzip: 0, brotli: 0, files: 0 });
    t.raw += row.raw;
    t.gzip += row.gzip;
    t.brotli += row.brotli;
    t.files += 1;
  }
  console.log(`\n${title}`);
  console.log('     raw KB  gzip KB brotli KB  file');
  for (const row of rows.slice(0, 25)) console.log(`${kb(row.raw)} ${kb(row.gzip)} ${kb(row.brotli)}  ${row.file}`);
  if (rows.length > 25) console.log(`   … and ${rows.length - 25} smaller files`);
  console.log('  totals by kind:');
  for (const [k, t] of Object.entries(totals)) {
    console.log(`${kb(t.raw)} ${kb(t.gzip)} ${kb(t.brotli)}  ${k} (${t.files} files)`);
  }
  return { rows, totals };
}

const critical = table('FIRST PAGE, until home is on screen (critical path)', firstLoad.filter((f) => beforeShown.has(f)));
const deferred = table('FIRST PAGE, after home is on screen (deferred)', firstLoad.filter((f) => !beforeShown.has(f)));
const first = table('FIRST PAGE (home, zh-CN): everything it requests until the network is idle', firstLoad);
const later = table('EVERYTHING ELSE (lazy screens, other locales, wasm, model, icons)', rest);
const firstJs = first.totals.js ?? { gzip: 0, brotli: 0, raw: 0 };
const criticalJs = critical.totals.js ?? { gzip: 0, brotli: 0, raw: 0 };
const deferredJs = deferred.totals.js ?? { gzip: 0, brotli: 0, raw: 0 };
const k = (n) => (n / 1024).toFixed(1);
console.log(
  `\nFirst-page JS: ${k(firstJs.gzip)} KB gzip / ${k(firstJs.brotli)} KB brotli in ${first.rows.filter((r) => r.kind === 'js').length} files` +
    `\n  of which before home is shown (budget ≤ 110 KB gzip): ${k(criticalJs.gzip)} KB gzip / ${k(criticalJs.brotli)} KB brotli;` +
    ` after: ${k(deferredJs.gzip)} KB gzip / ${k(deferredJs.brotli)} KB brotli`,
);

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/size.json',
  JSON.stringify({ build: root, critical: critical.totals, deferred: deferred.totals, firstLoad: first, rest: later.totals, measuredAt: new Date().toISOString() }, null, 2),
);
console.log('Details: bench-results/size.json');
