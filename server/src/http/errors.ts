import type { ApiErrorCode } from '../../../contract/api-errors';

/**
 * A 4xx (or a 503) with a stable kebab-case code from the contract (the app maps it to plain words)
 * and a plain English message; `retryAfterSeconds` becomes a Retry-After header.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly extra: { problem?: string; fields?: string[] } = {},
    /** Sent as Retry-After (503s: the client should come back later, not give up). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Field paths of a zod error (never the values: they may be personal data). */
export function fieldsOf(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> }>): string[] {
  return [...new Set(issues.map((issue) => issue.path.map(String).join('.') || '(body)'))];
}
