import * as z from 'zod/mini';
import { apiErrorSchema, type SubmissionState } from '../../../contract/certification-api';
import {
  auditResponseSchema,
  decisionResponseSchema,
  queueResponseSchema,
  reasonsResponseSchema,
  reviewCsrfHeader,
  reviewCsrfValue,
  reviewerSchema,
  submissionDetailsSchema,
  type DecisionRequest,
} from '../../../contract/review-api';
import { ReviewApiError, type ReviewApi } from './review-api';

type RequestOptions = { method?: 'GET' | 'POST'; body?: unknown; signal?: AbortSignal | undefined };

/** The review API over fetch, same origin, with the session cookie and the CSRF header on every call. */
export function createFetchReviewApi(fetchImpl: typeof fetch = (...args) => fetch(...args), baseUrl = ''): ReviewApi {
  async function send(path: string, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json', [reviewCsrfHeader]: reviewCsrfValue };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method: options.method ?? 'GET',
        headers,
        credentials: 'same-origin',
        cache: 'no-store',
        body: options.body === undefined ? null : JSON.stringify(options.body),
        signal: options.signal ?? null,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ReviewApiError('network', error instanceof Error ? error.message : String(error), null);
    }
    if (response.ok) return response;
    if (response.status >= 500) throw new ReviewApiError('server-error', `HTTP ${response.status}`, response.status);
    const body: unknown = await response.json().catch(() => null);
    const parsed = apiErrorSchema.safeParse(body);
    if (parsed.success) throw new ReviewApiError(parsed.data.code, parsed.data.message, response.status);
    throw new ReviewApiError(response.status === 401 ? 'not-signed-in' : 'invalid-response', `HTTP ${response.status}`, response.status);
  }

  async function readJson<T>(schema: z.ZodMiniType<T>, response: Response): Promise<T> {
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ReviewApiError('invalid-response', z.prettifyError(parsed.error), response.status);
    return parsed.data;
  }

  const encode = encodeURIComponent;

  return {
    async me(signal) {
      try {
        return await readJson(reviewerSchema, await send('/api/review/me', { signal }));
      } catch (error) {
        if (error instanceof ReviewApiError && error.status === 401) return null;
        throw error;
      }
    },
    async login(username, password) {
      return readJson(reviewerSchema, await send('/api/review/login', { method: 'POST', body: { username, password } }));
    },
    async logout() {
      await send('/api/review/logout', { method: 'POST', body: {} });
    },
    async queue(states: readonly SubmissionState[], signal) {
      const query = states.length > 0 ? `?state=${encode(states.join(','))}` : '';
      return (await readJson(queueResponseSchema, await send(`/api/review/queue${query}`, { signal }))).items;
    },
    async submission(id, signal) {
      return readJson(submissionDetailsSchema, await send(`/api/review/submissions/${encode(id)}`, { signal }));
    },
    async reasons(signal) {
      return (await readJson(reasonsResponseSchema, await send('/api/review/reasons', { signal }))).reasons;
    },
    async decide(id, request: DecisionRequest) {
      return readJson(
        decisionResponseSchema,
        await send(`/api/review/submissions/${encode(id)}/decision`, { method: 'POST', body: request }),
      );
    },
    async audit(signal) {
      return (await readJson(auditResponseSchema, await send('/api/review/audit', { signal }))).entries;
    },
    photoUrl: (id) => `${baseUrl}/api/review/submissions/${encode(id)}/photo`,
    videoUrl: (id) => `${baseUrl}/api/review/submissions/${encode(id)}/video`,
  };
}
