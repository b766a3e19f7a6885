import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';

/**
 * Where @fastify/rate-limit keeps its counters. Without REDIS_URL: in the process's memory (one
 * server; as before). With REDIS_URL: in Redis, through the plugin's own Redis store, so a client's
 * limit holds across every server behind the load balancer (counters expire with their window;
 * Redis needs no persistence for them).
 *
 * If Redis stops answering, requests are let through (skipOnError) and the failure is logged:
 * the limits protect against abuse, and losing them for a while is better than refusing every
 * retiree. Commands fail fast instead of queueing while Redis is away.
 */
export type RateLimitStore = {
  /** Spread into the @fastify/rate-limit options. */
  options: { redis?: Redis; nameSpace?: string; skipOnError: boolean };
  kind: 'memory' | 'redis';
  close: () => Promise<void>;
};

export function createRateLimitStore(redisUrl: string | null, log: FastifyBaseLogger): RateLimitStore {
  if (!redisUrl) return { options: { skipOnError: false }, kind: 'memory', close: async () => undefined };
  const redis = new Redis(redisUrl, {
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    // Keep trying to reconnect in the background, at most every 2 s.
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  let lastLogged = 0;
  redis.on('error', (error: Error) => {
    // One line per 10 s at most while Redis is down.
    if (Date.now() - lastLogged < 10_000) return;
    lastLogged = Date.now();
    log.warn({ err: { message: error.message } }, 'rate-limit store (Redis) unavailable: limits are not counted until it is back');
  });
  return {
    options: { redis, nameSpace: 'pension-certification-rate-limit:', skipOnError: true },
    kind: 'redis',
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
