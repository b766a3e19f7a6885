import type { FastifyInstance, FastifyRequest } from 'fastify';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  createSessionRequestSchema,
  createSubmissionRequestSchema,
  statusLookupRequestSchema,
  type CreateSessionResponse,
  type StatusResponse,
  type SubmissionReceiptDto,
} from '../../../contract/certification-api';
import { pickChallenges } from '../../../contract/challenges';
import { nextDueDateAfterApproval } from '../../../contract/due-date';
import { checkIdNumber } from '../../../contract/id-number';
import {
  constantTimeEqual,
  idempotencyKeyHash,
  newId,
  newShortCode,
  newToken,
  normalizeShortCode,
  sealToken,
  sha256,
  unsealToken,
} from '../http/crypto-tokens';
import { fieldsOf, HttpError } from '../http/errors';
import { readJpegInfo } from '../media/jpeg';
import { readMp4Info } from '../media/mp4';
import { readWebmInfo } from '../media/webm';
import type { ServerContext } from '../server-context';
import type { SubmissionRecord, UploadRecord } from '../storage/submissions-repository';
import { runPrechecks, summarize } from './prechecks';
import { deleteStagedUpload, uploadIdPattern } from './upload-routes';

function parseBody<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> }> } } }, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) {
    const fields = fieldsOf(result.error.issues);
    throw new HttpError(400, 'invalid-request', `Invalid or missing fields: ${fields.join(', ')}.`, { fields });
  }
  return result.data;
}

function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(header);
  if (!match?.[1]) throw new HttpError(401, 'invalid-status-token', 'Send the status token as "Authorization: Bearer <token>".');
  return match[1];
}

export function toStatusResponse(submission: SubmissionRecord): StatusResponse {
  const state = submission.state === 'withdrawn' ? 'received' : submission.state;
  const response: StatusResponse = { submissionId: submission.id, state };
  if (submission.reasonCode) response.reasonCode = submission.reasonCode;
  if (submission.reasonText) response.reasonText = submission.reasonText;
  if (submission.decidedAt) response.decidedAt = submission.decidedAt;
  if (submission.nextDueDate) response.nextDueDate = submission.nextDueDate;
  return response;
}

type StagedFile = { upload: UploadRecord; file: string; bytes: Buffer };

/** Serializes submissions per session inside this process (a retry racing its own first attempt). */
function keyedLock() {
  const tails = new Map<string, Promise<unknown>>();
  return async function withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}

