import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { registerCertificationRoutes } from './certification/certification-routes';
import { createSessionService } from './certification/session-service';
import { createStatusService } from './certification/status-service';
import { createSubmissionService } from './certification/submission-service';
import { registerUploadRoutes } from './certification/upload-routes';
import { createUploadService } from './certification/upload-service';
import type { ServerConfig } from './config';
import { cspForHelmet } from '../../contract/content-security-policy';
import { openStores } from './db/stores';
import { cryptoRandomBytes, type RandomBytes } from './http/crypto-tokens';
import { registerDocsRoutes } from './http/docs-routes';
import { HttpError } from './http/errors';
import { registerHealthRoutes } from './http/health-routes';
import { logSerializers } from './http/log-hygiene';
import { createRateLimitStore } from './http/rate-limit-store';
import { createMediaInspector, type MediaInspector } from './media/media-inspector';
import { registerRateLimits, type RateLimitBacking } from './http/rate-limits';
import { startEvidenceSweeper } from './retention/evidence-sweeper';
import { registerReviewRoutes } from './review/review-routes';
import { createReviewService } from './review/review-service';
import type { ServerContext } from './server-context';
import { StagingArea } from './staging/staging-area';
import { checkStorage, isStorageFailure, storageFailureRetryAfterSeconds } from './staging/storage-pressure';
import { FileSystemEvidenceStore } from './storage/file-system-evidence-store';
import type { ApiErrorBody } from '../../contract/api-errors';

export type BuildOptions = {
  /** Injected clock (tests move time to expire sessions). */
  now?: () => Date;
  random?: RandomBytes;
  /** false silences the log (tests); default: JSON logs at config.logLevel. */
  logger?: boolean;
  /** Where the JSON log lines go (default stdout); tests read it to check nothing personal is logged. */
  logStream?: { write: (line: string) => void };
  /** Run the retention sweep at start and on an interval (default true). */
  retentionSweeper?: boolean;
  /** Reads evidence files (default: a pool of worker threads; tests pass one with other limits). Closed with the app. */
  mediaInspector?: MediaInspector;
  /** Where rate-limit counters live (default: this process's memory); see http/rate-limits.ts. */
  rateLimitBacking?: RateLimitBacking;
};

declare module 'fastify' {
  interface FastifyInstance {
    /** For graceful shutdown and tests: uploads being received right now. */
    uploadsInFlight: () => number;
    serverContext: ServerContext;
    /** 'sqlite' (DATA_DIR) or 'postgres' (DATABASE_URL). */
    databaseKind: 'sqlite' | 'postgres';
  }
}

function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

