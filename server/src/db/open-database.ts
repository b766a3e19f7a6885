import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { migrate, type MigrationTarget } from './migrator';

export const databaseFileName = 'certification.sqlite';

/** The SQLite side of the migration runner (migrations/sqlite). One process owns the file, so no lock is needed. */
export function sqliteMigrationTarget(db: Database.Database): MigrationTarget {
  return {
    dialect: 'sqlite',
    appliedNames: async () => {
      db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
      return db.prepare<[], { name: string }>('SELECT name FROM schema_migrations ORDER BY name').all().map((row) => row.name);
    },
    applyInTransaction: async (name, sql, appliedAt) => {
      db.transaction(() => {
        db.exec(sql);
        db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(name, appliedAt);
      })();
    },
    exclusively: (task) => task(),
  };
}

/** Opens (creating if needed) the SQLite database; with `migrations` true (the default) applies the pending ones. */
export async function openDatabase(file: string, now: () => Date = () => new Date(), options: { migrations?: boolean } = {}): Promise<Database.Database> {
  if (file !== ':memory:') {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    // Owner only, whatever the umask: SQLite gives its -wal and -shm files the database file's mode.
    closeSync(openSync(file, 'a', 0o600));
    for (const own of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(own)) chmodSync(own, 0o600);
  }
  const db = new Database(file);
  // What is deleted or overwritten is zeroed on disk, not left in free pages (withdrawals, retention).
  db.pragma('secure_delete = ON');
  // WAL: status polls keep reading while a submission is being written.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (options.migrations !== false) {
    try {
      await migrate(sqliteMigrationTarget(db), now);
    } catch (error: unknown) {
      db.close();
      throw error;
    }
  }
  return db;
}
