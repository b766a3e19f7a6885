/** Error codes the console has words for (review/src/api codes + the server's review codes). */
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
] as const;
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
