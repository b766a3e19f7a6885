import { isEvidenceRefusalCode, type ApiErrorCode } from '../../../contract/api-errors';

/**
 * network: no answer (offline, dropped, DNS); http-4xx: the server refused (serverCode says why);
 * http-5xx: the server failed; invalid-response: an answer we cannot read; aborted: we stopped it.
 */
export type BackendErrorCode = 'network' | 'http-4xx' | 'http-5xx' | 'invalid-response' | 'aborted';

export class BackendError extends Error {
  readonly code: BackendErrorCode;
  readonly status?: number;
  /** The server's own code for a 4xx (e.g. "session-expired"); undefined for a code this app does not know. */
  readonly serverCode?: ApiErrorCode;
  readonly retryAfterMs?: number;
  /** For invalid-id-number: which problem (the IdNumberProblem values). */
  readonly problem?: string;

  constructor(
    code: BackendErrorCode,
    message: string,
    details: { status?: number; serverCode?: ApiErrorCode | undefined; retryAfterMs?: number; problem?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'BackendError';
    this.code = code;
    this.status = details.status;
    this.serverCode = details.serverCode;
    this.retryAfterMs = details.retryAfterMs;
    this.problem = details.problem;
  }
}

export function isBackendError(value: unknown): value is BackendError {
  return value instanceof BackendError;
}

/**
 * The server refused the photo or video itself (not a recording, damaged, cut off, too big, too
 * long): the same files can never be accepted, so the person must do the face check again.
 */
export function isEvidenceRefusal(error: unknown): boolean {
  return isBackendError(error) && error.code === 'http-4xx' && isEvidenceRefusalCode(error.serverCode);
}

/**
 * Worth trying again later by itself: no network, a server failure, or "too many requests".
 * Any other refusal (expired session, used nonce, bad file) will never succeed by retrying.
 */
export function isTransientFailure(error: unknown): boolean {
  if (!isBackendError(error)) return true; // unknown: trying again is safer than losing the person's work
  if (isEvidenceRefusal(error)) return false; // whatever the status: sending the same files again cannot help
  // invalid-response: most often a captive portal or proxy page on public Wi-Fi, not our server.
  if (error.code === 'network' || error.code === 'http-5xx' || error.code === 'invalid-response') return true;
  if (error.code === 'http-4xx') return error.status === 408 || error.status === 429;
  return false;
}
