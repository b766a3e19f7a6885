import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { maskIdNumber } from '../../../contract/id-number';
import {
  decisionRequestSchema,
  loginRequestSchema,
  reviewCsrfHeader,
  reviewCsrfValue,
  reviewSessionCookie,
  type DecisionResponse,
  type QueueItem,
  type SubmissionDetails,
} from '../../../contract/review-api';
import { submissionStateSchema } from '../../../contract/certification-api';
import { canDecide, stateAfterDecision } from '../certification/review-status';
import { nextDueDateAfterApproval } from '../../../contract/due-date';
import { newToken, sha256 } from '../http/crypto-tokens';
import { fieldsOf, HttpError } from '../http/errors';
import type { ServerContext } from '../server-context';
import type { StoredState, SubmissionRecord } from '../storage/submissions-repository';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { reviewReasons } from './review-reasons';
import { summarize } from '../certification/prechecks';

declare module 'fastify' {
  interface FastifyRequest {
    reviewer?: string;
  }
}

const cookiePath = '/api/review';

function maskPhone(phone: string): string {
  return phone.length <= 4 ? '*'.repeat(phone.length) : `${'*'.repeat(phone.length - 4)}${phone.slice(-4)}`;
}

function toQueueItem(submission: SubmissionRecord): QueueItem {
  return {
    id: submission.id,
    receivedAt: submission.receivedAt,
    state: submission.state === 'withdrawn' ? 'received' : submission.state,
    name: submission.name,
    idNumberMasked: maskIdNumber(submission.idNumber),
    precheck: summarize(submission.precheckResults),
  };
}

