import { fieldsOf, HttpError } from './errors';

type SafeParser<T> = {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> }> } };
};

/** Validates a request body against its contract schema; a 400 names the wrong fields (never their values). */
export function parseBody<T>(schema: SafeParser<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) {
    const fields = fieldsOf(result.error.issues);
    throw new HttpError(400, 'invalid-request', `Invalid or missing fields: ${fields.join(', ')}.`, { fields });
  }
  return result.data;
}