export async function registerCertificationRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  const { config, repository, evidence, now, random } = context;
  const withSessionLock = keyedLock();
  if (config.fixedChallenges) {
    context.log.warn(`FIXED_CHALLENGES=${config.fixedChallenges.join(',')}: every session asks for the same actions (tests and demonstrations only)`);
  }

  app.post(
    '/api/sessions',
    { config: { rateLimit: { max: config.sessionRateLimitPerMinute, timeWindow: 60_000 } } },
    async (request, reply) => {
      const body = parseBody(createSessionRequestSchema, request.body);
      const id = checkIdNumber(body.idNumber, now());
      if (!id.valid) {
        throw new HttpError(400, 'invalid-id-number', `The ID number is not valid (${id.problem}).`, { problem: id.problem, fields: ['idNumber'] });
      }
      const createdAt = now();
      const session = {
        id: newId(random),
        name: body.name,
        idNumber: id.normalized,
        phone: body.phone && body.phone !== '' ? body.phone : null,
        challenges: config.fixedChallenges ? [...config.fixedChallenges] : pickChallenges(body.tier ?? 'standard', random),
        nonce: newToken(random),
        createdAt: createdAt.toISOString(),
        expiresAt: new Date(createdAt.getTime() + config.sessionTtlMs).toISOString(),
        usedAt: null,
      };
      await repository.createSession(session);
      const response: CreateSessionResponse = {
        sessionId: session.id,
        challenges: session.challenges,
        nonce: session.nonce,
        expiresAt: session.expiresAt,
      };
      return reply.code(201).header('Cache-Control', 'no-store').send(response);
    },
  );

  async function loadStaged(uploadId: string, sessionId: string, part: 'photo' | 'video'): Promise<StagedFile> {
    if (!uploadIdPattern.test(uploadId)) throw new HttpError(404, 'upload-not-found', `No such ${part} upload.`);
    const upload = await repository.findUpload(uploadId);
    if (!upload || upload.sessionId !== sessionId) throw new HttpError(404, 'upload-not-found', `No such ${part} upload in this session.`);
    if (upload.part !== part) throw new HttpError(400, 'upload-wrong-part', `Upload ${part}UploadId is a ${upload.part}.`);
    const file = path.join(context.uploadsDir, upload.id);
    const size = await stat(file).then((info) => info.size, () => -1);
    if (size !== upload.declaredBytes) {
      throw new HttpError(409, 'upload-incomplete', `The ${part} upload has ${Math.max(size, 0)} of ${upload.declaredBytes} bytes: resume it first.`);
    }
    return { upload, file, bytes: await readFile(file) };
  }

  /** Tampering: throw away what the session uploaded, so nothing of it is stored. */
  async function discardSessionUploads(sessionId: string): Promise<void> {
    for (const id of await repository.deleteUploadsOfSession(sessionId)) await deleteStagedUpload(context.uploadsDir, id);
  }

  app.post('/api/submissions', async (request, reply) => {
    const body = parseBody(createSubmissionRequestSchema, request.body);
    const keyHash = idempotencyKeyHash(body.idempotencyKey);

    const replay = async (): Promise<SubmissionReceiptDto | null> => {
      const existing = await repository.findSubmissionByIdempotencyKeyHash(keyHash);
      if (!existing) return null;
      if (existing.sessionId !== body.sessionId) throw new HttpError(409, 'idempotency-key-reused', 'This idempotency key was used for another session.');
      if (existing.state === 'withdrawn') throw new HttpError(410, 'submission-withdrawn', 'This submission was withdrawn.');
      const statusToken = unsealToken(existing.sealedStatusToken, body.idempotencyKey);
      if (statusToken === null) throw new Error('sealed status token could not be opened');
      return { submissionId: existing.id, statusToken, shortCode: existing.shortCode };
    };

    return withSessionLock(body.sessionId, async () => {
      const previous = await replay();
      if (previous) return reply.code(200).header('Cache-Control', 'no-store').send(previous);

      const session = await repository.findSession(body.sessionId);
      if (!session) throw new HttpError(404, 'unknown-session', 'No such session.');
      if (session.usedAt !== null) throw new HttpError(409, 'nonce-already-used', 'This session was already used for a submission.');
      if (!constantTimeEqual(body.nonce, session.nonce) || !constantTimeEqual(body.metadata.nonce, session.nonce)) {
        throw new HttpError(403, 'nonce-mismatch', 'The nonce does not belong to this session.');
      }
      const receivedAt = now();
      // Uploads can only begin before expiry; finishing them may take up to the grace period more.
      if (receivedAt.getTime() > Date.parse(session.expiresAt) + config.uploadGraceMs) {
        await discardSessionUploads(session.id);
        throw new HttpError(410, 'session-expired', 'The session has expired: start a new one.');
      }

      const photo = await loadStaged(body.photoUploadId, session.id, 'photo');
      const video = await loadStaged(body.videoUploadId, session.id, 'video');

      const jpeg = readJpegInfo(photo.bytes);
      if (!jpeg) {
        await discardSessionUploads(session.id);
        throw new HttpError(415, 'wrong-file-type', 'The photo is not a JPEG image.');
      }
      const webm = readWebmInfo(video.bytes);
      const mp4 = webm ? null : readMp4Info(video.bytes);
      if (!webm && !mp4) {
        await discardSessionUploads(session.id);
        throw new HttpError(415, 'wrong-file-type', 'The video is not a WebM or MP4 recording.');
      }
      if (!jpeg.complete || !(webm ?? mp4)?.complete) {
        await discardSessionUploads(session.id);
        throw new HttpError(422, 'upload-incomplete', 'A file is cut off before its end: record and send it again.');
      }
      const videoMime = webm ? 'video/webm' : 'video/mp4';
      const videoDurationMs = (webm ?? mp4)?.durationMs ?? null;

      const precheckResults = runPrechecks({
        challenges: session.challenges,
        metadata: body.metadata,
        sessionCreatedAt: new Date(session.createdAt),
        sessionExpiresAt: new Date(session.expiresAt),
        receivedAt,
        photo: { bytes: photo.bytes.length, width: jpeg.width, height: jpeg.height, maxBytes: config.photoMaxBytes },
        video: { bytes: video.bytes.length, mimeType: videoMime, durationMs: videoDurationMs, maxBytes: config.videoMaxBytes, maxDurationMs: config.videoMaxDurationMs },
      });
      const precheckAllPassed = summarize(precheckResults).allPassed;
      const autoApprove = config.autoApprovePrechecked && precheckAllPassed;

      const statusToken = newToken(random);
      const submissionId = newId(random);
      const at = receivedAt.toISOString();
      const record: SubmissionRecord = {
        id: submissionId,
        sessionId: session.id,
        idempotencyKeyHash: keyHash,
        sealedStatusToken: sealToken(statusToken, body.idempotencyKey, random),
        shortCode: newShortCode(random),
        name: session.name,
        idNumber: session.idNumber,
        phone: session.phone,
        challenges: session.challenges,
        metadata: JSON.stringify(body.metadata),
        photoKey: `${submissionId}/photo`,
        photoBytes: photo.bytes.length,
        photoMime: 'image/jpeg',
        videoKey: `${submissionId}/video`,
        videoBytes: video.bytes.length,
        videoMime,
        videoDurationMs,
        precheckResults,
        precheckAllPassed,
        state: autoApprove ? 'approved' : 'received',
        receivedAt: at,
        updatedAt: at,
        decision: autoApprove ? 'approve' : null,
        reasonCode: null,
        reasonText: null,
        decidedAt: autoApprove ? at : null,
        decidedBy: autoApprove ? 'auto-approve' : null,
        nextDueDate: autoApprove ? nextDueDateAfterApproval(receivedAt) : null,
        evidenceDeletedAt: null,
        withdrawnAt: null,
      };

      let outcome;
      try {
        await evidence.importFile(record.photoKey, photo.file);
        await evidence.importFile(record.videoKey, video.file);
        const audit = autoApprove ? { at, actor: 'auto-approve', action: 'decision:approve', submissionId, detail: 'AUTO_APPROVE_PRECHECKED: every pre-check passed' } : null;
        outcome = await repository.createSubmission(record, sha256(statusToken), audit);
        // 32^8 short codes: a clash is very unlikely, and a fresh code settles it.
        for (let attempt = 0; outcome === 'duplicate-short-code' && attempt < 3; attempt += 1) {
          record.shortCode = newShortCode(random);
          outcome = await repository.createSubmission(record, sha256(statusToken), audit);
        }
      } catch (error: unknown) {
        await evidence.deletePrefix(submissionId);
        throw error;
      }
      if (outcome !== 'created') {
        await evidence.deletePrefix(submissionId);
        if (outcome === 'session-already-used') throw new HttpError(409, 'nonce-already-used', 'This session was already used for a submission.');
        if (outcome === 'duplicate-idempotency-key') {
          // Another server process stored this key first (one process serializes per session).
          const stored = await replay();
          if (stored) return reply.code(200).header('Cache-Control', 'no-store').send(stored);
        }
        throw new Error(`submission not stored: ${outcome}`);
      }
      await deleteStagedUpload(context.uploadsDir, photo.upload.id);
      await deleteStagedUpload(context.uploadsDir, video.upload.id);
      request.log.info({ submissionId, precheckAllPassed }, 'submission received');
      const receipt: SubmissionReceiptDto = { submissionId, statusToken, shortCode: record.shortCode };
      return reply.code(201).header('Cache-Control', 'no-store').send(receipt);
    });
  });

  app.get('/api/status', async (request, reply) => {
    const token = bearerToken(request);
    const submission = await repository.findSubmissionByStatusTokenHash(sha256(token));
    if (!submission || submission.state === 'withdrawn') throw new HttpError(404, 'invalid-status-token', 'No submission for this status token.');
    const status = toStatusResponse(submission);
    const etag = `"${sha256(JSON.stringify(status)).slice(0, 27)}"`;
    const pending = status.state === 'received' || status.state === 'in-review';
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

  app.post(
    '/api/status/lookup',
    { config: { rateLimit: { max: config.lookupRateLimitPerMinute, timeWindow: 60_000 } } },
    async (request, reply) => {
      const body = parseBody(statusLookupRequestSchema, request.body);
      const submission = await repository.findSubmissionByShortCode(normalizeShortCode(body.shortCode));
      const matches = submission !== null && submission.state !== 'withdrawn' && constantTimeEqual(submission.idNumber.slice(-4), body.idNumberLast4.toUpperCase());
      if (!submission || !matches) throw new HttpError(404, 'invalid-short-code', 'No submission with this code and ID number ending.');
      const statusToken = newToken(random);
      await repository.addStatusToken(submission.id, sha256(statusToken), now().toISOString());
      return reply.header('Cache-Control', 'no-store').send({ statusToken });
    },
  );

  app.delete('/api/submission', async (request, reply) => {
    const token = bearerToken(request);
    const submission = await repository.findSubmissionByStatusTokenHash(sha256(token));
    if (!submission || submission.state === 'withdrawn') throw new HttpError(404, 'invalid-status-token', 'No submission for this status token.');
    await evidence.deletePrefix(submission.id);
    const at = now().toISOString();
    await repository.withdraw(submission.id, at, { at, actor: 'person', action: 'withdraw', submissionId: submission.id, detail: 'Withdrawn by the person; evidence and personal details deleted.' });
    request.log.info({ submissionId: submission.id }, 'submission withdrawn');
    return reply.code(204).send();
  });
}
