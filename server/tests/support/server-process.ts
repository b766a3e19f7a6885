import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabaseOn } from './services/postgres';

/**
 * The real server (server/src/main.ts) as a child process on 127.0.0.1, for the tests that need a
 * whole process: kill -9 and restart, SIGTERM, a reverse proxy in front, and the browser specs.
 * No server code is imported here (the browser specs' TypeScript project has none of it).
 */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const tsxBin = path.join(projectRoot, 'node_modules', '.bin', 'tsx');

export function makeTempDir(prefix = 'cert-server-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Creates (or resets the password of) a reviewer with the real CLI, the way an agency would. */
export function addReviewerWithCli(dataDir: string, username: string, password: string, env: Record<string, string> = {}): void {
  const result = spawnSync(tsxBin, ['server/src/review/add-user-cli.ts', username], {
    cwd: projectRoot,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env },
    input: `${password}\n`,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (result.status !== 0) throw new Error(`add-user failed (${result.status}): ${result.stderr}${result.stdout}`);
}

export type ServerProcessOptions = {
  /**
   * Server settings (DATA_DIR and PORT are filled in unless given). With DATABASE_URL in the test
   * run's environment (npm run test:postgres) and none here, the server gets a new database of its
   * own on that cluster; pass the first server's `databaseUrl` to restart "the same" server.
   */
  env?: Record<string, string>;
  /** Default: a new temp folder, removed by stop(). */
  dataDir?: string;
  /** Default: a free port (give the old one to restart "the same" server). */
  port?: number;
  /** A reviewer account made with the CLI before the server starts. */
  reviewer?: { username: string; password: string };
  /** 'inherit' shows the server's output in the test's; 'capture' keeps it for output() (default). */
  stdio?: 'inherit' | 'capture';
  /** stop() keeps the data folder (a restart test starts the next process on it). */
  keepData?: boolean;
  startTimeoutMs?: number;
};

export type ServerProcess = {
  process: ChildProcess;
  baseUrl: string;
  port: number;
  dataDir: string;
  /** Its PostgreSQL database, or '' (SQLite in dataDir). */
  databaseUrl: string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** What it wrote to stdout and stderr so far (with stdio 'capture'). */
  output: () => string;
  /** SIGTERM (graceful), SIGKILL after 10 s; then the data folder goes unless keepData. */
  stop: () => Promise<void>;
};

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** Starts server/src/main.ts and resolves once /config.json answers. */
export async function startServerProcess(options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? makeTempDir();
  mkdirSync(dataDir, { recursive: true });
  const databaseUrl =
    options.env?.DATABASE_URL ?? (process.env.DATABASE_URL ? await createDatabaseOn(process.env.DATABASE_URL, `server_${path.basename(dataDir).replace(/[^a-z0-9]/gi, '_').toLowerCase()}`.slice(0, 63)) : '');
  const env = { ...options.env, DATABASE_URL: databaseUrl };
  if (options.reviewer) addReviewerWithCli(dataDir, options.reviewer.username, options.reviewer.password, env);
  const port = options.port ?? (await freePort());
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      STATIC_DIR: path.join(dataDir, 'no-app-build'),
      ...env,
    },
    stdio: options.stdio === 'inherit' ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}): ${output}`);
    if (await answers(`${baseUrl}/config.json`)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start in time: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    process: child,
    baseUrl,
    port,
    dataDir,
    databaseUrl,
    exited,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      // Face evidence is kept no longer than needed, test clips included (E2E_KEEP_SERVER_DATA=1 to debug).
      if (!options.keepData && process.env.E2E_KEEP_SERVER_DATA !== '1') rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
