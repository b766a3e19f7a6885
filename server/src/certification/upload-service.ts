import { uploadMetadataSchema, type UploadPart } from '../../../contract/certification-api';
import { constantTimeEqual } from '../http/crypto-tokens';
import { HttpError } from '../http/errors';
import type { ServerContext } from '../server-context';
import { assertRoomForNewWork, storageRetryAfterSeconds } from '../staging/storage-pressure';

export const maxUploadsPerPartPerSession = 3;

export function acceptedFiletype(part: UploadPart, filetype: string): boolean {
  const base = filetype.split(';')[0]?.trim().toLowerCase() ?? '';
  return part === 'photo' ? base === 'image/jpeg' : base === 'video/webm' || base === 'video/mp4';
}

export type UploadService = {
  /** Before tus sees a new upload: refused (503, Retry-After) while the disk is nearly full. */
  checkRoom(): Promise<void>;
  /**
   * Whether a new tus upload may begin (metadata, declared length, live session) and records it, in
   * one step with the quotas: at most a few uploads per part and STAGING_BYTES_PER_SESSION per session,
   * STAGING_MAX_BYTES staged by all sessions together.
   */
  admit(upload: { id: string; size: number | undefined; metadata: Record<string, string | null> | undefined }): Promise<void>;
  /**
   * Every later request on an upload (HEAD, PATCH, DELETE) must come from the session that created it
   * (its nonce as the bearer token) while that session may still finish uploads; to anyone else the
   * upload does not exist, so a leaked upload id is worth nothing.
   */
  checkContinuing(uploadId: string, presentedNonce: string | null): Promise<void>;
};

/**
 * The rules for tus uploads at /api/uploads/: every upload belongs to a live session, has a declared
 * length within its part's limit and a file type that fits its part; the bytes are checked for real
 * when a submission claims them.
 */
export function createUploadService(context: Pick<ServerContext, 'config' | 'repository' | 'staging' | 'evidence' | 'now'>): UploadService {
  const { config, repository, now } = context;
  const limitFor = (part: UploadPart) => (part === 'photo' ? config.photoMaxBytes : config.videoMaxBytes);

  /** New uploads need a live session; an upload begun in time may be resumed for config.uploadGraceMs more. */
  async function checkSessionUsable(sessionId: string, nonce: string | null, resuming: boolean): Promise<void> {
    const session = await repository.findSession(sessionId);
    if (!session) throw new HttpError(404, 'unknown-session', 'No such session.');
    if (nonce !== null && !constantTimeEqual(nonce, session.nonce)) throw new HttpError(403, 'nonce-mismatch', 'The nonce does not belong to this session.');
    if (session.usedAt !== null) throw new HttpError(409, 'nonce-already-used', 'This session was already used for a submission.');
    const deadline = Date.parse(session.expiresAt) + (resuming ? config.uploadGraceMs : 0);
    if (now().getTime() > deadline) throw new HttpError(410, 'session-expired', 'The session has expired: start a new one.');
  }

  return {
    checkRoom: () => assertRoomForNewWork(context),

    async admit(upload) {
      const parsed = uploadMetadataSchema.safeParse(upload.metadata ?? {});
      if (!parsed.success) throw new HttpError(400, 'invalid-upload-metadata', 'Upload-Metadata needs sessionId, nonce, part (photo or video) and filetype.');
      const { sessionId, nonce, part, filetype } = parsed.data;
      if (upload.size === undefined) throw new HttpError(400, 'invalid-upload-metadata', 'Upload-Length is required (deferred length is not accepted).');
      if (upload.size > limitFor(part)) throw new HttpError(413, 'upload-too-large', `A ${part} may be at most ${limitFor(part)} bytes.`);
      if (!acceptedFiletype(part, filetype)) throw new HttpError(415, 'wrong-file-type', `A ${part} must be ${part === 'photo' ? 'image/jpeg' : 'video/webm or video/mp4'}.`);
      await checkSessionUsable(sessionId, nonce, false);
      const outcome = await repository.createUploadWithinQuota(
        { id: upload.id, sessionId, part, declaredBytes: upload.size, filetype, createdAt: now().toISOString() },
        { uploadsPerPart: maxUploadsPerPartPerSession, sessionBytes: config.stagingBytesPerSession, totalBytes: config.stagingMaxBytes },
      );
      if (outcome === 'too-many-uploads') throw new HttpError(429, 'too-many-uploads', `At most ${maxUploadsPerPartPerSession} ${part} uploads per session.`);
      if (outcome === 'session-quota') {
        throw new HttpError(413, 'upload-quota-exceeded', `This session may stage at most ${config.stagingBytesPerSession} bytes in all: start a new session.`);
      }
      if (outcome === 'staging-full') throw new HttpError(503, 'storage-full', 'The server is receiving too many uploads right now: please try again later.', {}, storageRetryAfterSeconds);
    },

    async checkContinuing(uploadId, presentedNonce) {
      const upload = await repository.findUpload(uploadId);
      const session = upload ? await repository.findSession(upload.sessionId) : null;
      if (!upload || !session || presentedNonce === null || !constantTimeEqual(presentedNonce, session.nonce)) {
        throw new HttpError(404, 'upload-not-found', 'No such upload.');
      }
      await checkSessionUsable(upload.sessionId, null, true);
    },
  };
}
