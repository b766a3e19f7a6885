import { uploadMetadataSchema, type UploadPart } from '../../../contract/certification-api';
import { constantTimeEqual } from '../http/crypto-tokens';
import { HttpError } from '../http/errors';
import type { ServerContext } from '../server-context';

export const maxUploadsPerPartPerSession = 3;

export function acceptedFiletype(part: UploadPart, filetype: string): boolean {
  const base = filetype.split(';')[0]?.trim().toLowerCase() ?? '';
  return part === 'photo' ? base === 'image/jpeg' : base === 'video/webm' || base === 'video/mp4';
}

export type UploadService = {
  /** Whether a new tus upload may begin (metadata, declared length, live session, quotas); records it. */
  admit(upload: { id: string; size: number | undefined; metadata: Record<string, string | null> | undefined }): Promise<void>;
  /** Every later request on an upload (HEAD, PATCH, DELETE): its session may still finish uploads. */
  checkContinuing(uploadId: string): Promise<void>;
};

/**
 * The rules for tus uploads at /api/uploads/: every upload belongs to a live session, has a declared
 * length within its part's limit and a file type that fits its part; the bytes are checked for real
 * when a submission claims them.
 */
export function createUploadService(context: Pick<ServerContext, 'config' | 'repository' | 'now'>): UploadService {
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
    async admit(upload) {
      const parsed = uploadMetadataSchema.safeParse(upload.metadata ?? {});
      if (!parsed.success) throw new HttpError(400, 'invalid-upload-metadata', 'Upload-Metadata needs sessionId, nonce, part (photo or video) and filetype.');
      const { sessionId, nonce, part, filetype } = parsed.data;
      if (upload.size === undefined) throw new HttpError(400, 'invalid-upload-metadata', 'Upload-Length is required (deferred length is not accepted).');
      if (upload.size > limitFor(part)) throw new HttpError(413, 'upload-too-large', `A ${part} may be at most ${limitFor(part)} bytes.`);
      if (!acceptedFiletype(part, filetype)) throw new HttpError(415, 'wrong-file-type', `A ${part} must be ${part === 'photo' ? 'image/jpeg' : 'video/webm or video/mp4'}.`);
      await checkSessionUsable(sessionId, nonce, false);
      const existing = await repository.countUploadsOfSession(sessionId, part);
      if (existing >= maxUploadsPerPartPerSession) throw new HttpError(429, 'too-many-uploads', `At most ${maxUploadsPerPartPerSession} ${part} uploads per session.`);
      await repository.createUpload({ id: upload.id, sessionId, part, declaredBytes: upload.size, filetype, createdAt: now().toISOString() });
    },

    async checkContinuing(uploadId) {
      const upload = await repository.findUpload(uploadId);
      if (!upload) throw new HttpError(404, 'upload-not-found', 'No such upload.');
      await checkSessionUsable(upload.sessionId, null, true);
    },
  };
}
