import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ServerConfig } from './config';

/** Builds the server without listening, so tests can use inject() or listen on 127.0.0.1:0. */
export async function buildApp(config: ServerConfig): Promise<FastifyInstance> {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' }, trustProxy: false });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // MediaPipe compiles its wasm at run time; nothing is ever loaded from another origin.
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        manifestSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });

  app.get('/config.json', async (_request, reply) => {
    reply.header('Cache-Control', 'no-cache');
    return config.appConfig;
  });

  if (existsSync(config.staticDir)) {
    await app.register(fastifyStatic, {
      root: config.staticDir,
      wildcard: false,
      setHeaders(res, filePath) {
        const name = path.basename(filePath);
        // Hashed build assets never change; everything else must be revalidated (sw.js above all).
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        } else if (name === 'sw.js' || name.endsWith('.html') || name === 'manifest.webmanifest') {
          res.setHeader('Cache-Control', 'no-cache');
        }
      },
    });
    // Client-side routes (/guide/2, /status …) all load the app shell.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/') && request.headers.accept?.includes('text/html')) {
        // The review console (/review, /review/submissions/…) is its own page, not the retirees' app.
        const page = /^\/review(?:[/?#]|$)/.test(request.url) ? 'review/index.html' : 'index.html';
        return reply.type('text/html').header('Cache-Control', 'no-cache').sendFile(page);
      }
      return reply.code(404).send({ code: 'not-found', message: 'Not found' });
    });
  } else {
    app.log.warn(`no app build in ${config.staticDir}: run "npm run build" first`);
  }

  return app;
}
