import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createSessionRequestSchema, createSubmissionRequestSchema, statusLookupRequestSchema } from '../../../contract/certification-api';
import { sha256 } from '../http/crypto-tokens';
import { HttpError } from '../http/errors';
import { parseBody } from '../http/parse-body';
import type { ServerConfig } from '../config';
import type { RateLimits } from '../http/rate-limits';
import type { SessionService } from './session-service';
import type { StatusService } from './status-service';
import type { SubmissionService } from './submission-service';

export type CertificationServices = { sessions: SessionService; submissions: SubmissionService; status: StatusService };

function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(header);
  if (!match?.[1]) throw new HttpError(401, 'invalid-status-token', 'Send the status token as "Authorization: Bearer <token>".');
  return match[1];
}

/** The retiree API: HTTP in and out only; the rules are in the services. */
export async function registerCertificationRoutes(app: FastifyInstance, config: ServerConfig, limits: RateLimits, services: CertificationServices): Promise<void> {
  app.post('/api/sessions', { config: { rateLimit: limits.perClient.sessions }, preHandler: limits.perPerson.sessions }, async (request, reply) => {
    const session = await services.sessions.start(parseBody(createSessionRequestSchema, request.body));
    return reply.code(201).header('Cache-Control', 'no-store').send(session);
  });

  app.post('/api/submissions', async (request, reply) => {
    const { created, receipt } = await services.submissions.submit(parseBody(createSubmissionRequestSchema, request.body));
    return reply.code(created ? 201 : 200).header('Cache-Control', 'no-store').send(receipt);
  });

  app.get('/api/status', async (request, reply) => {
    const { status, pending } = await services.status.read(bearerToken(request));
    const etag = `"${sha256(JSON.stringify(status)).slice(0, 27)}"`;
    reply
      .header('ETag', etag)
      .header('Cache-Control', 'private, no-cache')
      .header('Retry-After', String(pending ? config.statusPollSeconds : 24 * 3600));
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      return reply.code(304).send();
    }
    return status;
  });

  app.post('/api/status/lookup', { config: { rateLimit: limits.perClient.lookups }, preHandler: limits.perPerson.lookups }, async (request, reply) => {
    const found = await services.status.lookup(parseBody(statusLookupRequestSchema, request.body));
    return reply.header('Cache-Control', 'no-store').send(found);
  });

  app.delete('/api/submission', async (request, reply) => {
    await services.status.withdraw(bearerToken(request));
    return reply.code(204).send();
  });
}
