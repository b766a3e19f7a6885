// npm run bench:server
//
// Load numbers for the reference server (server/src/main.ts as a child process on 127.0.0.1, its own
// temp DATA_DIR, rate limits lifted). Bounded: a fixed count / time per scenario. Prints numbers, asserts nothing.
//   1. complete submissions (session → tus photo ~0.3 MB + video ~1.2 MB → POST /api/submissions), 8 at a time
//   2. status polls (GET /api/status with rotating Bearer tokens), autocannon 10 s, 50 connections
//   3. status polls answered 304 (If-None-Match), autocannon 10 s
// Also: server RSS and disk (SQLite + evidence) per 1,000 submissions, extrapolated from the batch.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Upload } from 'tus-js-client';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const submissionCount = Number(process.env.BENCH_SUBMISSIONS ?? 200);
const submissionConcurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const durationS = Number(process.env.BENCH_SECONDS ?? 10);
const fixtures = path.join(root, 'server', 'tests', 'fixtures');
const jpeg = readFileSync(path.join(fixtures, 'tiny.jpg'));
const webm = readFileSync(path.join(fixtures, 'tiny.webm'));

/** Valid JPEG of about `target` bytes: COM segments of filler after SOI. */
function paddedJpeg(target) {
  const parts = [jpeg.subarray(0, 2)];
  let size = jpeg.length;
  while (size + 4 < target) {
    const length = Math.min(65_533, target - size - 4);
    parts.push(Buffer.from([0xff, 0xfe, ((length + 2) >> 8) & 0xff, (length + 2) & 0xff]), Buffer.alloc(length, 0x20));
    size += 4 + length;
  }
  parts.push(jpeg.subarray(2));
  return Buffer.concat(parts);
}

/** Valid WebM of `target` bytes: an EBML Void element of filler before the Segment. */
function paddedWebm(target) {
  const headerEnd = 5 + webm[4] - 0x80;
  const filler = target - webm.length - 9;
  const size = Buffer.alloc(8);
  size.writeBigUInt64BE(BigInt(filler) | (1n << 56n));
  return Buffer.concat([webm.subarray(0, headerEnd), Buffer.from([0xec]), size, Buffer.alloc(filler), webm.subarray(headerEnd)]);
}

const photo = paddedJpeg(300_000);
const video = paddedWebm(1_200_000);

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function rssKb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const value = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: value('VmRSS'), peak: value('VmHWM') };
}

