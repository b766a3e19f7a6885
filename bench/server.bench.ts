// npm run bench:server [-- --servers N[,M…]]
//
// Load numbers for the reference server. Bounded: a fixed count / time per scenario. Prints numbers,
// asserts nothing. Always measures today's single server (SQLite in a temp DATA_DIR, no proxy);
// with --servers N also N server processes on one PostgreSQL (Debian's, a throwaway cluster with
// fsync on, as in production) and one Redis, sharing one EVIDENCE_DIR, behind nginx (deploy/nginx).
// Per set-up:
//   1. complete certifications (session → tus photo ~0.3 MB + video ~1.2 MB → POST /api/submissions), 8 at a time
//   2. status polls (GET /api/status, a token per connection), autocannon 10 s, 50 connections
//   3. status polls answered 304 (If-None-Match), autocannon 10 s
// Everything (load generator, nginx, PostgreSQL, Redis, servers) shares this machine's cores: the
// per-core column divides by them. Env: BENCH_SUBMISSIONS (200), BENCH_CONCURRENCY (8), BENCH_SECONDS (10).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { idNumberOf, paddedJpeg, paddedWebm } from '../server/tests/support/api-client';
import { certify, type Receipt } from '../server/tests/support/certification-client';
import { startPostgres, type ThrowawayPostgres } from '../server/tests/support/services/postgres';
import { freePort, stopChild, waitUntil } from '../server/tests/support/services/process-tools';
import { startRedis, type ThrowawayRedis } from '../server/tests/support/services/redis';
import { startServerCluster, type ServerCluster } from '../server/tests/support/services/server-cluster';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const submissionCount = Number(process.env.BENCH_SUBMISSIONS ?? 200);
const submissionConcurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const durationS = Number(process.env.BENCH_SECONDS ?? 10);
const serversArg = (() => {
  const index = process.argv.indexOf('--servers');
  const raw = index >= 0 ? process.argv[index + 1] : process.argv.find((arg) => arg.startsWith('--servers='))?.split('=')[1];
  if (raw === undefined) return [];
  const counts = raw.split(',').map(Number);
  if (counts.some((n) => !Number.isInteger(n) || n < 1 || n > 8)) throw new Error(`--servers takes whole numbers from 1 to 8, got "${raw}"`);
  return counts;
})();

const photo = paddedJpeg(300_000);
const video = paddedWebm(1_200_000);
const cores = cpus().length;
const liftedLimits = {
  RATE_LIMIT_PER_MINUTE: '100000000',
  SESSION_RATE_LIMIT_PER_MINUTE: '100000000',
  LOOKUP_RATE_LIMIT_PER_MINUTE: '100000000',
  SESSIONS_PER_PERSON_PER_HOUR: '100000000',
};

function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(full) : statSync(full).size;
  }
  return total;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

type SetUp = { label: string; url: string; pids: () => number[]; databaseBytes: () => Promise<number>; evidenceDir: string; stop: () => Promise<void> };

