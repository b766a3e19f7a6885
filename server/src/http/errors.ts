import type { ApiErrorCode } from '../../../contract/api-errors';

/** A 4xx with a stable kebab-case code from the contract (the app maps it to plain words) and a plain English message. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly extra: { problem?: string; fields?: string[] } = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Field paths of a zod error (never the values: they may be personal data). */
export function fieldsOf(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> }>): string[] {
  return [...new Set(issues.map((issue) => issue.path.map(String).join('.') || '(body)'))];
}
