/**
 * Every `code` the reference server can put in an error body, in one list: the server's HttpError
 * takes only these, the app maps them to plain words (submission), and so does the review console.
 * A client must still cope with a code it does not know (a newer server): the schema reads `code` as
 * any string, and isApiErrorCode tells the two apart.
 */
export const apiErrorCodes = [
  // Any route
  'malformed-json',
  'invalid-request',
  'payload-too-large',
  'unsupported-media-type',
  'method-not-allowed',
  'not-found',
  'rate-limited',
  'internal-error',
  // Retiree API: sessions, uploads, submissions, status
  'invalid-id-number',
  /** The name has invisible or control characters, or is too long (problem: a PersonNameProblem). */
  'invalid-name',
  'unknown-session',
  'session-expired',
  'nonce-mismatch',
  'nonce-already-used',
  'invalid-upload-metadata',
  'invalid-upload-request',
  'upload-too-large',
  'upload-offset-conflict',
  'too-many-uploads',
  'upload-not-found',
  'upload-incomplete',
  'upload-wrong-part',
  'wrong-file-type',
  /** 422: the photo / video is damaged, cut off inside, or lies about its own structure. */
  'unreadable-photo',
  'unreadable-video',
  /** 503 with Retry-After: too many files wait to be read; the app tries again later. */
  'server-busy',
  /** 422: the video's container says it was made before the session began (a clip from the gallery). */
  'recorded-before-session',
  /** Reserved, like the next two: today these are stored pre-check results, not refusals. */
  'video-too-long',
  'metadata-mismatch',
  'actions-out-of-order',
  'idempotency-key-reused',
  'submission-withdrawn',
  'invalid-status-token',
  'invalid-short-code',
  /** The session has staged as many bytes as it may (STAGING_BYTES_PER_SESSION): start a new session. */
  'upload-quota-exceeded',
  /** 503: the server is short of disk space (or its staging area is full); Retry-After says when to try again. */
  'storage-full',
  /** 503: the server's disk or database failed to read or write; Retry-After says when to try again. */
  'storage-unavailable',
  /** Too many wrong ID-number endings were tried with this short code: it opens nothing any more. */
  'short-code-locked',
  /** A status token from a short-code look-up may read the status, not withdraw. */
  'read-only-token',
  // Review console API
  'invalid-credentials',
  'not-signed-in',
  'csrf-check-failed',
  'submission-not-found',
  'evidence-not-found',
  'reason-required',
  'unknown-reason',
  'already-decided',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (apiErrorCodes as readonly string[]).includes(value);
}

/**
 * Refusals that say the evidence itself is bad (not a JPEG/WebM/MP4, damaged, cut off, too big or too
 * long): sending the same files again can never succeed, so the app stops retrying, deletes them and
 * asks the person to do the face check again.
 */
export const evidenceRefusalCodes = [
  'wrong-file-type',
  'unreadable-photo',
  'unreadable-video',
  'upload-too-large',
  'video-too-long',
  'recorded-before-session',
] as const satisfies readonly ApiErrorCode[];
export type EvidenceRefusalCode = (typeof evidenceRefusalCodes)[number];

export function isEvidenceRefusalCode(value: unknown): value is EvidenceRefusalCode {
  return typeof value === 'string' && (evidenceRefusalCodes as readonly string[]).includes(value);
}

/** What the server sends with every error (the apiErrorSchema in ./certification-api reads it). */
export type ApiErrorBody = {
  code: ApiErrorCode;
  message: string;
  /** Only on invalid-id-number (which IdNumberProblem) and invalid-name (which PersonNameProblem). */
  problem?: string;
  /** Only on validation errors: the request fields that were wrong (never their values). */
  fields?: string[];
};
