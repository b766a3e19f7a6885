import type { ApiErrorCode } from '../../../contract/api-errors';

/** Codes the console's own API client makes up (review/src/api) when there is no server answer to read. */
type ClientErrorCode = 'network' | 'server-error' | 'invalid-response';

/** Error codes the console has words for: its client's own, and the server's (contract/api-errors.ts). */
const knownCodes = [
  'network',
  'server-error',
  'invalid-response',
  'invalid-credentials',
  'not-signed-in',
  'csrf-check-failed',
  'submission-not-found',
  'evidence-not-found',
  'reason-required',
  'unknown-reason',
  'already-decided',
  'rate-limited',
  'invalid-request',
] as const satisfies readonly (ApiErrorCode | ClientErrorCode)[];
export type KnownErrorCode = (typeof knownCodes)[number];

/** The i18n key (in the `review` namespace) that explains an error code in plain words. */
export function errorMessageKey(code: string | undefined): `errors.${KnownErrorCode}` | 'errors.generic' {
  const known = (knownCodes as readonly string[]).includes(code ?? '') ? (code as KnownErrorCode) : null;
  return known ? `errors.${known}` : 'errors.generic';
}

export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}
