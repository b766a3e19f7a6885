// npm run bench:lighthouse [-- <build dir>] [--routes=/,/settings]
//
// Lighthouse 12 (mobile emulation, simulated slow 4G, the default mobile preset) against the
// production build served by our own server on 127.0.0.1, in Debian's Chromium. Prints the
// performance, accessibility and best-practices scores with LCP, TBT and CLS for each route.
// Numbers, not assertions. Targets: performance ≥ 95, accessibility 100, best practices 100.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';

const args = process.argv.slice(2);
const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const routes = (args.find((a) => a.startsWith('--routes='))?.slice('--routes='.length) ?? '/,/settings,/install').split(',');
if (!statSync(path.join(root, 'index.html'), { throwIfNoEntry: false })) {
  console.error(`No build in ${root}: run "npm run build" first (or pass a build folder).`);
  process.exit(1);
}

const port = 4190 + Math.floor(Math.random() * 200);
const origin = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-lighthouse-'));

// Our server, exactly as `npm start` runs it (headers, CSP, caching), on a loopback port.
const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', STATIC_DIR: root, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});

async function waitForServer() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${origin}/config.json`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error('the server did not start within 60 s');
}

let chrome;
const results = [];
try {
  await waitForServer();
  chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [...chromiumArgs, '--headless=new', '--disable-gpu'],
  });
  for (const route of routes) {
    const audit = () =>
      lighthouse(`${origin}${route}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        locale: 'en',
      });
    let runnerResult = await audit();
    // Chromium's trace recording occasionally fails (NO_NAVSTART and the like): one more try.
    if (!runnerResult || runnerResult.lhr.runtimeError) {
      console.warn(`${route}: ${runnerResult?.lhr.runtimeError?.code ?? 'no result'}, running it again`);
      runnerResult = await audit();
    }
    if (!runnerResult) throw new Error(`no Lighthouse result for ${route}`);
    const { lhr } = runnerResult;
    if (lhr.runtimeError) console.warn(`${route}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const numeric = (id) => lhr.audits[id]?.numericValue ?? NaN;
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
      .filter((a) => lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id) || lhr.categories['best-practices'].auditRefs.some((r) => r.id === a.id))
      .map((a) => `${a.id} (${a.score})`);
    const row = {
      route,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: Math.round(numeric('largest-contentful-paint')),
      tbtMs: Math.round(numeric('total-blocking-time')),
      cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
      fcpMs: Math.round(numeric('first-contentful-paint')),
      failingA11yOrBestPractices: failing,
    };
    results.push(row);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(`bench-results/lighthouse-${route.replace(/\W+/g, '_') || 'home'}.json`, JSON.stringify(lhr));
    console.log(
      `${route.padEnd(12)} perf ${String(row.performance).padStart(3)}  a11y ${String(row.accessibility).padStart(3)}  ` +
        `best ${String(row.bestPractices).padStart(3)}  LCP ${row.lcpMs} ms  TBT ${row.tbtMs} ms  CLS ${row.cls}  FCP ${row.fcpMs} ms` +
        (failing.length ? `\n             not passing: ${failing.join(', ')}` : ''),
    );
  }
} finally {
  await chrome?.kill();
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/lighthouse.json',
  JSON.stringify({ build: root, device: 'Lighthouse mobile preset (simulated throttling)', results, measuredAt: new Date().toISOString() }, null, 2),
);
console.log('Details: bench-results/lighthouse.json');
