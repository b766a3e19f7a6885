import Database from 'better-sqlite3';
import path from 'node:path';
import { test, type Browser, type BrowserContext, type BrowserContextOptions } from '@playwright/test';
import { psqlValue } from '../../server/tests/support/services/postgres';
import { startE2eServer, type ServerProcess } from './test-server';
import { attachPagesIfFailed, launchWithFakeCamera } from './fake-camera';

export type SubmissionRow = { id: string; state: string; name: string };

/**
 * For a spec file that runs the real flow against the real server: one server (its own data
 * folder) and one Chromium whose fake camera plays `clipId`, both for the whole file; browser
 * contexts made through `newContext` are closed after each test, with their pages attached to the
 * report when it failed. Call at the top level of the spec.
 */
export function useServerAndCamera(name: string, env: Record<string, string>, clipId: string) {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];

  test.beforeAll(async () => {
    server = await startE2eServer(name, env);
    browser = await launchWithFakeCamera(clipId);
  });

  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture list from this parameter.
  test.afterEach(async ({}, testInfo) => {
    await attachPagesIfFailed(contexts, testInfo);
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });

  test.afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const running = () => {
    if (!server || !browser) throw new Error('useServerAndCamera: only inside a test');
    return { server, browser };
  };

  return {
    get server(): ServerProcess {
      return running().server;
    },
    get browser(): Browser {
      return running().browser;
    },
    /** A context on the server's origin, closed after the test. */
    async newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
      const { server: current, browser: launched } = running();
      const context = await launched.newContext({ baseURL: current.baseUrl, ...options });
      contexts.push(context);
      return context;
    },
    /** What the server has stored, read straight from its database (SQLite file, or PostgreSQL with DATABASE_URL). */
    submissionsInDatabase(): SubmissionRow[] {
      const { databaseUrl, dataDir } = running().server;
      if (databaseUrl) {
        const json = psqlValue(databaseUrl, "SELECT coalesce(json_agg(json_build_object('id', id, 'state', state, 'name', name)), '[]') FROM submissions");
        return JSON.parse(json) as SubmissionRow[];
      }
      const db = new Database(path.join(dataDir, 'certification.sqlite'), { readonly: true, fileMustExist: true });
      try {
        return db.prepare<[], SubmissionRow>('SELECT id, state, name FROM submissions').all();
      } finally {
        db.close();
      }
    },
  };
}
