import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Umzug, type UmzugStorage } from 'umzug';

export type Dialect = 'sqlite' | 'postgres';

/**
 * Versioned SQL migrations, one folder per dialect (migrations/sqlite, migrations/postgres), files
 * named NNN-what.sql and applied in name order. Umzug (a well-kept migration runner) decides what
 * is pending and runs it; the applied names are kept in `schema_migrations (name, applied_at)`, the
 * table the first SQLite runner already wrote, so a database made before Umzug upgrades as it is.
 *
 * A new schema change adds one file to each folder with the same name (the repository contract
 * tests run against both and fail when one side is missing).
 */
export const migrationsDir = (dialect: Dialect) => path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations', dialect);

export function migrationNames(dialect: Dialect): string[] {
  return readdirSync(migrationsDir(dialect))
    .filter((name) => /^\d{3}-[a-z0-9-]+\.sql$/.test(name))
    .sort();
}

/** What the runner needs from a database: both operations are atomic on their own. */
export type MigrationTarget = {
  dialect: Dialect;
  /** Creates schema_migrations if needed and lists the names recorded in it. */
  appliedNames: () => Promise<string[]>;
  /** Runs one migration's SQL and records its name in the same transaction: never half applied. */
  applyInTransaction: (name: string, sql: string, appliedAt: string) => Promise<void>;
  /** Holds a lock that keeps other servers from migrating at the same time (PostgreSQL); SQLite: one process. */
  exclusively: <T>(task: () => Promise<T>) => Promise<T>;
};

function runner(target: MigrationTarget, now: () => Date): Umzug<MigrationTarget> {
  const storage: UmzugStorage<MigrationTarget> = {
    executed: () => target.appliedNames(),
    // Each migration records itself inside its own transaction (applyInTransaction), so there is
    // nothing left to log here; a crash between "ran" and "recorded" cannot happen.
    logMigration: async () => undefined,
    unlogMigration: async () => {
      throw new Error('migrations only go forward: write a new migration that undoes the change');
    },
  };
  return new Umzug<MigrationTarget>({
    migrations: migrationNames(target.dialect).map((name) => {
      const file = path.join(migrationsDir(target.dialect), name);
      return { name, path: file, up: () => target.applyInTransaction(name, readFileSync(file, 'utf8'), now().toISOString()) };
    }),
    context: target,
    storage,
    logger: undefined,
  });
}

/** Applies every pending migration (under the target's lock); returns the names applied now. */
export async function migrate(target: MigrationTarget, now: () => Date = () => new Date()): Promise<string[]> {
  return target.exclusively(async () => (await runner(target, now).up()).map((migration) => migration.name));
}

/** The names not applied yet (for a server started with DB_MIGRATE_ON_START=false). */
export async function pendingMigrations(target: MigrationTarget): Promise<string[]> {
  return (await runner(target, () => new Date()).pending()).map((migration) => migration.name);
}