async function singleSqliteServer(): Promise<SetUp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-server-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', REDIS_URL: '', STATIC_DIR: path.join(dataDir, 'no-build'), LOG_LEVEL: 'warn', ...liftedLimits },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUntil('server', async () => (await fetch(`${url}/api/health/ready`)).ok, 60_000, 200);
  return {
    label: '1 server, SQLite (no proxy)',
    url,
    pids: () => [child.pid ?? 0],
    databaseBytes: async () => statSync(path.join(dataDir, 'certification.sqlite')).size,
    evidenceDir: dataDir,
    stop: async () => {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function clusterOf(n: number, postgres: ThrowawayPostgres, redis: ThrowawayRedis): Promise<SetUp> {
  const databaseUrl = await postgres.createDatabase(`bench_${n}_servers`);
  const cluster: ServerCluster = await startServerCluster({ servers: n, databaseUrl, redisUrl: redis.url, env: liftedLimits });
  return {
    label: `${n} server${n > 1 ? 's' : ''}, PostgreSQL + Redis, behind nginx`,
    url: cluster.url,
    pids: () => cluster.servers.map((server) => server.process.pid ?? 0),
    databaseBytes: async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return Number((await client.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes')).rows[0]?.bytes ?? 0);
      } finally {
        await client.end();
      }
    },
    evidenceDir: cluster.evidenceDir,
    stop: () => cluster.stop(),
  };
}

function cannon(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ duration: durationS, connections: 50, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

async function measure(setUp: SetUp) {
  const loadBefore = load();
  await certify(setUp.url, { photo, video, retryDelays: [] }); // warm-up (JIT, database pages)
  const databaseBefore = await setUp.databaseBytes();
  const diskBefore = bytesUnder(setUp.evidenceDir);
  const receipts: Receipt[] = [];
  const flowMs: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: submissionConcurrency }, async () => {
      while (next < submissionCount) {
        const index = next++;
        const start = performance.now();
        try {
          receipts.push((await certify(setUp.url, { photo, video, retryDelays: [], name: `测试${index}`, idNumber: idNumberOf(index) })).receipt);
          flowMs.push(performance.now() - start);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  flowMs.sort((a, b) => a - b);
  const databaseAfter = await setUp.databaseBytes();
  const diskAfter = bytesUnder(setUp.evidenceDir);
  const rssAfterSubmissions = setUp.pids().reduce((sum, pid) => sum + rssKb(pid), 0);

  const polls = await cannon({
    url: `${setUp.url}/api/status`,
    requests: [{ method: 'GET' }],
    setupClient: (client) => client.setHeaders({ authorization: `Bearer ${receipts[Math.floor(Math.random() * receipts.length)]?.statusToken ?? ''}` }),
  });
  const first = await fetch(`${setUp.url}/api/status`, { headers: { authorization: `Bearer ${receipts[0]?.statusToken ?? ''}` } });
  const notModified = await cannon({
    url: `${setUp.url}/api/status`,
    headers: { authorization: `Bearer ${receipts[0]?.statusToken ?? ''}`, 'if-none-match': first.headers.get('etag') ?? '' },
  });
  return {
    setUp: setUp.label,
    loadBefore,
    loadAfter: load(),
    submissions: {
      count: receipts.length,
      errors,
      perSecond: Number((receipts.length / seconds).toFixed(1)),
      perSecondPerCore: Number((receipts.length / seconds / cores).toFixed(1)),
      flowMsP50: Math.round(percentile(flowMs, 50)),
      flowMsP99: Math.round(percentile(flowMs, 99)),
      ingestMBps: Number(((receipts.length * (photo.length + video.length)) / seconds / 1024 / 1024).toFixed(1)),
    },
    polls: { perSecond: Math.round(polls.requests.average), p50Ms: polls.latency.p50, p99Ms: polls.latency.p99, errors: polls.errors + polls.non2xx },
    polls304: { perSecond: Math.round(notModified.requests.average), p50Ms: notModified.latency.p50, p99Ms: notModified.latency.p99, errors: notModified.errors + notModified.non2xx - (notModified['3xx'] ?? 0) },
    serversRssMB: Number((rssAfterSubmissions / 1024).toFixed(0)),
    per1000: {
      evidenceMB: Number(mb(((diskAfter - diskBefore) / Math.max(receipts.length, 1)) * 1000)),
      databaseMB: Number(mb(((databaseAfter - databaseBefore) / Math.max(receipts.length, 1)) * 1000)),
    },
  };
}

console.log(`bench:server on ${cores} cores (${cpus()[0]?.model ?? 'cpu'}), node ${process.version}; load average ${load()} at start; ${submissionCount} certifications of ${mb(photo.length + video.length)} MB, ${submissionConcurrency} at a time; polls ${durationS} s × 50 connections`);
const results: Array<Awaited<ReturnType<typeof measure>>> = [];
{
  const single = await singleSqliteServer();
  try {
    results.push(await measure(single));
  } finally {
    await single.stop();
  }
}
if (serversArg.length > 0) {
  // fsync on: what production pays per commit.
  const postgres = await startPostgres({ durable: true });
  const redis = await startRedis();
  try {
    for (const n of serversArg) {
      const cluster = await clusterOf(n, postgres, redis);
      try {
        results.push(await measure(cluster));
      } finally {
        await cluster.stop();
      }
    }
  } finally {
    await redis.stop();
    await postgres.stop();
  }
}

const rows = results.map((r) =>
  [
    r.setUp,
    `${r.submissions.perSecond} (${r.submissions.perSecondPerCore}/core)`,
    `${r.submissions.flowMsP50} / ${r.submissions.flowMsP99} ms`,
    String(r.submissions.errors),
    `${r.polls.perSecond} (${Math.round(r.polls.perSecond / cores)}/core)`,
    `${r.polls.p50Ms} / ${r.polls.p99Ms} ms`,
    String(r.polls.errors),
    `${r.polls304.perSecond}`,
    `${r.per1000.databaseMB} MB`,
    `${r.loadBefore} → ${r.loadAfter}`,
  ].join(' | '),
);
console.log(`
| set-up | certifications/s | flow p50 / p99 | errors | polls/s (200) | poll p50 / p99 | errors | polls/s (304) | database per 1,000 | load average (1/5/15 min) before → after |
|---|---|---|---|---|---|---|---|---|---|
${rows.map((row) => `| ${row} |`).join('\n')}
(${cores} cores shared by the load generator, nginx, PostgreSQL, Redis and every server.)`);

mkdirSync(path.join(root, 'bench-results'), { recursive: true });
writeFileSync(path.join(root, 'bench-results', 'server.json'), JSON.stringify({ cores, results }, null, 2));
