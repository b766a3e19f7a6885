/**
 * npm run db:migrate: applies the pending migrations to the server's database (DATABASE_URL, else
 * the SQLite file in DATA_DIR) and says which ran. Safe to run while servers are up and from several
 * places at once (PostgreSQL: an advisory lock lets one migrate at a time).
 *   npm run db:migrate -- --check   lists what is pending, changes nothing (exit 1 if anything is)
 */
import path from 'node:path';
import { loadConfig } from '../config';
import { migrate, pendingMigrations, type MigrationTarget } from './migrator';
import { databaseFileName, openDatabase, sqliteMigrationTarget } from './open-database';
import { createPostgresPool, postgresMigrationTarget } from './postgres';

const checkOnly = process.argv.includes('--check');
const config = loadConfig();

let target: MigrationTarget;
let close: () => Promise<void>;
let where: string;
if (config.databaseUrl) {
  const pool = createPostgresPool(config.databaseUrl, { max: 2, applicationName: 'pension-certification-migrate' });
  target = postgresMigrationTarget(pool);
  close = () => pool.end();
  const url = new URL(config.databaseUrl);
  where = `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
} else {
  const file = path.join(config.dataDir, databaseFileName);
  const db = await openDatabase(file, undefined, { migrations: false });
  target = sqliteMigrationTarget(db);
  close = async () => {
    db.close();
  };
  where = `SQLite ${file}`;
}

try {
  if (checkOnly) {
    const pending = await pendingMigrations(target);
    console.log(pending.length === 0 ? `${where}: up to date` : `${where}: pending ${pending.join(', ')}`);
    process.exitCode = pending.length === 0 ? 0 : 1;
  } else {
    const applied = await migrate(target);
    console.log(applied.length === 0 ? `${where}: up to date, nothing to apply` : `${where}: applied ${applied.join(', ')}`);
  }
} finally {
  await close();
}
