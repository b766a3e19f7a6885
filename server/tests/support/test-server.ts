import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildApp, type BuildOptions } from '../../src/app';
import { loadConfig, type ServerConfig } from '../../src/config';
import type { CreateSessionResponse, UploadPart } from '../../../contract/certification-api';
import { uploadIdFromUrl } from '../../../contract/certification-api';
import { databaseFileName } from '../../src/db/open-database';
import { encodeUploadMetadata, tusHeaders, validIdNumber } from './api-client';
import { makeTempDir } from './server-process';
import { postgresReader, sharedTestPostgres, testsUsePostgres, type RawReader } from './test-database';

/**
 * The one test-server helper. This file: the server built in this process (buildApp, inject() or
 * 127.0.0.1:0, an injected clock, the database read back). server-process.ts: the real server as a
 * child process (restarts, signals, a proxy in front, the browser specs). api-client.ts: the API as a
 * client calls it over HTTP, with the fixture media. Everything is re-exported here.
 */
export * from './api-client';
export * from './server-process';

/** A clock tests move by hand. */
export function manualClock(start = new Date()): { now: () => Date; advance: (ms: number) => void } {
  let current = start.getTime();
  return { now: () => new Date(current), advance: (ms) => (current += ms) };
}

export type TestServer = {
  app: FastifyInstance;
  config: ServerConfig;
  dataDir: string;
  /** Base URL once `listen()` was called. */
  baseUrl: string;
  listen: () => Promise<string>;
  /**
   * A second connection to the same database, for assertions on raw tables (SQLite, or PostgreSQL
   * when the suite runs with DATABASE_URL: rows come back shaped as SQLite gives them).
   */
  query: <T>(sql: string, ...params: unknown[]) => Promise<T[]>;
  evidenceFiles: () => string[];
  stagedFiles: () => string[];
  close: () => Promise<void>;
};

export async function startTestServer(
  env: Record<string, string> = {},
  options: BuildOptions = {},
  dataDir: string = makeTempDir(),
): Promise<TestServer> {
  // With DATABASE_URL (npm run test:server:postgres): a fresh PostgreSQL database per test server.
  // Two test servers on one data folder share its database, as they share its SQLite file.
  const databaseName = `test_${path.basename(dataDir).replace(/[^a-z0-9]/gi, '_').toLowerCase()}`.slice(0, 63);
  const databaseEnv = testsUsePostgres && env.DATABASE_URL === undefined ? { DATABASE_URL: await (await sharedTestPostgres()).namedDatabase(databaseName) } : {};
  const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...databaseEnv, ...env }), staticDir: path.join(dataDir, 'no-app-build') };
  const app = await buildApp(config, { logger: false, retentionSweeper: false, ...options });
  let reader: RawReader | null = null;
  const openReader = (): RawReader => {
    if (config.databaseUrl) return postgresReader(config.databaseUrl);
    const db = new Database(path.join(dataDir, databaseFileName), { readonly: true });
    return {
      query: async <T>(sql: string, ...params: unknown[]) => db.prepare<unknown[], T>(sql).all(...params),
      close: async () => {
        db.close();
      },
    };
  };
  const server: TestServer = {
    app,
    config,
    dataDir,
    baseUrl: '',
    listen: async () => {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      if (address === null || typeof address === 'string') throw new Error('no address');
      server.baseUrl = `http://127.0.0.1:${address.port}`;
      return server.baseUrl;
    },
    query: <T>(sql: string, ...params: unknown[]) => {
      reader ??= openReader();
      return reader.query<T>(sql, ...params);
    },
    evidenceFiles: () => listFiles(path.join(dataDir, 'evidence')),
    stagedFiles: () => listFiles(path.join(dataDir, 'uploads')),
    close: async () => {
      await reader?.close();
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

export function listFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    let entries: string[] = [];
    try {
      entries = readdirSync(current);
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(path.relative(dir, full));
    }
  };
  walk(dir);
  return found.sort();
}

export async function createSession(app: FastifyInstance, body: Record<string, unknown> = {}): Promise<CreateSessionResponse> {
  const response = await app.inject({ method: 'POST', url: '/api/sessions', payload: { name: '王秀英', idNumber: validIdNumber, phone: '13800138000', ...body } });
  if (response.statusCode !== 201) throw new Error(`session: ${response.statusCode} ${response.body}`);
  return response.json<CreateSessionResponse>();
}

/** Creates a tus upload with raw requests (for the cases a well-behaved client never sends). */
export async function rawCreateUpload(
  app: FastifyInstance,
  metadata: Record<string, string>,
  uploadLength: number | null,
): Promise<{ statusCode: number; body: string; id: string | null; nonce: string }> {
  const headers: Record<string, string> = { 'tus-resumable': '1.0.0', 'upload-metadata': encodeUploadMetadata(metadata) };
  if (uploadLength === null) headers['upload-defer-length'] = '1';
  else headers['upload-length'] = String(uploadLength);
  const response = await app.inject({ method: 'POST', url: '/api/uploads/', headers });
  const location = response.headers.location;
  return { statusCode: response.statusCode, body: response.body, id: typeof location === 'string' ? uploadIdFromUrl(location) : null, nonce: metadata.nonce ?? '' };
}

/** An upload as its session continues it: the id and the session's nonce (sent as the bearer token). */
export type UploadHandle = { id: string | null; nonce: string };

export async function rawPatch(app: FastifyInstance, upload: UploadHandle, offset: number, bytes: Buffer) {
  return app.inject({
    method: 'PATCH',
    url: `/api/uploads/${upload.id ?? ''}`,
    headers: tusHeaders(upload, { 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' }),
    payload: bytes,
  });
}

export async function rawHead(app: FastifyInstance, upload: UploadHandle) {
  return app.inject({ method: 'HEAD', url: `/api/uploads/${upload.id ?? ''}`, headers: tusHeaders(upload) });
}

/** Uploads in one PATCH through inject (fast path for tests that do not exercise the client). */
export async function injectUpload(app: FastifyInstance, session: CreateSessionResponse, part: UploadPart, bytes: Buffer, filetype?: string): Promise<string> {
  const created = await rawCreateUpload(
    app,
    { sessionId: session.sessionId, nonce: session.nonce, part, filetype: filetype ?? (part === 'photo' ? 'image/jpeg' : 'video/webm') },
    bytes.length,
  );
  if (created.statusCode !== 201 || !created.id) throw new Error(`create upload: ${created.statusCode} ${created.body}`);
  const patched = await rawPatch(app, created, 0, bytes);
  if (patched.statusCode !== 204) throw new Error(`patch: ${patched.statusCode} ${patched.body}`);
  return created.id;
}

export async function addReviewer(app: FastifyInstance, username: string, password: string): Promise<void> {
  const { hashPassword } = await import('../../src/review/passwords');
  await app.serverContext.accounts.upsertReviewer({ username, passwordHash: await hashPassword(password, { N: 1024, r: 8, p: 1 }), createdAt: new Date().toISOString() });
}

export async function signIn(app: FastifyInstance, username: string, password: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/review/login',
    headers: { 'x-requested-with': 'review-console' },
    payload: { username, password },
  });
  if (response.statusCode !== 200) throw new Error(`login: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((candidate) => candidate.name === 'review_session');
  if (!cookie) throw new Error('no cookie');
  return `review_session=${cookie.value}`;
}
