import type { CreateSubmissionRequest, SubmissionReceiptDto } from '../../../contract/certification-api';
import { constantTimeEqual, idempotencyKeyHash, newId, newReceiptCode, newToken, sealToken, sha256, unsealToken } from '../http/crypto-tokens';
import { HttpError } from '../http/errors';
import { refusalMessage, type EvidencePart, type Inspection, type PhotoFacts, type VideoFacts } from '../media/inspect-evidence';
import { MediaInspectorBusyError } from '../media/media-inspector';
import type { ServerContext } from '../server-context';
import { uploadIdPattern } from '../staging/staging-area';
import type { SessionRecord, SubmissionRecord, UploadRecord } from '../storage/submissions-repository';
import { bytesSource, madeBeforeIssued, readRecordingCreatedAt, serverClockSlackMs } from '../../../contract/recording-created-at';
import { runPrechecks, submissionRoute, summarize } from './prechecks';
import { nextDueDateAfterApproval } from '../../../contract/due-date';

export type SubmitOutcome = { created: boolean; receipt: SubmissionReceiptDto };

export type SubmissionService = {
  /**
   * Claims a session's two finished uploads as one submission. Idempotent by the client's key: a
   * retry (even one racing its own first attempt on another server) gets the same receipt.
   */
  submit(request: CreateSubmissionRequest): Promise<SubmitOutcome>;
};

type StagedFile = { upload: UploadRecord; bytes: Buffer };

type Deps = Pick<ServerContext, 'config' | 'repository' | 'evidence' | 'staging' | 'media' | 'now' | 'random' | 'log'>;

