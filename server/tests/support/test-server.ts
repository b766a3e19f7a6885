import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Upload } from 'tus-js-client';
import { buildApp, type BuildOptions } from '../../src/app';
import { loadConfig, type ServerConfig } from '../../src/config';
import type { CreateSessionResponse, EvidenceMetadataDto, UploadPart } from '../../../contract/certification-api';
import { uploadIdFromUrl } from '../../../contract/certification-api';
import { databaseFileName } from '../../src/db/open-database';

const here = path.dirname(fileURLToPath(import.meta.url));
export const fixtures = {
  jpeg: readFileSync(path.join(here, '..', 'fixtures', 'tiny.jpg')),
  webm: readFileSync(path.join(here, '..', 'fixtures', 'tiny.webm')),
};
/** Facts about the fixtures (checked by the media parser tests). */
export const fixtureFacts = { jpegWidth: 160, jpegHeight: 120, webmDurationMs: 1471 };

/** A valid ID number (GB 11643 check digit) used across the tests. */
export const validIdNumber = '11010519491231002X';

export function makeTempDir(prefix = 'cert-server-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

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
  /** A second connection to the same database file, read-only, for assertions. */
  query: <T>(sql: string, ...params: unknown[]) => T[];
  evidenceFiles: () => string[];
  stagedFiles: () => string[];
  close: () => Promise<void>;
};

export async function startTestServer(
  env: Record<string, string> = {},
  options: BuildOptions = {},
  dataDir: string = makeTempDir(),
): Promise<TestServer> {
  const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env }), staticDir: path.join(dataDir, 'no-app-build') };
  const app = await buildApp(config, { logger: false, retentionSweeper: false, ...options });
  let reader: Database.Database | null = null;
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
      reader ??= new Database(path.join(dataDir, databaseFileName), { readonly: true });
      return reader.prepare<unknown[], T>(sql).all(...params);
    },
    evidenceFiles: () => listFiles(path.join(dataDir, 'evidence')),
    stagedFiles: () => listFiles(path.join(dataDir, 'uploads')),
    close: async () => {
      reader?.close();
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

/** Uploads with the real tus client (Node build) and resolves with the upload id. */
export function tusUpload(
  baseUrl: string,
  bytes: Buffer,
  metadata: { sessionId: string; nonce: string; part: UploadPart; filetype: string },
  options: { chunkSize?: number; retryDelays?: number[]; onProgress?: (sent: number, total: number) => void; uploadSize?: number } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const upload = new Upload(bytes, {
      endpoint: `${baseUrl}/api/uploads/`,
      metadata,
      chunkSize: options.chunkSize ?? 64 * 1024,
      retryDelays: options.retryDelays ?? [],
      uploadSize: options.uploadSize ?? null,
      storeFingerprintForResuming: false,
      onProgress: options.onProgress ?? null,
      onError: reject,
      onSuccess: () => resolve(uploadIdFromUrl(upload.url ?? '')),
    });
    upload.start();
  });
}

/** Creates a tus upload with raw requests (for the cases a well-behaved client never sends). */
export async function rawCreateUpload(
  app: FastifyInstance,
  metadata: Record<string, string>,
  uploadLength: number | null,
): Promise<{ statusCode: number; body: string; id: string | null }> {
  const encoded = Object.entries(metadata)
    .map(([key, value]) => `${key} ${Buffer.from(value, 'utf8').toString('base64')}`)
    .join(',');
  const headers: Record<string, string> = { 'tus-resumable': '1.0.0', 'upload-metadata': encoded };
  if (uploadLength === null) headers['upload-defer-length'] = '1';
  else headers['upload-length'] = String(uploadLength);
  const response = await app.inject({ method: 'POST', url: '/api/uploads/', headers });
  const location = response.headers.location;
  return { statusCode: response.statusCode, body: response.body, id: typeof location === 'string' ? uploadIdFromUrl(location) : null };
}

