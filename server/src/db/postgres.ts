import pg from 'pg';
import { migrate, type MigrationTarget } from './migrator';

/**
 * How rows come back from PostgreSQL: the repositories speak ISO 8601 strings for times and
 * YYYY-MM-DD for dates, as SQLite stores them, and numbers for counts and ids.
 */
const typeParsers: Record<number, (value: string) => unknown> = {
  20: (value) => Number(value), // int8: counts, audit ids (far below 2^53)
  1082: (value) => value, // date: keep 'YYYY-MM-DD' (node-postgres would make a local-time Date)
  1114: (value) => new Date(`${value}Z`).toISOString(), // timestamp without time zone (not used by our schema)
  1184: (value) => new Date(value).toISOString(), // timestamptz
};

export const postgresTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => typeParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

export type PoolOptions = {
  max: number;
  /** For log lines and pg_stat_activity. */
  applicationName?: string;
};

/** A pool whose connections all answer in UTC and give up on a statement after 30 s. */
export function createPostgresPool(url: string, options: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max,
    types: postgresTypes,
    application_name: options.applicationName ?? 'pension-certification',
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 30_000,
    keepAlive: true,
  });
  // An idle connection that breaks (PostgreSQL restarted) is dropped by the pool; without a listener
  // the 'error' event would end the process.
  pool.on('error', () => undefined);
  return pool;
}

/** PostgreSQL error code of a failed query, e.g. 23505 unique_violation. */
export function pgErrorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

export function pgConstraint(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'constraint' in error ? String((error as { constraint: unknown }).constraint) : undefined;
}

/** Runs `task` in one transaction on one connection; rolls back on any error. */
export async function inTransaction<T>(pool: pg.Pool, task: (client: pg.PoolClient) => Promise<T>, isolation: 'READ COMMITTED' | 'SERIALIZABLE' = 'READ COMMITTED'): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  const onError = () => {
    broken = true;
  };
  // A connection that breaks between two statements: the next statement fails and we roll back.
  client.on('error', onError);
  try {
    await client.query(`BEGIN ISOLATION LEVEL ${isolation}`);
    const result = await task(client);
    await client.query('COMMIT');
    return result;
  } catch (error: unknown) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}

/** Advisory lock key for migrations: any constant both servers agree on. */
const migrationLockKey = 'pension-certification:migrations';

/** The PostgreSQL side of the migration runner (migrations/postgres). */
export function postgresMigrationTarget(pool: pg.Pool): MigrationTarget {
  let lockClient: pg.PoolClient | null = null;
  const run = async (sql: string, params: unknown[] = []) => (lockClient ? lockClient.query(sql, params) : pool.query(sql, params));
  return {
    dialect: 'postgres',
    appliedNames: async () => {
      await run('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL)');
      return (await run('SELECT name FROM schema_migrations ORDER BY name')).rows.map((row: { name: string }) => row.name);
    },
    applyInTransaction: async (name, sql, appliedAt) => {
      const client = lockClient ?? (await pool.connect());
      try {
        await client.query('BEGIN');
        await client.query(sql);
        await client.query('INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2)', [name, appliedAt]);
        await client.query('COMMIT');
      } catch (error: unknown) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        if (client !== lockClient) client.release();
      }
    },
    // Servers started together: the first migrates, the others wait on this lock and then find nothing pending.
    exclusively: async (task) => {
      const client = await pool.connect();
      try {
        // A migration (an index on a big table) may take longer than the pool's 30 s statement limit.
        await client.query('SET statement_timeout = 0');
        await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [migrationLockKey]);
        lockClient = client;
        try {
          return await task();
        } finally {
          lockClient = null;
          await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [migrationLockKey]);
          await client.query('RESET statement_timeout');
        }
      } finally {
        client.release();
      }
    },
  };
}

export async function migratePostgres(pool: pg.Pool, now?: () => Date): Promise<string[]> {
  return migrate(postgresMigrationTarget(pool), now);
}