export function createSubmissionService(context: Deps): SubmissionService {
  const { config, repository, evidence, staging, media, now, random } = context;

  /** The receipt already stored under this idempotency key, if any. */
  async function storedReceipt(request: CreateSubmissionRequest, keyHash: string): Promise<SubmissionReceiptDto | null> {
    const existing = await repository.findSubmissionByIdempotencyKeyHash(keyHash);
    if (!existing) return null;
    if (existing.sessionId !== request.sessionId) throw new HttpError(409, 'idempotency-key-reused', 'This idempotency key was used for another session.');
    if (existing.state === 'withdrawn') throw new HttpError(410, 'submission-withdrawn', 'This submission was withdrawn.');
    const statusToken = unsealToken(existing.sealedStatusToken, request.idempotencyKey);
    if (statusToken === null) throw new Error('sealed status token could not be opened');
    return { submissionId: existing.id, statusToken, shortCode: existing.shortCode };
  }

  async function loadStaged(uploadId: string, sessionId: string, part: 'photo' | 'video'): Promise<StagedFile> {
    if (!uploadIdPattern.test(uploadId)) throw new HttpError(404, 'upload-not-found', `No such ${part} upload.`);
    const upload = await repository.findUpload(uploadId);
    if (!upload || upload.sessionId !== sessionId) throw new HttpError(404, 'upload-not-found', `No such ${part} upload in this session.`);
    if (upload.part !== part) throw new HttpError(400, 'upload-wrong-part', `Upload ${part}UploadId is a ${upload.part}.`);
    const size = (await staging.receivedBytes(upload.id)) ?? 0;
    if (size !== upload.declaredBytes) {
      throw new HttpError(409, 'upload-incomplete', `The ${part} upload has ${size} of ${upload.declaredBytes} bytes: resume it first.`);
    }
    return { upload, bytes: await staging.read(upload.id) };
  }

  /** Tampering: throw away what the session uploaded, so nothing of it is stored. */
  async function discardSessionUploads(sessionId: string): Promise<void> {
    for (const id of await repository.deleteUploadsOfSession(sessionId)) await staging.delete(id);
  }

  /**
   * A file that cannot be used: throw away what the session uploaded and refuse with a 4xx that tells
   * the app the evidence itself is bad (415 not a JPEG/WebM/MP4 at all; 422 damaged or cut off).
   */
  async function accepted<Facts>(part: EvidencePart, inspection: Inspection<Facts>, sessionId: string): Promise<Facts> {
    if (inspection.ok) return inspection.facts;
    const { refusal } = inspection;
    await discardSessionUploads(sessionId);
    const logged = { part, code: refusal.code, reason: refusal.reason, detail: refusal.detail };
    if (refusal.reason === 'reader-bug') context.log.error(logged, 'evidence reader failed on a file');
    else context.log.warn(logged, 'evidence refused');
    throw new HttpError(refusal.code === 'wrong-file-type' ? 415 : 422, refusal.code, refusalMessage(part, refusal));
  }

  /** The files' facts, read in the media inspector's threads (off the event loop, under a deadline). */
  async function inspectStaged(photo: Uint8Array, video: Uint8Array, sessionId: string): Promise<{ photo: PhotoFacts; video: VideoFacts }> {
    try {
      return {
        photo: await accepted('photo', await media.inspectPhoto(photo), sessionId),
        video: await accepted('video', await media.inspectVideo(video), sessionId),
      };
    } catch (error: unknown) {
      if (!(error instanceof MediaInspectorBusyError)) throw error;
      // Nothing is wrong with the files: the staged uploads stay, and the app sends the same request later.
      context.log.warn(`evidence not read now: ${error.message}`);
      throw new HttpError(503, 'server-busy', 'The server is busy: try again in a minute.', {}, 30);
    }
  }

  async function checkSession(request: CreateSubmissionRequest, receivedAt: Date): Promise<SessionRecord> {
    const session = await repository.findSession(request.sessionId);
    if (!session) throw new HttpError(404, 'unknown-session', 'No such session.');
    if (session.usedAt !== null) throw new HttpError(409, 'nonce-already-used', 'This session was already used for a submission.');
    if (!constantTimeEqual(request.nonce, session.nonce) || !constantTimeEqual(request.metadata.nonce, session.nonce)) {
      throw new HttpError(403, 'nonce-mismatch', 'The nonce does not belong to this session.');
    }
    // Uploads can only begin before expiry; finishing them may take up to the grace period more.
    if (receivedAt.getTime() > Date.parse(session.expiresAt) + config.uploadGraceMs) {
      await discardSessionUploads(session.id);
      throw new HttpError(410, 'session-expired', 'The session has expired: start a new one.');
    }
    return session;
  }

  async function storeNew(request: CreateSubmissionRequest, keyHash: string): Promise<SubmissionReceiptDto> {
    const receivedAt = now();
    const session = await checkSession(request, receivedAt);
    const photo = await loadStaged(request.photoUploadId, session.id, 'photo');
    const video = await loadStaged(request.videoUploadId, session.id, 'video');

    const facts = await inspectStaged(photo.bytes, video.bytes, session.id);
    const jpeg = facts.photo;
    const videoMime = facts.video.mimeType;
    const videoDurationMs = facts.video.durationMs;
    // A video whose container says it was made before this session's actions existed was not made for
    // them (a clip from the gallery): refused, whatever the route (the phone's clock may be minutes off).
    const videoCreatedAt = await readRecordingCreatedAt(bytesSource(video.bytes));
    if (madeBeforeIssued(videoCreatedAt, Date.parse(session.createdAt), serverClockSlackMs)) {
      await discardSessionUploads(session.id);
      context.log.warn({ sessionId: session.id, videoCreatedAt: videoCreatedAt?.toISOString() }, 'video made before the session refused');
      throw new HttpError(422, 'recorded-before-session', 'The video says it was made before this session began: record a new one for this session.');
    }
    const route = submissionRoute(session.route, request.metadata);

    const precheckResults = runPrechecks({
      challenges: session.challenges,
      metadata: request.metadata,
      session: { tier: session.tier, route: session.route, spokenCode: session.spokenCode },
      sessionCreatedAt: new Date(session.createdAt),
      sessionExpiresAt: new Date(session.expiresAt),
      receivedAt,
      photo: { bytes: photo.bytes.length, width: jpeg.width, height: jpeg.height, maxBytes: config.photoMaxBytes },
      video: {
        bytes: video.bytes.length,
        mimeType: videoMime,
        durationMs: videoDurationMs,
        maxBytes: config.videoMaxBytes,
        maxDurationMs: config.videoMaxDurationMs,
        createdAt: videoCreatedAt,
      },
    });
    const precheckAllPassed = summarize(precheckResults).allPassed;
    // A recorded-route video is always for a person to look at and listen to.
    const autoApprove = config.autoApprovePrechecked && precheckAllPassed && route === 'live';

    const statusToken = newToken(random);
    const submissionId = newId(random);
    const at = receivedAt.toISOString();
    const record: SubmissionRecord = {
      id: submissionId,
      sessionId: session.id,
      idempotencyKeyHash: keyHash,
      sealedStatusToken: sealToken(statusToken, request.idempotencyKey, random),
      shortCode: newReceiptCode(random),
      name: session.name,
      idNumber: session.idNumber,
      phone: session.phone,
      challenges: session.challenges,
      metadata: JSON.stringify(request.metadata),
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
      tier: session.tier,
      route,
      spokenCode: session.spokenCode,
    };

    let outcome;
    try {
      // Evidence first, under this attempt's own submission id: a racing attempt writes its own
      // copy, and whichever loses at the database below deletes its copy again.
      await evidence.put(record.photoKey, photo.bytes);
      await evidence.put(record.videoKey, video.bytes);
      const audit = autoApprove ? { at, actor: 'auto-approve', action: 'decision:approve', submissionId, detail: 'AUTO_APPROVE_PRECHECKED: every pre-check passed' } : null;
      // One transaction decides the race: the nonce is consumed by a conditional update and the
      // idempotency key and short code are unique keys.
      outcome = await repository.createSubmission(record, sha256(statusToken), audit);
      for (let attempt = 0; outcome === 'duplicate-short-code' && attempt < 3; attempt += 1) {
        record.shortCode = newReceiptCode(random);
        outcome = await repository.createSubmission(record, sha256(statusToken), audit);
      }
    } catch (error: unknown) {
      await evidence.deletePrefix(submissionId);
      throw error;
    }
    if (outcome !== 'created') {
      await evidence.deletePrefix(submissionId);
      if (outcome === 'session-already-used') throw new HttpError(409, 'nonce-already-used', 'This session was already used for a submission.');
      throw new Error(`submission not stored: ${outcome}`);
    }
    await staging.delete(photo.upload.id);
    await staging.delete(video.upload.id);
    context.log.info({ submissionId, precheckAllPassed, route, tier: session.tier }, 'submission received');
    return { submissionId, statusToken, shortCode: record.shortCode };
  }

  return {
    async submit(request) {
      const keyHash = idempotencyKeyHash(request.idempotencyKey);
      const previous = await storedReceipt(request, keyHash);
      if (previous) return { created: false, receipt: previous };
      try {
        return { created: true, receipt: await storeNew(request, keyHash) };
      } catch (error: unknown) {
        // A retry racing its own first attempt (here or on another server) loses at the database,
        // or finds the staged files already claimed: the winner's receipt is the answer.
        const stored = await storedReceipt(request, keyHash).catch(() => null);
        if (stored) return { created: false, receipt: stored };
        // Another key took this session meanwhile: say so, not that its files went missing.
        const session = await repository.findSession(request.sessionId).catch(() => null);
        if (session?.usedAt) throw new HttpError(409, 'nonce-already-used', 'This session was already used for a submission.');
        throw error;
      }
    },
  };
}