export async function registerReviewRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  const { config, repository, accounts, evidence, now, random } = context;

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

  async function requireReviewer(request: FastifyRequest): Promise<string> {
    const token = request.cookies[reviewSessionCookie];
    const username = token ? await accounts.findReviewSession(sha256(token), now().toISOString()) : null;
    if (!username) throw new HttpError(401, 'not-signed-in', 'Sign in first.');
    request.reviewer = username;
    return username;
  }

  const secureCookie = (request: FastifyRequest) => (config.reviewCookieSecure === 'auto' ? request.protocol === 'https' : config.reviewCookieSecure);

  app.post(
    '/api/review/login',
    { config: { rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: 60_000 } } },
    async (request, reply) => {
      checkCsrf(request);
      const parsed = loginRequestSchema.safeParse(request.body);
      if (!parsed.success) throw new HttpError(400, 'invalid-request', 'Send username and password.', { fields: fieldsOf(parsed.error.issues) });
      const reviewer = await accounts.findReviewer(parsed.data.username);
      const ok = await verifyPassword(parsed.data.password, reviewer?.passwordHash ?? dummyPasswordHash);
      const at = now();
      if (!reviewer || !ok) {
        await repository.appendAudit({ at: at.toISOString(), actor: 'anonymous', action: 'login-failed', submissionId: null, detail: 'Wrong username or password.' });
        throw new HttpError(401, 'invalid-credentials', 'Wrong username or password.');
      }
      const token = newToken(random, 32);
      const expiresAt = new Date(at.getTime() + config.reviewSessionTtlMs);
      await accounts.createReviewSession(sha256(token), reviewer.username, at.toISOString(), expiresAt.toISOString());
      await repository.appendAudit({ at: at.toISOString(), actor: reviewer.username, action: 'login', submissionId: null, detail: '' });
      reply.setCookie(reviewSessionCookie, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: secureCookie(request),
        path: cookiePath,
        maxAge: Math.floor(config.reviewSessionTtlMs / 1000),
      });
      return reply.header('Cache-Control', 'no-store').send({ username: reviewer.username });
    },
  );

  app.post('/api/review/logout', async (request, reply) => {
    checkCsrf(request);
    const token = request.cookies[reviewSessionCookie];
    if (token) await accounts.deleteReviewSession(sha256(token));
    reply.clearCookie(reviewSessionCookie, { path: cookiePath, httpOnly: true, sameSite: 'strict', secure: secureCookie(request) });
    return reply.code(204).send();
  });

  app.get('/api/review/me', async (request, reply) => {
    const username = await requireReviewer(request);
    return reply.header('Cache-Control', 'no-store').send({ username });
  });

  app.get('/api/review/reasons', async (request) => {
    await requireReviewer(request);
    return { reasons: reviewReasons };
  });

  app.get<{ Querystring: { state?: string; limit?: string } }>('/api/review/queue', async (request, reply) => {
    await requireReviewer(request);
    const raw = request.query.state;
    const states: StoredState[] = [];
    for (const value of (raw ?? 'received,in-review').split(',')) {
      const parsed = submissionStateSchema.safeParse(value.trim());
      if (!parsed.success) throw new HttpError(400, 'invalid-request', 'state must be received, in-review, approved, rejected or redo-requested.', { fields: ['state'] });
      states.push(parsed.data);
    }
    const limit = Math.min(Math.max(Number(request.query.limit ?? 200) || 200, 1), 1000);
    const items = (await repository.listSubmissions(states, limit)).map(toQueueItem);
    return reply.header('Cache-Control', 'no-store').send({ items });
  });

  async function findForReview(id: string): Promise<SubmissionRecord> {
    if (!/^[a-f0-9]{32}$/.test(id)) throw new HttpError(404, 'submission-not-found', 'No such submission.');
    const submission = await repository.findSubmission(id);
    if (!submission || submission.state === 'withdrawn') throw new HttpError(404, 'submission-not-found', 'No such submission.');
    return submission;
  }

  app.get<{ Params: { id: string } }>('/api/review/submissions/:id', async (request, reply) => {
    const username = await requireReviewer(request);
    let submission = await findForReview(request.params.id);
    if (submission.state === 'received') {
      const at = now().toISOString();
      if (await repository.markInReview(submission.id, at)) {
        await repository.appendAudit({ at, actor: username, action: 'open', submissionId: submission.id, detail: 'received → in-review' });
        submission = await findForReview(submission.id);
      }
    }
    let metadata: unknown = {};
    try {
      metadata = JSON.parse(submission.metadata);
    } catch {
      metadata = {};
    }
    const details: SubmissionDetails = {
      ...toQueueItem(submission),
      challenges: submission.challenges,
      precheckResults: submission.precheckResults,
      metadata,
      photo: { bytes: submission.photoBytes, mimeType: submission.photoMime },
      video: { bytes: submission.videoBytes, mimeType: submission.videoMime, durationMs: submission.videoDurationMs },
      evidenceAvailable: submission.evidenceDeletedAt === null,
    };
    if (submission.phone) details.phoneMasked = maskPhone(submission.phone);
    if (submission.decision && submission.decidedAt && submission.decidedBy) {
      details.decision = { decision: submission.decision, decidedAt: submission.decidedAt, decidedBy: submission.decidedBy };
      if (submission.reasonCode) details.decision.reasonCode = submission.reasonCode;
      if (submission.reasonText) details.decision.reasonText = submission.reasonText;
    }
    return reply.header('Cache-Control', 'no-store').send(details);
  });

  async function streamEvidence(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, part: 'photo' | 'video') {
    const username = await requireReviewer(request);
    const submission = await findForReview(request.params.id);
    const key = part === 'photo' ? submission.photoKey : submission.videoKey;
    const size = submission.evidenceDeletedAt === null ? await evidence.size(key) : null;
    if (size === null) throw new HttpError(404, 'evidence-not-found', 'The evidence was deleted (withdrawn or past its retention time).');
    const mime = part === 'photo' ? submission.photoMime : submission.videoMime;
    // Each view is logged (who looked at whose face, when): PIPL processing records.
    await repository.appendAudit({ at: now().toISOString(), actor: username, action: `view-${part}`, submissionId: submission.id, detail: '' });
    reply.header('Content-Type', mime).header('Cache-Control', 'no-store').header('Accept-Ranges', 'bytes').header('Content-Disposition', 'inline');
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
    if (range && (range[1] !== '' || range[2] !== '')) {
      let start = range[1] === '' ? size - Number(range[2]) : Number(range[1]);
      let end = range[1] === '' || range[2] === '' ? size - 1 : Math.min(Number(range[2]), size - 1);
      start = Math.max(start, 0);
      if (start > end || start >= size) {
        return reply.code(416).header('Content-Range', `bytes */${size}`).send();
      }
      end = Math.max(end, start);
      const stream = await evidence.open(key, { start, end });
      return reply.code(206).header('Content-Range', `bytes ${start}-${end}/${size}`).header('Content-Length', String(end - start + 1)).send(stream);
    }
    const stream = await evidence.open(key);
    return reply.header('Content-Length', String(size)).send(stream);
  }

  app.get<{ Params: { id: string } }>('/api/review/submissions/:id/photo', (request, reply) => streamEvidence(request, reply, 'photo'));
  app.get<{ Params: { id: string } }>('/api/review/submissions/:id/video', (request, reply) => streamEvidence(request, reply, 'video'));

  app.post<{ Params: { id: string } }>('/api/review/submissions/:id/decision', async (request, reply) => {
    checkCsrf(request);
    const username = await requireReviewer(request);
    const parsed = decisionRequestSchema.safeParse(request.body);
    if (!parsed.success) {
      const fields = fieldsOf(parsed.error.issues);
      throw new HttpError(400, 'invalid-request', `Invalid or missing fields: ${fields.join(', ')}.`, { fields });
    }
    const { decision } = parsed.data;
    const reasonText = parsed.data.reasonText?.trim() || null;
    const reasonCode = parsed.data.reasonCode ?? null;
    const submission = await findForReview(request.params.id);
    if (decision !== 'approve') {
      if (!reasonCode) throw new HttpError(400, 'reason-required', 'Reject and redo need a reason code from /api/review/reasons.');
      const reason = reviewReasons.find((candidate) => candidate.code === reasonCode);
      if (!reason || !reason.appliesTo.includes(decision)) throw new HttpError(400, 'unknown-reason', `Reason "${reasonCode}" cannot be used to ${decision}.`);
      if (reasonCode === 'other' && !reasonText) throw new HttpError(400, 'reason-required', 'Reason "other" needs a short note.');
    }
    if (!canDecide(submission.state)) throw new HttpError(409, 'already-decided', 'This submission was already decided.');
    const decidedAt = now();
    const state = stateAfterDecision(decision);
    const decided = await repository.decide(
      {
        id: submission.id,
        state,
        decision,
        reasonCode: decision === 'approve' ? null : reasonCode,
        reasonText: decision === 'approve' ? null : reasonText,
        decidedAt: decidedAt.toISOString(),
        decidedBy: username,
        nextDueDate: decision === 'approve' ? nextDueDateAfterApproval(decidedAt) : null,
      },
      {
        at: decidedAt.toISOString(),
        actor: username,
        action: `decision:${decision}`,
        submissionId: submission.id,
        detail: decision === 'approve' ? '' : `${reasonCode ?? ''}${reasonText ? `: ${reasonText}` : ''}`,
      },
    );
    if (!decided) throw new HttpError(409, 'already-decided', 'This submission was already decided.');
    const response: DecisionResponse = { id: submission.id, state, decidedAt: decidedAt.toISOString() };
    return reply.send(response);
  });

  app.get<{ Querystring: { submissionId?: string; limit?: string } }>('/api/review/audit', async (request, reply) => {
    await requireReviewer(request);
    const limit = Math.min(Math.max(Number(request.query.limit ?? 200) || 200, 1), 1000);
    const entries = await repository.listAudit(limit, request.query.submissionId);
    return reply.header('Cache-Control', 'no-store').send({ entries });
  });
}
