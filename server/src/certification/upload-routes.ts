import { FileStore } from '@tus/file-store';
import { Server as TusServer } from '@tus/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { uploadMetadataSchema, type UploadPart } from '../../../contract/certification-api';
import { constantTimeEqual, newId } from '../http/crypto-tokens';
import type { ServerContext } from '../server-context';
import type { ApiErrorBody } from '../../../contract/api-errors';

/** Upload ids are generated here (32 hex characters); anything else in the URL is refused before tus sees it. */
export const uploadIdPattern = /^[a-f0-9]{32}$/;
export const maxUploadsPerPartPerSession = 3;

export function acceptedFiletype(part: UploadPart, filetype: string): boolean {
  const base = filetype.split(';')[0]?.trim().toLowerCase() ?? '';
  return part === 'photo' ? base === 'image/jpeg' : base === 'video/webm' || base === 'video/mp4';
}

function tusError(statusCode: number, code: string, message: string): { status_code: number; body: string } {
  return { status_code: statusCode, body: JSON.stringify({ code, message }) };
}

/** Removes a staged upload's bytes and tus's info file. */
export async function deleteStagedUpload(uploadsDir: string, id: string): Promise<void> {
  if (!uploadIdPattern.test(id)) return;
  await rm(path.join(uploadsDir, id), { force: true });
  await rm(path.join(uploadsDir, `${id}.json`), { force: true });
}

/**
 * buildApp creates the folder synchronously; FileStore's own fire-and-forget mkdir (a private method
 * it calls from its constructor) throws an uncaught error if the folder is removed meanwhile.
 */
function stagingFileStore(directory: string): FileStore {
  const Base = FileStore as unknown as new (options: { directory: string }) => object;
  const Staging = class extends Base {
    checkOrCreateDirectory(): void {}
  };
  return new Staging({ directory }) as unknown as FileStore;
}

/** Maps tus's plain-text errors to the API's { code, message } bodies. */
function tusErrorCode(statusCode: number): string {
  if (statusCode === 413) return 'upload-too-large';
  if (statusCode === 404) return 'upload-not-found';
  if (statusCode === 409) return 'upload-offset-conflict';
  if (statusCode === 410) return 'upload-gone';
  if (statusCode === 412) return 'unsupported-tus-version';
  if (statusCode === 415) return 'unsupported-media-type';
  if (statusCode >= 500) return 'internal-error';
  return 'invalid-upload-request';
}

/** Uploads being received right now: graceful shutdown waits for them. */
export type InFlightUploads = { count: () => number; idle: () => Promise<void> };

/**
 * tus 1.0 resumable uploads at /api/uploads/. Every upload belongs to a live session (checked at
 * creation and on every later request), has a declared length within its part's limit, and a file type
 * that fits its part; the bytes are checked for real when a submission claims them.
 */
