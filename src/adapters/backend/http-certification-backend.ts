import * as tus from 'tus-js-client';
import { isApiErrorCode, type ApiErrorCode } from '../../../contract/api-errors';
import type { ZodMiniType } from 'zod/mini';
import {
  apiErrorSchema,
  createSessionResponseSchema,
  statusLookupResponseSchema,
  statusResponseSchema,
  submissionReceiptSchema,
  uploadIdFromUrl,
  uploadsPath,
  type CreateSessionRequest,
  type StatusResponse,
} from '../../../contract/certification-api';
import type { Evidence } from './evidence';
import { BackendError } from './backend-error';
import type {
  CertificationBackend,
  CertificationSession,
  EvidencePart,
  ResumableUploadState,
  SubmissionStatus,
  UploadProgress,
} from './certification-backend';
import { parseRetryAfterMs } from './retry-after';

export type HttpBackendOptions = {
  /** '' = the app's own origin (the usual deployment). */
  baseUrl: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** tus chunk size: each chunk the server confirms is never sent again, even after a dropped network. */
  chunkSizeBytes?: number;
  /** tus-js-client's own quick retries inside one attempt; the outbox retries later with backoff. */
  tusRetryDelaysMs?: number[];
  /** Replaces tus-js-client's file reader / HTTP stack (Node tests read Blobs through Buffers). */
  tusEnvironment?: Pick<tus.UploadOptions, 'fileReader' | 'httpStack'>;
};

