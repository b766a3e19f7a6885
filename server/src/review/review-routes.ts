import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { submissionStateSchema } from '../../../contract/certification-api';
import { decisionRequestSchema, loginRequestSchema, reviewCsrfHeader, reviewCsrfValue, reviewSessionCookie } from '../../../contract/review-api';
import type { ServerConfig } from '../config';
import { fieldsOf, HttpError } from '../http/errors';
import { parseBody } from '../http/parse-body';
import type { RateLimits } from '../http/rate-limits';
import type { StoredState } from '../storage/submissions-repository';
import type { EvidencePart, ReviewService } from './review-service';

declare module 'fastify' {
  interface FastifyRequest {
    reviewer?: string;
  }
}

const cookiePath = '/api/review';

/** CSRF: a custom header a cross-site form cannot send, and (when the browser says) the same origin. */
function checkCsrf(request: FastifyRequest): void {
  if (request.headers[reviewCsrfHeader] !== reviewCsrfValue) {
    throw new HttpError(403, 'csrf-check-failed', `Send the header "${reviewCsrfHeader}: ${reviewCsrfValue}".`);
  }
  const origin = request.headers.origin;
  if (origin !== undefined) {
    const host = request.headers.host ?? '';
    let sameOrigin = false;
    try {
      sameOrigin = new URL(origin).host === host;
    } catch {
      sameOrigin = false;
    }
    if (!sameOrigin) throw new HttpError(403, 'csrf-check-failed', 'Review calls must come from the same origin.');
  }
}

function pageLimit(raw: string | undefined): number {
  return Math.min(Math.max(Number(raw ?? 200) || 200, 1), 1000);
}

/** The review console API: cookies, CSRF, query strings and byte ranges here; the rules in review-service.ts. */
export async function registerReviewRoutes(app: FastifyInstance, config: ServerConfig, limits: RateLimits, review: ReviewService): Promise<void> {
  async function requireReviewer(request: FastifyRequest): Promise<string> {
    const username = await review.reviewerFor(request.cookies[reviewSessionCookie]);
    request.reviewer = username;
    return username;
  }

  const secureCookie = (request: FastifyRequest) => (config.reviewCookieSecure === 'auto' ? request.protocol === 'https' : config.reviewCookieSecure);

  app.post('/api/review/login', { config: { rateLimit: limits.perClient.logins }, preHandler: limits.perPerson.logins }, async (request, reply) => {
    checkCsrf(request);
    const parsed = loginRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new HttpError(400, 'invalid-request', 'Send username and password.', { fields: fieldsOf(parsed.error.issues) });
    const { username, sessionToken } = await review.signIn(parsed.data.username, parsed.data.password);
    reply.setCookie(reviewSessionCookie, sessionToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: secureCookie(request),
      path: cookiePath,
      maxAge: Math.floor(config.reviewSessionTtlMs / 1000),
    });
    return reply.header('Cache-Control', 'no-store').send({ username });
  });

  app.post('/api/review/logout', async (request, reply) => {
    checkCsrf(request);
    const token = request.cookies[reviewSessionCookie];
    if (token) await review.signOut(token);
    reply.clearCookie(reviewSessionCookie, { path: cookiePath, httpOnly: true, sameSite: 'strict', secure: secureCookie(request) });
    return reply.code(204).send();
  });

  app.get('/api/review/me', async (request, reply) => {
    const username = await requireReviewer(request);
    return reply.header('Cache-Control', 'no-store').send({ username });
  });

  app.get('/api/review/reasons', async (request) => {
    await requireReviewer(request);
    return { reasons: review.reasons() };
  });

  app.get<{ Querystring: { state?: string; limit?: string } }>('/api/review/queue', async (request, reply) => {
    await requireReviewer(request);
    const states: StoredState[] = [];
    for (const value of (request.query.state ?? 'received,in-review').split(',')) {
      const parsed = submissionStateSchema.safeParse(value.trim());
      if (!parsed.success) throw new HttpError(400, 'invalid-request', 'state must be received, in-review, approved, rejected or redo-requested.', { fields: ['state'] });
      states.push(parsed.data);
    }
    const items = await review.queue(states, pageLimit(request.query.limit));
    return reply.header('Cache-Control', 'no-store').send({ items });
  });

  app.get<{ Params: { id: string } }>('/api/review/submissions/:id', async (request, reply) => {
    const username = await requireReviewer(request);
    return reply.header('Cache-Control', 'no-store').send(await review.open(username, request.params.id));
  });

  async function streamEvidence(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, part: EvidencePart) {
    const username = await requireReviewer(request);
    const { size, mimeType, open } = await review.evidence(username, request.params.id, part);
    reply.header('Content-Type', mimeType).header('Cache-Control', 'no-store').header('Accept-Ranges', 'bytes').header('Content-Disposition', 'inline');
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
    if (range && (range[1] !== '' || range[2] !== '')) {
      let start = range[1] === '' ? size - Number(range[2]) : Number(range[1]);
      let end = range[1] === '' || range[2] === '' ? size - 1 : Math.min(Number(range[2]), size - 1);
      start = Math.max(start, 0);
      if (start > end || start >= size) {
        return reply.code(416).header('Content-Range', `bytes */${size}`).send();
      }
      end = Math.max(end, start);
      const stream = await open({ start, end });
      return reply.code(206).header('Content-Range', `bytes ${start}-${end}/${size}`).header('Content-Length', String(end - start + 1)).send(stream);
    }
    const stream = await open();
    return reply.header('Content-Length', String(size)).send(stream);
  }

  app.get<{ Params: { id: string } }>('/api/review/submissions/:id/photo', (request, reply) => streamEvidence(request, reply, 'photo'));
  app.get<{ Params: { id: string } }>('/api/review/submissions/:id/video', (request, reply) => streamEvidence(request, reply, 'video'));

  app.post<{ Params: { id: string } }>('/api/review/submissions/:id/decision', async (request, reply) => {
    checkCsrf(request);
    const username = await requireReviewer(request);
    const decision = parseBody(decisionRequestSchema, request.body);
    return reply.send(await review.decide(username, request.params.id, decision));
  });

  app.get<{ Querystring: { submissionId?: string; limit?: string } }>('/api/review/audit', async (request, reply) => {
    await requireReviewer(request);
    const entries = await review.audit(pageLimit(request.query.limit), request.query.submissionId);
    return reply.header('Cache-Control', 'no-store').send({ entries });
  });
}
