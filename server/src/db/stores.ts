import path from 'node:path';
import type { ServerConfig } from '../config';
import { PostgresSubmissionsRepository } from '../storage/postgres-submissions-repository';
import { SqliteSubmissionsRepository } from '../storage/sqlite-submissions-repository';
import type { ReviewAccountsRepository, SubmissionsRepository } from '../storage/submissions-repository';
import { inProcessCoordination, PostgresCoordination, type Coordination } from './coordination';
import { pendingMigrations } from './migrator';
import { databaseFileName, openDatabase, sqliteMigrationTarget } from './open-database';
import { createPostgresPool, migratePostgres, postgresMigrationTarget } from './postgres';

/**
 * Every store the server keeps, chosen by DATABASE_URL: unset, SQLite in DATA_DIR (one process, the
 * embedded default); set, PostgreSQL (any number of servers). Both pass the same repository
 * contract tests (server/tests/storage/repository-contract.test.ts).
 */
export type Stores = {
  kind: 'sqlite' | 'postgres';
  repository: SubmissionsRepository;
  accounts: ReviewAccountsRepository;
  coordination: Coordination;
  /** The database answers (readiness). */
  ping: () => Promise<boolean>;
  close: () => Promise<void>;
};

export type OpenStoresOptions = {
  now?: () => Date;
  /** Migrations: 'apply' pending ones, 'check' that none are pending (DB_MIGRATE_ON_START=false), 'skip'. */
  migrations?: 'apply' | 'check' | 'skip';
  onCoordinationError?: (error: unknown) => void;
};

function pendingError(names: string[]): Error {
  return new Error(`the database needs migrations ${names.join(', ')}: run "npm run db:migrate" (or start with DB_MIGRATE_ON_START=true)`);
}

export async function openStores(config: ServerConfig, options: OpenStoresOptions = {}): Promise<Stores> {
  const now = options.now ?? (() => new Date());
  const migrations = options.migrations ?? (config.migrateOnStart ? 'apply' : 'check');
  if (!config.databaseUrl) {
    const db = await openDatabase(path.join(config.dataDir, databaseFileName), now, { migrations: migrations === 'apply' });
    if (migrations === 'check') {
      const pending = await pendingMigrations(sqliteMigrationTarget(db));
      if (pending.length > 0) {
        db.close();
        throw pendingError(pending);
      }
    }
    const repository = new SqliteSubmissionsRepository(db);
    return {
      kind: 'sqlite',
      repository,
      accounts: repository,
      coordination: inProcessCoordination(),
      ping: () => repository.ping(),
      close: async () => {
        db.close();
      },
    };
  }

  const pool = createPostgresPool(config.databaseUrl, { max: config.databasePoolSize });
  const coordination = new PostgresCoordination(config.databaseUrl, config.databaseLockPoolSize, options.onCoordinationError);
  try {
    if (migrations === 'apply') await migratePostgres(pool, now);
    if (migrations === 'check') {
      const pending = await pendingMigrations(postgresMigrationTarget(pool));
      if (pending.length > 0) throw pendingError(pending);
    }
    await coordination.start();
  } catch (error: unknown) {
    await coordination.close().catch(() => undefined);
    await pool.end().catch(() => undefined);
    throw error;
  }
  const repository = new PostgresSubmissionsRepository(pool);
  return {
    kind: 'postgres',
    repository,
    accounts: repository,
    coordination,
    ping: () => repository.ping(),
    close: async () => {
      await coordination.close();
      await pool.end();
    },
  };
}
