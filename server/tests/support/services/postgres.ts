import { readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { findProgram, freePort, isRoot, makeServiceDir, onProcessExit, removeDir, runAs, waitUntil } from './process-tools';

/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temp folder owned by the
 * postgres user (when we are root, through `runuser -u postgres --`; PostgreSQL refuses to run as
 * root), pg_ctl start on a free 127.0.0.1 port with its socket in that folder, trust auth on
 * loopback only. stop() shuts it down immediately and removes the folder; so does process exit.
 */
export type ThrowawayPostgres = {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  port: number;
  dir: string;
  /** Creates an empty database and returns its URL. */
  createDatabase: (name: string) => Promise<string>;
  /** Runs one SQL statement as the superuser on the `postgres` database. */
  query: <T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<T[]>;
  stop: () => Promise<void>;
};

export type PostgresOptions = {
  /**
   * Tests: fsync and synchronous commit off (a throwaway cluster need not survive a power cut; the
   * suites run several times faster). Benchmarks pass durable: true to measure what production does.
   */
  durable?: boolean;
  maxConnections?: number;
  startTimeoutMs?: number;
};

const debianBinDirs = (() => {
  try {
    return readdirSync('/usr/lib/postgresql')
      .sort((a, b) => Number(b) - Number(a))
      .map((version) => `/usr/lib/postgresql/${version}/bin`);
  } catch {
    return [];
  }
})();

/** initdb/pg_ctl, or null when PostgreSQL is not installed (apt-get install postgresql). */
export function postgresBinaries(): { initdb: string; pgCtl: string } | null {
  const initdb = findProgram('initdb', debianBinDirs);
  const pgCtl = findProgram('pg_ctl', debianBinDirs);
  return initdb && pgCtl ? { initdb, pgCtl } : null;
}

const owner = isRoot ? 'postgres' : null;

export async function startPostgres(options: PostgresOptions = {}): Promise<ThrowawayPostgres> {
  const binaries = postgresBinaries();
  if (!binaries) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql');
  const dir = makeServiceDir('pg-throwaway-', owner ?? undefined);
  const dataDir = path.join(dir, 'data');
  let port = 0;
  const stopCluster = () => {
    try {
      runAs(owner, binaries.pgCtl, ['stop', '-D', dataDir, '-m', 'immediate', '-w', '-t', '20'], 30_000);
    } catch {
      // not running (start failed or already stopped)
    }
    removeDir(dir);
  };
  const unregister = onProcessExit(stopCluster);
  try {
    runAs(owner, binaries.initdb, ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'], 120_000);
    const settings = [
      `-c listen_addresses=127.0.0.1`,
      `-c unix_socket_directories=${dir}`,
      `-c max_connections=${options.maxConnections ?? 300}`,
      ...(options.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    ];
    // A port can be taken between probing and binding: try a few.
    for (let attempt = 0; ; attempt += 1) {
      port = await freePort();
      try {
        runAs(
          owner,
          binaries.pgCtl,
          ['start', '-D', dataDir, '-l', path.join(dir, 'server.log'), '-w', '-t', String(Math.ceil((options.startTimeoutMs ?? 30_000) / 1000)), '-o', `-p ${port} ${settings.join(' ')}`],
          (options.startTimeoutMs ?? 30_000) + 10_000,
        );
        break;
      } catch (error: unknown) {
        if (attempt >= 2) throw error;
      }
    }
  } catch (error: unknown) {
    stopCluster();
    unregister();
    throw error;
  }

  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const admin = new pg.Client({ connectionString: url });
  await waitUntil('PostgreSQL', async () => {
    const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    await probe.connect();
    await probe.end();
    return true;
  }, 15_000);
  await admin.connect();
  return {
    url,
    port,
    dir,
    createDatabase: async (name) => {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name "${name}"`);
      await admin.query(`CREATE DATABASE ${name}`);
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    query: async (sql, params) => (await admin.query(sql, params)).rows,
    stop: async () => {
      await admin.end().catch(() => undefined);
      stopCluster();
      unregister();
    },
  };
}

/**
 * A database named `name` on the cluster that `adminUrl` points to, created empty unless it exists
 * (a server restarted on the same data folder finds its data again); returns its URL.
 */
export async function createDatabaseOn(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name "${name}"`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.href;
}

/** Runs one query with psql, synchronously (for test helpers that must stay synchronous); returns its single value. */
export function psqlValue(url: string, sql: string): string {
  const psql = findProgram('psql', debianBinDirs);
  if (!psql) throw new Error('psql is not installed (apt-get install -y postgresql)');
  return runAs(null, psql, [url, '-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-c', sql], 30_000).stdout.trim();
}
