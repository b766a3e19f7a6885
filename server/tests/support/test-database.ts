import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { postgresBinaries, startPostgres, type ThrowawayPostgres } from './services/postgres';

/**
 * PostgreSQL for the server's tests. With DATABASE_URL set (npm run test:server:postgres starts a
 * throwaway cluster and sets it), every test server gets a fresh database on that cluster; tests
 * that always need PostgreSQL (the repository contract, the races, the multi-server test) start a
 * throwaway cluster of their own when DATABASE_URL is unset.
 */
export const testsUsePostgres = Boolean(process.env.DATABASE_URL);

export const postgresAvailable = testsUsePostgres || postgresBinaries() !== null;
export const postgresSkipReason = postgresAvailable ? '' : 'PostgreSQL is not installed (apt-get install -y postgresql); CI installs it';
if (!postgresAvailable && process.env.CI) throw new Error(`CI must install PostgreSQL: ${postgresSkipReason}`);

export type TestPostgres = {
  /** A new, empty database (dropped by stop()). */
  freshDatabase: () => Promise<string>;
  /** The database called `name`, created empty the first time (two test servers on one data folder share it). */
  namedDatabase: (name: string) => Promise<string>;
  stop: () => Promise<void>;
};

/** Databases on DATABASE_URL's cluster, or on a throwaway cluster started now. */
export async function testPostgres(): Promise<TestPostgres> {
  let cluster: ThrowawayPostgres | null = null;
  let adminUrl = process.env.DATABASE_URL ?? '';
  if (!adminUrl) {
    cluster = await startPostgres();
    adminUrl = cluster.url;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const created: string[] = [];
  const urlOf = (name: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.href;
  };
  return {
    freshDatabase: async () => {
      const name = `test_${randomBytes(6).toString('hex')}`;
      await admin.query(`CREATE DATABASE ${name}`);
      created.push(name);
      return urlOf(name);
    },
    namedDatabase: async (name) => {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`unsafe database name "${name}"`);
      if (!created.includes(name)) {
        const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
        created.push(name);
      }
      return urlOf(name);
    },
    stop: async () => {
      if (!cluster) for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
      await cluster?.stop();
    },
  };
}

let shared: Promise<TestPostgres> | null = null;
/** One TestPostgres per test file (worker), stopped when the worker exits. */
export function sharedTestPostgres(): Promise<TestPostgres> {
  shared ??= testPostgres();
  return shared;
}

/**
 * Rows as SQLite gives them, so a test's assertions on raw tables read the same on both:
 * booleans as 1/0, JSON as its text, times as ISO strings, counts as numbers; `?` placeholders.
 */
const sqliteLikeTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === 16) return (value: string) => (value === 't' ? 1 : 0);
    if (oid === 114 || oid === 3802) return (value: string) => value;
    if (oid === 20) return (value: string) => Number(value);
    if (oid === 1082) return (value: string) => value;
    if (oid === 1184) return (value: string) => new Date(value).toISOString();
    return pg.types.getTypeParser(oid, format as 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

export type RawReader = { query: <T>(sql: string, ...params: unknown[]) => Promise<T[]>; close: () => Promise<void> };

export function postgresReader(url: string): RawReader {
  let client: pg.Client | null = null;
  return {
    query: async <T>(sql: string, ...params: unknown[]) => {
      if (!client) {
        client = new pg.Client({ connectionString: url, types: sqliteLikeTypes });
        await client.connect();
      }
      let index = 0;
      const text = sql.replace(/\?/g, () => `$${(index += 1)}`);
      return (await client.query(text, params)).rows as T[];
    },
    close: async () => {
      await client?.end();
      client = null;
    },
  };
}

/** Raw rows from a server's database: PostgreSQL when `databaseUrl` is set, else the SQLite file (read-only). */
export function rawReader(databaseUrl: string, sqliteFile: string): RawReader {
  if (databaseUrl) return postgresReader(databaseUrl);
  let db: Database.Database | null = null;
  return {
    query: async <T>(sql: string, ...params: unknown[]) => {
      db ??= new Database(sqliteFile, { readonly: true });
      return db.prepare<unknown[], T>(sql).all(...params);
    },
    close: async () => {
      db?.close();
      db = null;
    },
  };
}