async function readError(response: Response, now: number): Promise<BackendError> {
  const retryAfterMs = parseRetryAfterMs(response.headers.get('Retry-After'), now);
  if (response.status >= 500) {
    return new BackendError('http-5xx', `server error ${response.status}`, { status: response.status, retryAfterMs });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const parsed = apiErrorSchema.safeParse(body);
  return new BackendError('http-4xx', parsed.success ? parsed.data.message : `refused ${response.status}`, {
    status: response.status,
    serverCode: parsed.success && isApiErrorCode(parsed.data.code) ? parsed.data.code : undefined,
    problem: parsed.success ? parsed.data.problem : undefined,
    retryAfterMs,
  });
}

function toStatus(dto: StatusResponse): SubmissionStatus {
  const decidedAt = dto.decidedAt ?? new Date(0).toISOString();
  switch (dto.state) {
    case 'received':
    case 'in-review':
      return { state: dto.state };
    case 'approved':
      return dto.nextDueDate === undefined
        ? { state: 'approved', decidedAt }
        : { state: 'approved', decidedAt, nextDueDate: dto.nextDueDate };
    case 'rejected':
    case 'redo-requested': {
      const base = { state: dto.state, reasonCode: dto.reasonCode ?? 'other', decidedAt };
      return dto.reasonText === undefined ? base : { ...base, reasonText: dto.reasonText };
    }
  }
}

/** The reference server's REST protocol (api.md): JSON for sessions/submissions/status, tus for the files. */
export function createHttpCertificationBackend(options: HttpBackendOptions): CertificationBackend {
  const base = options.baseUrl.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const now = options.now ?? (() => Date.now());
  const chunkSize = options.chunkSizeBytes ?? 256 * 1024;

  async function request(path: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, { cache: 'no-store', credentials: 'same-origin', ...init });
    } catch (cause) {
      if (init.signal?.aborted) throw new BackendError('aborted', 'stopped', { cause });
      throw new BackendError('network', 'no answer from the server', { cause });
    }
    if (response.status >= 400) throw await readError(response, now());
    return response;
  }

  async function readJson<T>(response: Response, schema: ZodMiniType<T>): Promise<T> {
    let body: unknown;
    try {
      body = await response.json();
    } catch (cause) {
      throw new BackendError('invalid-response', 'the answer is not JSON', { cause, status: response.status });
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new BackendError('invalid-response', 'unexpected answer', { cause: parsed.error, status: response.status });
    }
    return parsed.data;
  }

  function uploadPart(
    session: CertificationSession,
    part: EvidencePart,
    file: Blob,
    resumeUrl: string | undefined,
    callbacks: { onUrl(url: string): void; onProgress(bytesSent: number): void; signal?: AbortSignal },
  ): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      let settled = false;
      const upload = new tus.Upload(file, {
        endpoint: `${base}${uploadsPath}`,
        uploadUrl: resumeUrl ?? null,
        uploadSize: file.size,
        chunkSize,
        retryDelays: options.tusRetryDelaysMs ?? [0, 1000, 3000],
        storeFingerprintForResuming: false,
        removeFingerprintOnSuccess: true,
        metadata: { sessionId: session.sessionId, nonce: session.nonce, part, filetype: file.type || 'application/octet-stream' },
        // An upload answers only to the session that created it: every request shows the session's nonce.
        headers: { Authorization: `Bearer ${session.nonce}` },
        ...options.tusEnvironment,
        onUploadUrlAvailable() {
          if (upload.url) callbacks.onUrl(upload.url);
        },
        onProgress(bytesSent) {
          callbacks.onProgress(bytesSent);
        },
        onSuccess() {
          settled = true;
          callbacks.signal?.removeEventListener('abort', onAbort);
          if (upload.url) resolve(upload.url);
          else reject(new BackendError('invalid-response', 'the server gave no upload address'));
        },
        onError(error) {
          settled = true;
          callbacks.signal?.removeEventListener('abort', onAbort);
          reject(tusError(error, now()));
        },
      });
      const onAbort = () => {
        if (settled) return;
        settled = true;
        void upload.abort(false);
        reject(new BackendError('aborted', 'stopped'));
      };
      if (callbacks.signal?.aborted) {
        onAbort();
        return;
      }
      callbacks.signal?.addEventListener('abort', onAbort);
      upload.start();
    });
  }

  return {
    kind: 'http',

    async startSession(person, { tier, route, signal } = {}) {
      const body: CreateSessionRequest = { name: person.name, idNumber: person.idNumber };
      if (person.phone) body.phone = person.phone;
      if (tier) body.tier = tier;
      if (route) body.route = route;
      const response = await request('/api/sessions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal,
      });
      const dto = await readJson(response, createSessionResponseSchema);
      return {
        sessionId: dto.sessionId,
        challenges: dto.challenges,
        nonce: dto.nonce,
        expiresAt: dto.expiresAt,
        ...(dto.spokenCode ? { spokenCode: dto.spokenCode } : {}),
        ...(dto.evidenceLimits ? { evidenceLimits: dto.evidenceLimits } : {}),
        ...(tier ? { tier } : {}),
        ...(route ? { route } : {}),
      };
    },

    async uploadEvidence(session, evidence: Evidence, { idempotencyKey, uploadState, onUploadState, onProgress, signal }) {
      let state: ResumableUploadState = { ...uploadState };
      const bytesTotal = evidence.photo.size + evidence.video.size;
      const report = (progress: UploadProgress) => onProgress?.(progress);
      const parts: [EvidencePart, Blob][] = [
        ['photo', evidence.photo],
        ['video', evidence.video],
      ];
      let doneBytes = 0;
      const urls: Partial<Record<EvidencePart, string>> = {};
      for (const [part, file] of parts) {
        const known = state[part];
        if (known?.complete) {
          urls[part] = known.uploadUrl;
          doneBytes += file.size;
          continue;
        }
        const url = await uploadPart(session, part, file, known?.uploadUrl, {
          signal,
          onUrl: (uploadUrl) => {
            state = { ...state, [part]: { uploadUrl, complete: false } };
            void onUploadState?.(state);
          },
          onProgress: (bytesSent) => report({ bytesSent: doneBytes + bytesSent, bytesTotal }),
        });
        urls[part] = url;
        doneBytes += file.size;
        state = { ...state, [part]: { uploadUrl: url, complete: true } };
        await onUploadState?.(state);
      }
      report({ bytesSent: bytesTotal, bytesTotal });

      const response = await request('/api/submissions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          sessionId: session.sessionId,
          nonce: session.nonce,
          photoUploadId: uploadIdFromUrl(urls.photo ?? ''),
          videoUploadId: uploadIdFromUrl(urls.video ?? ''),
          metadata: evidence.metadata,
          idempotencyKey,
        }),
        signal,
      });
      return readJson(response, submissionReceiptSchema);
    },

    async getStatus(receipt, statusOptions = {}) {
      const headers: Record<string, string> = { Authorization: `Bearer ${receipt.statusToken}` };
      if (statusOptions.etag) headers['If-None-Match'] = statusOptions.etag;
      const response = await request('/api/status', { method: 'GET', headers, signal: statusOptions.signal });
      const retryAfterMs = parseRetryAfterMs(response.headers.get('Retry-After'), now());
      if (response.status === 304) return { notModified: true, retryAfterMs };
      const dto = await readJson(response, statusResponseSchema);
      return { notModified: false, status: toStatus(dto), etag: response.headers.get('ETag') ?? undefined, retryAfterMs };
    },

    async withdraw(receipt, signal) {
      await request('/api/submission', {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${receipt.statusToken}` },
        signal,
      });
    },

    async lookupStatusToken(shortCode, idNumberLast4, signal) {
      const response = await request('/api/status/lookup', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ shortCode, idNumberLast4 }),
        signal,
      });
      return (await readJson(response, statusLookupResponseSchema)).statusToken;
    },
  };
}

function tusError(error: Error, now: number): BackendError {
  const detailed = error instanceof tus.DetailedError ? error : undefined;
  const response = detailed?.originalResponse ?? null;
  if (!response) return new BackendError('network', error.message, { cause: error });
  const status = response.getStatus();
  const retryAfterMs = parseRetryAfterMs(response.getHeader('Retry-After'), now);
  if (status >= 500) return new BackendError('http-5xx', `upload failed ${status}`, { status, retryAfterMs, cause: error });
  let serverCode: ApiErrorCode | undefined;
  try {
    const parsed = apiErrorSchema.safeParse(JSON.parse(response.getBody()));
    serverCode = parsed.success && isApiErrorCode(parsed.data.code) ? parsed.data.code : undefined;
  } catch {
    serverCode = undefined;
  }
  return new BackendError('http-4xx', `upload refused ${status}`, { status, serverCode, retryAfterMs, cause: error });
}