export async function rawPatch(app: FastifyInstance, id: string, offset: number, bytes: Buffer) {
  return app.inject({
    method: 'PATCH',
    url: `/api/uploads/${id}`,
    headers: { 'tus-resumable': '1.0.0', 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
    payload: bytes,
  });
}

/** Uploads in one PATCH through inject (fast path for tests that do not exercise the client). */
export async function injectUpload(app: FastifyInstance, session: CreateSessionResponse, part: UploadPart, bytes: Buffer, filetype?: string): Promise<string> {
  const created = await rawCreateUpload(
    app,
    { sessionId: session.sessionId, nonce: session.nonce, part, filetype: filetype ?? (part === 'photo' ? 'image/jpeg' : 'video/webm') },
    bytes.length,
  );
  if (created.statusCode !== 201 || !created.id) throw new Error(`create upload: ${created.statusCode} ${created.body}`);
  const patched = await rawPatch(app, created.id, 0, bytes);
  if (patched.statusCode !== 204) throw new Error(`patch: ${patched.statusCode} ${patched.body}`);
  return created.id;
}

/** Metadata as the app would send it, consistent with the session and the fixtures. */
export function metadataFor(
  session: CreateSessionResponse,
  overrides: Partial<EvidenceMetadataDto> = {},
  files: { photo: Buffer; video: Buffer } = { photo: fixtures.jpeg, video: fixtures.webm },
  startedAt: Date = new Date(),
): EvidenceMetadataDto {
  const actions = session.challenges.map((kind, index) => ({ kind, startMs: 100 + index * 400, endMs: 400 + index * 400, peakScore: 0.8 }));
  return {
    challengeId: `challenge-${session.sessionId}`,
    nonce: session.nonce,
    actions,
    startedAt: startedAt.toISOString(),
    durationMs: fixtureFacts.webmDurationMs,
    appVersion: '0.1.0',
    camera: 'front',
    device: { userAgent: 'test', screen: '360x740', language: 'zh-CN' },
    video: { mimeType: 'video/webm;codecs=vp8', bytes: files.video.length },
    photo: { mimeType: 'image/jpeg', bytes: files.photo.length, width: fixtureFacts.jpegWidth, height: fixtureFacts.jpegHeight },
    ...overrides,
  };
}

export function submissionBody(
  session: CreateSessionResponse,
  photoUploadId: string,
  videoUploadId: string,
  overrides: Record<string, unknown> = {},
  startedAt?: Date,
) {
  return {
    sessionId: session.sessionId,
    nonce: session.nonce,
    photoUploadId,
    videoUploadId,
    metadata: metadataFor(session, {}, undefined, startedAt),
    idempotencyKey: `key-${session.sessionId}`,
    ...overrides,
  };
}

/**
 * A larger but still valid JPEG (COM segments of filler after SOI), for upload and resume tests:
 * committed fixtures stay tiny.
 */
export function paddedJpeg(targetBytes: number): Buffer {
  const parts: Buffer[] = [fixtures.jpeg.subarray(0, 2)];
  let size = fixtures.jpeg.length;
  while (size + 4 < targetBytes) {
    const length = Math.min(65_533, targetBytes - size - 4);
    const header = Buffer.from([0xff, 0xfe, ((length + 2) >> 8) & 0xff, (length + 2) & 0xff]);
    parts.push(header, Buffer.alloc(length, 0x20));
    size += 4 + length;
  }
  parts.push(fixtures.jpeg.subarray(2));
  return Buffer.concat(parts);
}

/** A larger valid WebM: an EBML Void element (ID 0xEC) of filler between the header and the Segment. */
export function paddedWebm(targetBytes: number): Buffer {
  const ebmlHeaderEnd = 5 + (fixtures.webm[4] ?? 0) - 0x80; // the fixture's EBML header has a 1-byte size
  const fillerBytes = Math.max(targetBytes - fixtures.webm.length - 9, 0);
  const size = Buffer.alloc(8);
  size.writeBigUInt64BE(BigInt(fillerBytes) | (1n << 56n));
  return Buffer.concat([fixtures.webm.subarray(0, ebmlHeaderEnd), Buffer.from([0xec]), size, Buffer.alloc(fillerBytes), fixtures.webm.subarray(ebmlHeaderEnd)]);
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
