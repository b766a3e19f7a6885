import { ERRORS, Server as TusServer } from '@tus/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { newId } from '../http/crypto-tokens';
import { HttpError } from '../http/errors';
import type { ServerContext } from '../server-context';
import { uploadIdPattern } from '../staging/staging-area';
import { isStorageFailure } from '../staging/storage-pressure';
import type { UploadService } from './upload-service';

function tusError(statusCode: number, code: string, message: string): { status_code: number; body: string } {
  return { status_code: statusCode, body: JSON.stringify({ code, message }) };
}

/** tus expects its hooks to throw { status_code, body }: the services' HttpErrors are translated here. */
async function asTus<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error: unknown) {
    if (error instanceof HttpError) throw tusError(error.statusCode, error.code, error.message);
    throw error;
  }
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

/** tus 1.0 resumable uploads at /api/uploads/ (the rules are in upload-service.ts). */
export async function registerUploadRoutes(app: FastifyInstance, context: ServerContext, uploads: UploadService): Promise<InFlightUploads> {
  const { config } = context;
  const tus = new TusServer({
    path: '/api/uploads',
    datastore: context.staging.tusDataStore(),
    // One writer per upload across every server: a phone that reconnects through another server
    // takes over from the request its old connection left behind.
    locker: context.coordination.tusLocker,
    relativeLocation: true,
    maxSize: Math.max(config.photoMaxBytes, config.videoMaxBytes),
    allowedOrigins: config.corsOrigins,
    disableTerminationForFinishedUploads: true,
    namingFunction: () => newId(context.random),
    onUploadCreate: (_request, upload) =>
      asTus(async () => {
        await uploads.admit({ id: upload.id, size: upload.size, metadata: upload.metadata });
        // The database has what the metadata said; tus keeps none of it, so a HEAD cannot give the
        // session id or nonce away.
        return { metadata: {} };
      }),
    onResponseError: (_request, error) => {
      if ('status_code' in error && typeof error.body === 'string' && error.body.startsWith('{')) return undefined;
      const statusCode = 'status_code' in error ? error.status_code : 500;
      if (statusCode >= 500) {
        context.log.error({ err: error }, 'upload failed');
        // tus does nothing but store bytes: a disk that fails is a 503 the client retries later.
        if (isStorageFailure(error) || error === ERRORS.FILE_WRITE_ERROR) return tusError(503, 'storage-unavailable', 'The server cannot store anything right now. Please try again later.');
        return tusError(statusCode, 'internal-error', 'Something went wrong on the server. Please try again later.');
      }
      return tusError(statusCode, tusErrorCode(statusCode), 'body' in error ? error.body.trim() : 'Upload refused.');
    },
    onIncomingRequest: async (request, uploadId) => {
      if (request.method === 'POST') return;
      const bearer = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '');
      await asTus(() => uploads.checkContinuing(uploadId, bearer?.[1] ?? null));
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
      return reply.code(404).send({ code: 'upload-not-found', message: 'No such upload.' });
    }
    if (request.method === 'POST') await uploads.checkRoom();
    if (request.method === 'GET') {
      // The bytes of someone's face are never served back from here.
      return reply.code(405).header('Allow', 'POST, HEAD, PATCH, DELETE, OPTIONS').send({ code: 'method-not-allowed', message: 'Uploads cannot be downloaded.' });
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
