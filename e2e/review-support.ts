import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabaseOn } from '../server/tests/support/services/postgres';

/**
 * Helpers for the review console and whole-journey browser tests. They start their own server
 * (not playwright.config's webServer) because they need settings the other specs must not get:
 * a fixed challenge list matching the camera clip, and a reviewer account made with the CLI
 * before the server starts.
 */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsxBin = path.join(projectRoot, 'node_modules', '.bin', 'tsx');

export const reviewer = { username: 'reviewer.e2e', password: 'a long test passphrase' };

/** A valid ID number (GB 11643 check digit); the console shows it masked. */
export const testIdNumber = '11010519491231002X';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Creates (or resets) a reviewer with the real CLI, the way an agency would. */
export function addReviewer(dataDir: string, username = reviewer.username, password = reviewer.password, databaseUrl = ''): void {
  const result = spawnSync(tsxBin, ['server/src/review/add-user-cli.ts', username], {
    cwd: projectRoot,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
    input: `${password}\n`,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (result.status !== 0) throw new Error(`add-user failed (${result.status}): ${result.stderr}${result.stdout}`);
}

export type RunningServer = {
  baseURL: string;
  dataDir: string;
  /** Its PostgreSQL database when the specs run with DATABASE_URL (npm run test:postgres), else ''. */
  databaseUrl: string;
  stop: () => Promise<void>;
};

/**
 * The real server (tsx server/src/main.ts) on a free 127.0.0.1 port, with its own data folder, and
 * its own database on DATABASE_URL's cluster when that is set.
 */
export async function startServer(name: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = path.join(projectRoot, 'test-results', `server-${name}-${process.pid}-${Date.now()}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const databaseUrl = process.env.DATABASE_URL ? await createDatabaseOn(process.env.DATABASE_URL, `e2e_${name.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${process.pid}`) : '';
  addReviewer(dataDir, reviewer.username, reviewer.password, databaseUrl);
  const port = await freePort();
  const child: ChildProcess = spawn(tsxBin, ['server/src/main.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      STATIC_DIR: process.env.STATIC_DIR ?? 'dist',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseURL}/config.json`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('server did not start within 30 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseURL,
    dataDir,
    databaseUrl,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      // Face evidence is kept no longer than needed, test clips included (E2E_KEEP_SERVER_DATA=1 to debug).
      if (process.env.E2E_KEEP_SERVER_DATA !== '1') rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const fixturesDir = path.join(projectRoot, 'server', 'tests', 'fixtures');
/** The server's own tiny real media (160×120 JPEG, 1.47 s WebM). */
export const fixtureMedia = {
  jpeg: readFileSync(path.join(fixturesDir, 'tiny.jpg')),
  webm: readFileSync(path.join(fixturesDir, 'tiny.webm')),
};

const b64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');

async function tusUpload(baseURL: string, bytes: Buffer, metadata: Record<string, string>): Promise<string> {
  const created = await fetch(`${baseURL}/api/uploads/`, {
    method: 'POST',
    headers: {
      'Tus-Resumable': '1.0.0',
      'Upload-Length': String(bytes.length),
      'Upload-Metadata': Object.entries(metadata)
        .map(([key, value]) => `${key} ${b64(value)}`)
        .join(','),
    },
  });
  const location = created.headers.get('location');
  if (created.status !== 201 || !location) throw new Error(`tus create: ${created.status} ${await created.text()}`);
  const url = new URL(location, baseURL).href;
  const patched = await fetch(url, {
    method: 'PATCH',
    headers: { 'Tus-Resumable': '1.0.0', 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' },
    body: new Uint8Array(bytes),
  });
  if (patched.status !== 204) throw new Error(`tus patch: ${patched.status} ${await patched.text()}`);
  return url.split('/').filter(Boolean).pop() ?? '';
}

export type Receipt = { submissionId: string; statusToken: string; shortCode: string };

/**
 * A complete submission through the retiree API (session → two tus uploads → submission), the way
 * the app's http backend sends one, with the server's fixture media. The server must run with
 * FIXED_CHALLENGES=turn-right,turn-left.
 */
export async function submitThroughApi(baseURL: string, name: string): Promise<Receipt> {
  const sessionResponse = await fetch(`${baseURL}/api/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, idNumber: testIdNumber, phone: '13800138000' }),
  });
  if (sessionResponse.status !== 201) throw new Error(`session: ${sessionResponse.status} ${await sessionResponse.text()}`);
  const session = (await sessionResponse.json()) as { sessionId: string; nonce: string; challenges: string[] };
  const common = { sessionId: session.sessionId, nonce: session.nonce };
  const photoUploadId = await tusUpload(baseURL, fixtureMedia.jpeg, { ...common, part: 'photo', filetype: 'image/jpeg' });
  const videoUploadId = await tusUpload(baseURL, fixtureMedia.webm, { ...common, part: 'video', filetype: 'video/webm' });
  const startedAt = new Date(Date.now() - 2_000).toISOString();
  const metadata = {
    challengeId: session.sessionId,
    nonce: session.nonce,
    actions: session.challenges.map((kind, index) => ({
      kind,
      startMs: 100 + index * 600,
      endMs: 500 + index * 600,
      peakScore: kind === 'turn-right' ? -28 : kind === 'turn-left' ? 27 : 0.8,
    })),
    startedAt,
    durationMs: 1471,
    appVersion: 'e2e',
    camera: 'front',
    device: { userAgent: 'e2e', screen: '360x740', language: 'zh-CN' },
    video: { mimeType: 'video/webm', bytes: fixtureMedia.webm.length },
    photo: { mimeType: 'image/jpeg', bytes: fixtureMedia.jpeg.length, width: 160, height: 120 },
  };
  const submitted = await fetch(`${baseURL}/api/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...common, photoUploadId, videoUploadId, metadata, idempotencyKey: `e2e-${session.sessionId}` }),
  });
  if (submitted.status !== 201) throw new Error(`submission: ${submitted.status} ${await submitted.text()}`);
  return (await submitted.json()) as Receipt;
}

export async function statusOf(baseURL: string, receipt: Receipt): Promise<{ state: string; reasonCode?: string }> {
  const response = await fetch(`${baseURL}/api/status`, { headers: { Authorization: `Bearer ${receipt.statusToken}` } });
  if (!response.ok) throw new Error(`status: ${response.status}`);
  return (await response.json()) as { state: string; reasonCode?: string };
}