/** Builds the server without listening, so tests can use inject() or listen on 127.0.0.1:0. */
export async function buildApp(config: ServerConfig, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            ...(options.logStream ? { stream: options.logStream } : {}),
            serializers: logSerializers,
            // Request bodies are never logged; these headers carry capabilities and must not be either.
            redact: {
              paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["upload-metadata"]', 'res.headers["set-cookie"]'],
              censor: '[redacted]',
            },
          },
    // A hop count becomes proxy-addr's own rule for it (the n addresses nearest the server are proxies).
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    // JSON bodies are small (the largest is a submission's metadata); evidence goes through tus.
    bodyLimit: 64 * 1024,
    return503OnClosing: true,
  });

  // Uploads in progress and evidence: on EVIDENCE_DIR, shared by every server (default DATA_DIR).
  const uploadsDir = path.join(config.evidenceDir, 'uploads');
  const evidenceDir = path.join(config.evidenceDir, 'evidence');
  // Owner only, whatever the umask and however the folders were made before.
  for (const dir of [config.dataDir, config.evidenceDir, uploadsDir, evidenceDir]) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
  }
  const now = options.now ?? (() => new Date());
  const stores = await openStores(config, {
    now,
    onCoordinationError: (error) => app.log.warn({ err: error }, 'database lock connection lost; reconnecting'),
  });
  app.decorate('databaseKind', stores.kind);
  const { repository } = stores;
  const context: ServerContext = {
    config,
    repository,
    accounts: stores.accounts,
    coordination: stores.coordination,
    evidence: new FileSystemEvidenceStore(evidenceDir, config.evidenceKey),
    media: options.mediaInspector ?? createMediaInspector(),
    staging: new StagingArea(uploadsDir, config.evidenceKey),
    now,
    random: options.random ?? cryptoRandomBytes,
    log: app.log,
  };
  app.decorate('serverContext', context);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) {
      if (error.retryAfterSeconds !== undefined) reply.header('Retry-After', String(error.retryAfterSeconds));
      return reply.code(error.statusCode).send({ code: error.code, message: error.message, ...error.extra } satisfies ApiErrorBody);
    }
    const status = error.statusCode ?? 500;
    if (status === 429) return reply.code(429).send({ code: 'rate-limited', message: 'Too many requests: wait a minute and try again.' } satisfies ApiErrorBody);
    if (status >= 400 && status < 500) {
      const code =
        error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError
          ? 'malformed-json'
          : error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
            ? 'payload-too-large'
            : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
              ? 'unsupported-media-type'
              : 'invalid-request';
      const message = code === 'malformed-json' ? 'The request body is not valid JSON.' : code === 'payload-too-large' ? 'The request body is too large.' : error.message;
      return reply.code(status).send({ code, message } satisfies ApiErrorBody);
    }
    if (isStorageFailure(error)) {
      // The disk or the database failed, not the request: say so, and when to try again (the app
      // keeps what the person did and retries); health reports the same.
      request.log.error({ err: error }, 'storage failed');
      return reply
        .code(503)
        .header('Retry-After', String(storageFailureRetryAfterSeconds))
        .send({ code: 'storage-unavailable', message: 'The server cannot store anything right now. Please try again later.' } satisfies ApiErrorBody);
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ code: 'internal-error', message: 'Something went wrong on the server. Please try again later.' } satisfies ApiErrorBody);
  });

  await app.register(fastifyHelmet, {
    // The same policy index.html carries as a <meta> (content-security-policy.ts), plus what only a header can say.
    contentSecurityPolicy: { useDefaults: false, directives: cspForHelmet() },
    crossOriginEmbedderPolicy: false,
  });

  await app.register(fastifyCors, {
    // Same origin only unless CORS_ORIGINS lists others (e.g. the app hosted on a CDN domain).
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    methods: ['GET', 'POST', 'DELETE'],
    allowedHeaders: ['Content-Type', 'Authorization', 'If-None-Match'],
    exposedHeaders: ['ETag', 'Retry-After'],
    credentials: false,
    maxAge: 600,
  });
  await app.register(fastifyCookie);
  // Counters in Redis with REDIS_URL (shared by every server), else in this process's memory.
  const rateLimitStore = createRateLimitStore(config.redisUrl, app.log);
  const limits = await registerRateLimits(app, config, options.rateLimitBacking ?? rateLimitStore.options);

  app.get('/config.json', async (_request, reply) => {
    reply.header('Cache-Control', 'no-cache');
    return config.appConfig;
  });

  await registerCertificationRoutes(app, config, limits, {
    sessions: createSessionService(context),
    submissions: createSubmissionService(context),
    status: createStatusService(context),
  });
  const uploads = await registerUploadRoutes(app, context, createUploadService(context));
  app.decorate('uploadsInFlight', uploads.count);

  // For load balancers and uptime checks: the database answers, the staging area and the evidence
  // store can really be written, and the disk is above the free-space watermark. No personal data.
  app.get('/api/health', { config: { rateLimit: false } }, async (_request, reply) => {
    const [database, storage] = await Promise.all([stores.ping().catch(() => false), checkStorage(context)]);
    const ok = database && storage.writable && !storage.low;
    return reply.code(ok ? 200 : 503).header('Cache-Control', 'no-store').send({ ok, database, storage, uploadsInFlight: uploads.count() });
  });
  const health = registerHealthRoutes(app, { ping: stores.ping });
  await registerReviewRoutes(app, config, limits, createReviewService(context));
  await registerDocsRoutes(app);

  if (existsSync(config.staticDir)) {
    await app.register(fastifyStatic, {
      root: config.staticDir,
      wildcard: false,
      // The build writes .br/.gz beside every text file (vite.config.ts): served to browsers that
      // accept them, so weak rural networks carry about a third of the bytes.
      preCompressed: true,
      // Our own Cache-Control below; @fastify/static's default (public, max-age=0) would overwrite it.
      cacheControl: false,
      setHeaders(res, servedPath) {
        // With preCompressed, the path is the .br/.gz copy: decide by the original file.
        const filePath = servedPath.replace(/\.(br|gz)$/, '');
        // Hashed build assets never change; everything else must be revalidated (sw.js above all).
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        } else {
          // sw.js, index.html, the manifest, icons, the face model: revalidated (304 when unchanged).
          res.setHeader('Cache-Control', 'no-cache');
        }
        // The same URL is sent as br, gzip or plain: caches must keep them apart.
        res.setHeader('Vary', 'Accept-Encoding');
      },
    });
    // Client-side routes (/guide/2, /status …) all load the app shell.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/') && request.headers.accept?.includes('text/html')) {
        // The review console (/review, /review/submissions/…) is its own page, not the retirees' app.
        const page = /^\/review(?:[/?#]|$)/.test(request.url) ? 'review/index.html' : 'index.html';
        return reply.type('text/html').header('Cache-Control', 'no-cache').sendFile(page);
      }
      return reply.code(404).send({ code: 'not-found', message: 'Not found' } satisfies ApiErrorBody);
    });
  } else {
    app.log.warn(`no app build in ${config.staticDir}: run "npm run build" first`);
    app.setNotFoundHandler((_request, reply) => reply.code(404).send({ code: 'not-found', message: 'Not found' } satisfies ApiErrorBody));
  }

  const stopSweeper = options.retentionSweeper === false ? () => undefined : startEvidenceSweeper(context);

  // Graceful shutdown: new requests get 503 while uploads in flight finish (bounded), then the rest is cut.
  app.addHook('preClose', async () => {
    health.startDraining();
    stopSweeper();
    if (uploads.count() > 0) {
      app.log.info(`waiting up to ${config.shutdownGraceMs} ms for ${uploads.count()} upload(s) in flight`);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([uploads.idle(), new Promise<void>((resolve) => (timer = setTimeout(resolve, config.shutdownGraceMs)))]);
      clearTimeout(timer);
    }
    app.server.closeAllConnections();
  });
  // A server that listens will read evidence: start a reading thread now rather than at the first submission.
  app.addHook('onListen', async () => {
    context.media.warm().catch((error: unknown) => app.log.error({ err: error }, 'media reading thread did not start'));
  });
  app.addHook('onClose', async () => {
    await context.media.close();
    await rateLimitStore.close();
    await stores.close();
  });

  return app;
}