function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(full) : statSync(full).size;
  }
  return total;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-server-'));
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
  cwd: root,
  env: {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    STATIC_DIR: path.join(dataDir, 'no-build'),
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '100000000',
    SESSION_RATE_LIMIT_PER_MINUTE: '100000000',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const stop = () => server.exitCode === null && server.kill('SIGTERM');
process.on('exit', stop);

for (let i = 0; ; i += 1) {
  if (i > 300) throw new Error('server did not start');
  const ok = await fetch(`${baseUrl}/config.json`).then((r) => r.ok, () => false);
  if (ok) break;
  await new Promise((resolve) => setTimeout(resolve, 100));
}

function upload(bytes, metadata) {
  return new Promise((resolve, reject) => {
    const tusUpload = new Upload(bytes, {
      endpoint: `${baseUrl}/api/uploads/`,
      metadata,
      // An upload answers only to the session that created it.
      headers: { Authorization: `Bearer ${metadata.nonce}` },
      chunkSize: 512 * 1024,
      retryDelays: [],
      storeFingerprintForResuming: false,
      onError: reject,
      onSuccess: () => resolve(tusUpload.url.split('/').pop()),
    });
    tusUpload.start();
  });
}

async function postJson(url, body) {
  const response = await fetch(`${baseUrl}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function oneSubmission(index) {
  const session = await postJson('/api/sessions', { name: `测试${index}`, idNumber: '11010519491231002X', phone: '13800138000' });
  const meta = { sessionId: session.sessionId, nonce: session.nonce };
  const photoUploadId = await upload(photo, { ...meta, part: 'photo', filetype: 'image/jpeg' });
  const videoUploadId = await upload(video, { ...meta, part: 'video', filetype: 'video/webm' });
  const startedAt = new Date().toISOString();
  return postJson('/api/submissions', {
    sessionId: session.sessionId,
    nonce: session.nonce,
    photoUploadId,
    videoUploadId,
    idempotencyKey: `bench-${index}-${session.sessionId}`,
    metadata: {
      challengeId: session.sessionId,
      nonce: session.nonce,
      actions: session.challenges.map((kind, i) => ({ kind, startMs: 100 + i * 400, endMs: 400 + i * 400, peakScore: 0.8 })),
      startedAt,
      durationMs: 1471,
      appVersion: 'bench',
      camera: 'front',
      device: { userAgent: 'bench', screen: '360x740', language: 'zh-CN' },
      video: { mimeType: 'video/webm', bytes: video.length },
      photo: { mimeType: 'image/jpeg', bytes: photo.length, width: 160, height: 120 },
    },
  });
}

await oneSubmission(-1); // warm-up (JIT, SQLite pages)
const before = { memory: rssKb(server.pid), disk: bytesUnder(dataDir) };

const receipts = [];
const flowMs = [];
let next = 0;
const batchStart = performance.now();
await Promise.all(
  Array.from({ length: submissionConcurrency }, async () => {
    while (next < submissionCount) {
      const index = next++;
      const start = performance.now();
      receipts.push(await oneSubmission(index));
      flowMs.push(performance.now() - start);
    }
  }),
);
const batchS = (performance.now() - batchStart) / 1000;
const after = { memory: rssKb(server.pid), disk: bytesUnder(dataDir) };
flowMs.sort((a, b) => a - b);
const dbBytes = ['certification.sqlite'].reduce((sum, name) => sum + (statSync(path.join(dataDir, name), { throwIfNoEntry: false })?.size ?? 0), 0);

function cannon(options) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ duration: durationS, connections: 50, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

// One token per connection (rotating per request costs the load generator more than the server).
const polls = await cannon({
  url: `${baseUrl}/api/status`,
  connections: 50,
  requests: [{ method: 'GET' }],
  setupClient: (client) => client.setHeaders({ authorization: `Bearer ${receipts[Math.floor(Math.random() * receipts.length)].statusToken}` }),
});
const first = await fetch(`${baseUrl}/api/status`, { headers: { authorization: `Bearer ${receipts[0].statusToken}` } });
const notModified = await cannon({
  url: `${baseUrl}/api/status`,
  headers: { authorization: `Bearer ${receipts[0].statusToken}`, 'if-none-match': first.headers.get('etag') },
});
const afterPolls = rssKb(server.pid);

const results = {
  machine: `${process.platform} ${process.arch}, node ${process.version}, load generator on the same host`,
  submissions: {
    count: receipts.length,
    concurrency: submissionConcurrency,
    evidenceBytesEach: photo.length + video.length,
    perSecond: Number((receipts.length / batchS).toFixed(1)),
    flowMsP50: Math.round(percentile(flowMs, 50)),
    flowMsP99: Math.round(percentile(flowMs, 99)),
    ingestMBps: Number(((receipts.length * (photo.length + video.length)) / batchS / 1024 / 1024).toFixed(1)),
  },
  statusPolls: {
    perSecond: Math.round(polls.requests.average),
    p50Ms: polls.latency.p50,
    p99Ms: polls.latency.p99,
    non2xx: polls.non2xx,
    errors: polls.errors,
  },
  statusPolls304: { perSecond: Math.round(notModified.requests.average), p50Ms: notModified.latency.p50, p99Ms: notModified.latency.p99 },
  memory: {
    rssBeforeMB: Number((before.memory.rss / 1024).toFixed(1)),
    rssAfterSubmissionsMB: Number((after.memory.rss / 1024).toFixed(1)),
    rssAfterPollsMB: Number((afterPolls.rss / 1024).toFixed(1)),
    peakMB: Number((afterPolls.peak / 1024).toFixed(1)),
  },
  disk: {
    per1000SubmissionsMB: Number(mb(((after.disk - before.disk) / receipts.length) * 1000)),
    databasePer1000SubmissionsMB: Number(mb((dbBytes / (receipts.length + 1)) * 1000)), // main file; the WAL is recycled
  },
};

console.log(JSON.stringify(results, null, 2));
console.log(`
complete submissions (${mb(photo.length + video.length)} MB evidence each, ${submissionConcurrency} at a time): ${results.submissions.perSecond}/s, flow p50 ${results.submissions.flowMsP50} ms, p99 ${results.submissions.flowMsP99} ms
status polls (200): ${results.statusPolls.perSecond}/s, p50 ${results.statusPolls.p50Ms} ms, p99 ${results.statusPolls.p99Ms} ms (non-2xx: ${results.statusPolls.non2xx})
status polls (304): ${results.statusPolls304.perSecond}/s, p50 ${results.statusPolls304.p50Ms} ms, p99 ${results.statusPolls304.p99Ms} ms
RSS: ${results.memory.rssBeforeMB} MB → ${results.memory.rssAfterSubmissionsMB} MB after ${receipts.length} submissions → ${results.memory.rssAfterPollsMB} MB after polls (peak ${results.memory.peakMB} MB)
disk per 1,000 submissions: ${results.disk.per1000SubmissionsMB} MB (of which SQLite ${results.disk.databasePer1000SubmissionsMB} MB)`);

mkdirSync(path.join(root, 'bench-results'), { recursive: true });
writeFileSync(path.join(root, 'bench-results', 'server.json'), JSON.stringify(results, null, 2));
stop();
await new Promise((resolve) => server.once('exit', resolve));
rmSync(dataDir, { recursive: true, force: true });
