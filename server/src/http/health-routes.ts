import type { FastifyInstance } from 'fastify';

const readinessPingTimeoutMs = 2_000;

/**
 * For a load balancer or an orchestrator:
 * - GET /api/health/live: 200 while the process runs and its event loop turns (restart it if not).
 * - GET /api/health/ready: 200 when it should get traffic: the database answers (within 2 s) and the
 *   server is not draining; 503 otherwise, so the balancer sends requests elsewhere.
 * Neither says anything personal; neither is rate-limited.
 */
export function registerHealthRoutes(app: FastifyInstance, deps: { ping: () => Promise<boolean> }): { startDraining: () => void } {
  let draining = false;

  app.get('/api/health/live', { config: { rateLimit: false } }, async (_request, reply) => reply.header('Cache-Control', 'no-store').send({ live: true }));

  app.get('/api/health/ready', { config: { rateLimit: false } }, async (_request, reply) => {
    let timer: NodeJS.Timeout | undefined;
    const database = draining
      ? false
      : await Promise.race([
          deps.ping().catch(() => false),
          new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), readinessPingTimeoutMs))),
        ]);
    clearTimeout(timer);
    const ready = !draining && database;
    return reply
      .code(ready ? 200 : 503)
      .header('Cache-Control', 'no-store')
      .send({ ready, draining, database: draining ? 'not checked' : database ? 'ok' : 'unreachable' });
  });

  return {
    startDraining: () => {
      draining = true;
    },
  };
}
