import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { migrationNames } from '../../src/db/migrator';
import { databaseFileName } from '../../src/db/open-database';
import { openStores } from '../../src/db/stores';
import { createSession, makeTempDir, startTestServer } from '../support/test-server';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..', '..', '..');
/**
 * certification-001.sqlite was written by the first migration runner (before Umzug), with one
 * session, one submission and one reviewer in it: what an existing deployment has on disk.
 */
const legacyFile = path.join(here, '..', 'fixtures', 'certification-001.sqlite');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function legacyDataDir(): string {
  const dir = makeTempDir('sqlite-upgrade-');
  dirs.push(dir);
  copyFileSync(legacyFile, path.join(dir, databaseFileName));
  return dir;
}

const appliedRows = (dir: string) => {
  const db = new Database(path.join(dir, databaseFileName), { readonly: true });
  try {
    return db.prepare<[], { name: string; applied_at: string }>('SELECT name, applied_at FROM schema_migrations ORDER BY name').all();
  } finally {
    db.close();
  }
};

describe('an existing SQLite database from before the migration tool', () => {
  it('upgrades in place: what was applied stays recorded, what is new is applied, the data is all there', async () => {
    const dir = legacyDataDir();
    expect(appliedRows(dir)).toEqual([{ name: '001-initial.sql', applied_at: '2026-03-01T08:00:00.000Z' }]);
    const stores = await openStores(loadConfig({ DATA_DIR: dir, DATABASE_URL: '' }));
    try {
      const submission = await stores.repository.findSubmission('legacysubmission0000000000000001');
      expect(submission).toMatchObject({ name: '李建国', shortCode: 'LEGACY01', state: 'received', challenges: ['blink', 'turn-left'], precheckAllPassed: true });
      // Tokens made before scopes existed were the submitting device's own (migration 002-1).
      expect(await stores.repository.findStatusToken('legacy-token-hash')).toMatchObject({ submission: { id: submission?.id }, scope: 'owner' });
      expect(await stores.accounts.findReviewer('legacy.reviewer')).toMatchObject({ username: 'legacy.reviewer' });
    } finally {
      await stores.close();
    }
    const rows = appliedRows(dir);
    expect(rows.map((row) => row.name)).toEqual(migrationNames('sqlite'));
    // The first runner's record is kept as it was, not re-applied.
    expect(rows[0]).toEqual({ name: '001-initial.sql', applied_at: '2026-03-01T08:00:00.000Z' });
  });

  it('serves new certifications on the upgraded file, beside the old submission', async () => {
    const server = await startTestServer({ DATABASE_URL: '' }, {}, legacyDataDir());
    try {
      const session = await createSession(server.app);
      expect(session.challenges.length).toBeGreaterThan(0);
      expect((await server.query<{ id: string }>('SELECT id FROM sessions ORDER BY created_at')).map((row) => row.id)).toEqual(['legacy-session', session.sessionId]);
    } finally {
      await server.close();
    }
  });

  it('npm run db:migrate upgrades it too, and --check then says it is up to date', () => {
    const dir = legacyDataDir();
    const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
    const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: '' };
    const migrated = spawnSync(tsx, ['server/src/db/migrate-cli.ts'], { cwd: projectRoot, env, encoding: 'utf8', timeout: 60_000 });
    expect(migrated.status, migrated.stderr).toBe(0);
    expect(migrated.stdout).toContain(`SQLite ${path.join(dir, databaseFileName)}`);
    const check = spawnSync(tsx, ['server/src/db/migrate-cli.ts', '--check'], { cwd: projectRoot, env, encoding: 'utf8', timeout: 60_000 });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain('up to date');
    expect(appliedRows(dir).map((row) => row.name)).toEqual(migrationNames('sqlite'));
  }, 60_000);
});

describe('migrations', () => {
  it('every SQLite migration has its PostgreSQL twin of the same name', () => {
    expect(migrationNames('postgres')).toEqual(migrationNames('sqlite'));
  });

  it('with DB_MIGRATE_ON_START=false a server refuses to start while a migration is pending, and starts once db:migrate ran', async () => {
    const dir = makeTempDir('migrate-manual-');
    dirs.push(dir);
    const config = loadConfig({ DATA_DIR: dir, DATABASE_URL: '', DB_MIGRATE_ON_START: 'false' });
    await expect(openStores(config)).rejects.toThrow(/needs migrations 001-initial\.sql.*npm run db:migrate/);
    await (await openStores(loadConfig({ DATA_DIR: dir, DATABASE_URL: '' }))).close();
    const stores = await openStores(config);
    expect(await stores.ping()).toBe(true);
    await stores.close();
  });
});