export async function registerUploadRoutes(app: FastifyInstance, context: ServerContext): Promise<InFlightUploads> {
  const { config, repository, now } = context;
  const limitFor = (part: UploadPart) => (part === 'photo' ? config.photoMaxBytes : config.videoMaxBytes);

  /** New uploads need a live session; an upload begun in time may be resumed for config.uploadGraceMs more. */
  async function checkSessionUsable(sessionId: string, nonce: string | null, resuming: boolean): Promise<void> {
    const session = await repository.findSession(sessionId);
    if (!session) throw tusError(404, 'unknown-session', 'No such session.');
    if (nonce !== null && !constantTimeEqual(nonce, session.nonce)) throw tusError(403, 'nonce-mismatch', 'The nonce does not belong to this session.');
    if (session.usedAt !== null) throw tusError(409, 'nonce-already-used', 'This session was already used for a submission.');
    const deadline = Date.parse(session.expiresAt) + (resuming ? config.uploadGraceMs : 0);
    if (now().getTime() > deadline) throw tusError(410, 'session-expired', 'The session has expired: start a new one.');
  }

  const tus = new TusServer({
    path: '/api/uploads',
    datastore: stagingFileStore(context.uploadsDir),
    relativeLocation: true,
    maxSize: Math.max(config.photoMaxBytes, config.videoMaxBytes),
    allowedOrigins: config.corsOrigins,
    disableTerminationForFinishedUploads: true,
    namingFunction: () => newId(context.random),
    onUploadCreate: async (_request, upload) => {
      const parsed = uploadMetadataSchema.safeParse(upload.metadata ?? {});
      if (!parsed.success) throw tusError(400, 'invalid-upload-metadata', 'Upload-Metadata needs sessionId, nonce, part (photo or video) and filetype.');
      const { sessionId, nonce, part, filetype } = parsed.data;
      if (upload.size === undefined) throw tusError(400, 'invalid-upload-metadata', 'Upload-Length is required (deferred length is not accepted).');
      if (upload.size > limitFor(part)) throw tusError(413, 'upload-too-large', `A ${part} may be at most ${limitFor(part)} bytes.`);
      if (!acceptedFiletype(part, filetype)) throw tusError(415, 'wrong-file-type', `A ${part} must be ${part === 'photo' ? 'image/jpeg' : 'video/webm or video/mp4'}.`);
      await checkSessionUsable(sessionId, nonce, false);
      const existing = await repository.countUploadsOfSession(sessionId, part);
      if (existing >= maxUploadsPerPartPerSession) throw tusError(429, 'too-many-uploads', `At most ${maxUploadsPerPartPerSession} ${part} uploads per session.`);
      await repository.createUpload({ id: upload.id, sessionId, part, declaredBytes: upload.size, filetype, createdAt: now().toISOString() });
      return {};
    },
    onResponseError: (_request, error) => {
      if ('status_code' in error && typeof error.body === 'string' && error.body.startsWith('{')) return undefined;
      const statusCode = 'status_code' in error ? error.status_code : 500;
      if (statusCode >= 500) context.log.error({ err: error }, 'upload failed');
      const message = statusCode >= 500 ? 'Something went wrong on the server. Please try again later.' : 'body' in error ? error.body.trim() : 'Upload refused.';
      return tusError(statusCode, tusErrorCode(statusCode), message);
    },
    onIncomingRequest: async (request, uploadId) => {
      if (request.method === 'POST') return;
      const upload = await repository.findUpload(uploadId);
      if (!upload) throw tusError(404, 'upload-not-found', 'No such upload.');
      await checkSessionUsable(upload.sessionId, null, true);
    },
  });

  let inFlight = 0;
  let waiters: Array<() => void> = [];
  const settle = () => {
    inFlight -= 1;
    if (inFlight === 0) {
      for (const resolve of waiters) resolve();
      waiters = [];
    }
  };

  // tus reads the raw body stream itself.
  app.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));

  const handler = async (request: FastifyRequest<{ Params: { id?: string } }>, reply: FastifyReply) => {
    const id = request.params.id;
    if (id !== undefined && !uploadIdPattern.test(id)) {
      return reply.code(404).send({ code: 'upload-not-found', message: 'No such upload.' } satisfies ApiErrorBody);
    }
    if (request.method === 'GET') {
      // The bytes of someone's face are never served back from here.
      return reply.code(405).header('Allow', 'POST, HEAD, PATCH, DELETE, OPTIONS').send({ code: 'method-not-allowed', message: 'Uploads cannot be downloaded.' } satisfies ApiErrorBody);
    }
    reply.hijack();
    inFlight += 1;
    reply.raw.once('close', settle);
    await tus.handle(request.raw, reply.raw);
  };
  const methods = ['POST', 'HEAD', 'PATCH', 'DELETE', 'OPTIONS', 'GET'] as const;
  // Rate limits count every request, PATCH chunks included: set high enough for chunked uploads.
  app.route({ method: [...methods], url: '/api/uploads', handler });
  app.route({ method: [...methods], url: '/api/uploads/', handler });
  app.route({ method: [...methods], url: '/api/uploads/:id', handler });

  return {
    count: () => inFlight,
    idle: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
  };
}
