import fastifyRateLimit, { type RateLimitOptions, type RateLimitPluginOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { ServerConfig } from '../config';
import { checkIdNumber } from '../../../contract/id-number';
import { normalizeReceiptCode } from '../../../contract/receipt-code';
import { HttpError } from './errors';

/**
 * Every rate limit the server applies, in one place.
 *
 * Per client address (request.ip: the socket's address, or what TRUST_PROXY's proxies saw, never
 * what a client claims): the whole API, and tighter limits on new sessions, look-ups and sign-ins.
 * Per person, whatever address they come from: new sessions per ID number, look-ups per receipt
 * code, sign-ins per reviewer account.
 *
 * Counters live in the store passed in (`backing`): in this process's memory by default; give
 * @fastify/rate-limit's `redis` (an ioredis client) or a `store` so that several servers share them.
 */
export type RateLimitBacking = Pick<RateLimitPluginOptions, 'store' | 'redis' | 'nameSpace' | 'skipOnError'>;

type PreHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

export type RateLimits = {
  /** Route `config.rateLimit` for the sensitive endpoints (per client address, per minute). */
  perClient: { sessions: RateLimitOptions; lookups: RateLimitOptions; logins: RateLimitOptions };
  /** preHandler hooks (they need the parsed body) for the per-person limits. */
  perPerson: { sessions: PreHandler; lookups: PreHandler; logins: PreHandler };
};

const minute = 60_000;
const hour = 60 * minute;

function bodyField(request: FastifyRequest, field: string): string | null {
  const body = request.body as Record<string, unknown> | null | undefined;
  const value = typeof body === 'object' && body !== null ? body[field] : undefined;
  return typeof value === 'string' ? value : null;
}

export async function registerRateLimits(app: FastifyInstance, config: ServerConfig, backing: RateLimitBacking = {}): Promise<RateLimits> {
  await app.register(fastifyRateLimit, {
    ...backing,
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: minute,
    // Static files and config.json are cheap and cached; the API is what needs protecting.
    allowList: (request) => !request.url.startsWith('/api/'),
    errorResponseBuilder: (_request, context) => new HttpError(context.statusCode, 'rate-limited', 'Too many requests from this address: wait a minute and try again.'),
  });

  // Counter keys name the person only through a keyed hash: an ID number is not readable from the
  // store. Several servers sharing a store need the same key: it is derived from EVIDENCE_KEY.
  const keySecret = config.evidenceKey ? Buffer.from(hkdfSync('sha256', config.evidenceKey, 'pension-rate-limits', 'person-keys', 32)) : randomBytes(32);
  const personKey = (kind: string, value: string) => `person-${kind}:${createHmac('sha256', keySecret).update(value, 'utf8').digest('base64url')}`;

  function perPerson(kind: string, max: number, windowMs: number, valueOf: (request: FastifyRequest) => string | null, message: string): PreHandler {
    const limiter = app.createRateLimit({
      max,
      timeWindow: windowMs,
      keyGenerator: (request) => {
        const value = valueOf(request);
        return value === null ? 'none' : personKey(kind, value);
      },
      // A body without the field is refused by the route's own validation; it is not a person.
      allowList: (request) => valueOf(request) === null,
    });
    return async (request, reply) => {
      const result = await limiter(request);
      if (result.isAllowed || !result.isExceeded) return;
      reply.header('retry-after', String(result.ttlInSeconds));
      throw new HttpError(429, 'rate-limited', message);
    };
  }

  const perClient = (max: number): RateLimitOptions => ({ max, timeWindow: minute });
  return {
    perClient: {
      sessions: perClient(config.sessionRateLimitPerMinute),
      lookups: perClient(config.lookupRateLimitPerMinute),
      logins: perClient(config.loginRateLimitPerMinute),
    },
    perPerson: {
      sessions: perPerson(
        'session',
        config.sessionsPerPersonPerHour,
        hour,
        (request) => {
          const id = checkIdNumber(bodyField(request, 'idNumber') ?? '');
          return id.valid ? id.normalized : null;
        },
        'Too many new sessions for this ID number: try again in an hour.',
      ),
      lookups: perPerson(
        'lookup',
        config.lookupsPerCodePerHour,
        hour,
        (request) => {
          const code = bodyField(request, 'shortCode');
          return code === null ? null : normalizeReceiptCode(code);
        },
        'Too many look-ups for this code: try again in an hour.',
      ),
      logins: perPerson(
        'login',
        config.loginsPerAccountPerHour,
        hour,
        (request) => bodyField(request, 'username')?.trim().toLowerCase() || null,
        'Too many sign-ins for this account: try again in an hour.',
      ),
    },
  };
}
