import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNginx, type Nginx } from '../nginx';
import { freePort, makeServiceDir, onProcessExit, removeDir, stopChild, waitUntil } from './process-tools';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

/**
 * N processes of the real server (server/src/main.ts) on one PostgreSQL (and optionally one Redis),
 * sharing one EVIDENCE_DIR, behind a throwaway nginx with server/deploy/nginx-proxy.conf: what the
 * README's operator section deploys, on loopback. Servers can be killed and restarted on their port.
 */
export type ClusterServer = {
  index: number;
  port: number;
  baseUrl: string;
  process: ChildProcess;
  /** The last 64 KiB of its output. */
  output: () => string;
};

export type ServerCluster = {
  url: string;
  nginx: Nginx;
  servers: ClusterServer[];
  evidenceDir: string;
  /** SIGKILL: no goodbye, connections dropped mid-request. Resolves once it is gone. */
  kill: (index: number) => Promise<void>;
  /** Starts server `index` again on its port; resolves once it is ready. */
  restart: (index: number) => Promise<void>;
  stop: () => Promise<void>;
};

export type ClusterOptions = {
  servers: number;
  databaseUrl: string;
  redisUrl?: string;
  env?: Record<string, string>;
  startTimeoutMs?: number;
};

async function ready(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/health/ready`, { signal: AbortSignal.timeout(1_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

export async function startServerCluster(options: ClusterOptions): Promise<ServerCluster> {
  const root = makeServiceDir('server-cluster-');
  const evidenceDir = path.join(root, 'shared-evidence');
  mkdirSync(evidenceDir, { recursive: true });
  const ports: number[] = [];
  for (let i = 0; i < options.servers; i += 1) ports.push(await freePort());
  const servers: ClusterServer[] = [];
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;

  const launch = async (index: number): Promise<ClusterServer> => {
    const port = ports[index] ?? 0;
    const dataDir = path.join(root, `server-${index}`);
    mkdirSync(dataDir, { recursive: true });
    let output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: dataDir,
        EVIDENCE_DIR: evidenceDir,
        DATABASE_URL: options.databaseUrl,
        REDIS_URL: options.redisUrl ?? '',
        STATIC_DIR: path.join(root, 'no-app-build'),
        // nginx on loopback is the one proxy in front: the last X-Forwarded-For entry is the client.
        TRUST_PROXY: '1',
        LOG_LEVEL: 'warn',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-65_536);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const server: ClusterServer = { index, port, baseUrl: `http://127.0.0.1:${port}`, process: child, output: () => output };
    await waitUntil(`server ${index}`, async () => {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${output}`);
      return ready(server.baseUrl);
    }, startTimeoutMs, 200);
    return server;
  };

  const unregister = onProcessExit(() => {
    for (const server of servers) server.process.kill('SIGKILL');
    removeDir(root);
  });
  let nginx: Nginx | null = null;
  const stop = async () => {
    await nginx?.stop();
    await Promise.all(servers.map((server) => stopChild(server.process, 10_000)));
    removeDir(root);
    unregister();
  };
  try {
    // Started together: they race to migrate an empty database (one does it, the others wait).
    servers.push(...(await Promise.all(ports.map((_, index) => launch(index)))));
    nginx = await startNginx(ports);
  } catch (error: unknown) {
    await stop();
    throw error;
  }
  return {
    url: nginx.baseUrl,
    nginx,
    servers,
    evidenceDir,
    kill: async (index) => {
      const server = servers[index];
      if (!server || server.process.exitCode !== null || server.process.signalCode !== null) return;
      const gone = new Promise<void>((resolve) => server.process.once('exit', () => resolve()));
      server.process.kill('SIGKILL');
      await gone;
    },
    restart: async (index) => {
      servers[index] = await launch(index);
    },
    stop,
  };
}
