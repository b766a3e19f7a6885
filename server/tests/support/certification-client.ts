import { Upload } from 'tus-js-client';
import { uploadIdFromUrl, type CreateSessionResponse } from '../../../contract/certification-api';
import { metadataFor, tusHeaders } from './api-client';

/**
 * A whole certification the way the app's http backend sends one (session → tus photo → tus video →
 * submission), for the multi-server fault test and the server benchmark (api-client.ts has the
 * single requests the other tests use; this adds the app's retrying). Like the app, it retries
 * what a dying server or a proxy refused: tus resumes from the server's offset, and the submission is
 * resent with the same idempotency key, so a retry never files twice.
 */
export type Receipt = { submissionId: string; statusToken: string; shortCode: string };

export type FlowOptions = {
  photo: Buffer;
  video: Buffer;
  /** tus PATCH size (the app sends whole files; smaller chunks make a kill land mid-upload). */
  chunkSize?: number;
  /** Delays between retries; [] fails at the first error (a benchmark counts errors instead). */
  retryDelays?: number[];
  name?: string;
  idNumber?: string;
};

export const defaultRetryDelays = [100, 300, 600, 1000, 1000, 2000, 2000, 3000, 3000];
const retryableStatus = (status: number) => status === 502 || status === 503 || status === 504;

/** POSTs JSON; network errors and 502/503/504 are retried with the given delays. */
export async function postJson<T>(url: string, body: unknown, retryDelays: number[] = defaultRetryDelays): Promise<{ status: number; json: T; attempts: number }> {
  for (let attempt = 0; ; attempt += 1) {
    let failure: string;
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!retryableStatus(response.status)) return { status: response.status, json: (await response.json()) as T, attempts: attempt + 1 };
      failure = `HTTP ${response.status}`;
      await response.body?.cancel();
    } catch (error: unknown) {
      failure = String(error);
    }
    const delay = retryDelays[attempt];
    if (delay === undefined) throw new Error(`POST ${url} failed after ${attempt + 1} attempt(s): ${failure}`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** A tus upload with tus-js-client (Node build); `uploadUrl` resumes an upload begun earlier. */
export function tusUpload(
  baseUrl: string,
  bytes: Buffer,
  metadata: Record<string, string>,
  options: { chunkSize?: number; retryDelays?: number[]; uploadUrl?: string } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const upload = new Upload(bytes, {
      endpoint: `${baseUrl}/api/uploads/`,
      uploadUrl: options.uploadUrl ?? null,
      metadata,
      headers: tusHeaders({ nonce: metadata.nonce ?? '' }),
      chunkSize: options.chunkSize ?? Infinity,
      retryDelays: options.retryDelays ?? defaultRetryDelays,
      storeFingerprintForResuming: false,
      onError: reject,
      onSuccess: () => resolve(uploadIdFromUrl(upload.url ?? '')),
    });
    upload.start();
  });
}

export type SessionResponse = CreateSessionResponse;

export async function startSession(baseUrl: string, options: { name?: string; idNumber?: string; retryDelays?: number[] } = {}): Promise<SessionResponse> {
  const session = await postJson<SessionResponse>(`${baseUrl}/api/sessions`, { name: options.name ?? '王秀英', idNumber: options.idNumber ?? '11010519491231002X', phone: '13800138000' }, options.retryDelays);
  if (session.status !== 201) throw new Error(`session: ${session.status} ${JSON.stringify(session.json)}`);
  return session.json;
}

export async function submit(baseUrl: string, session: SessionResponse, photoUploadId: string, videoUploadId: string, options: FlowOptions): Promise<{ status: number; receipt: Receipt }> {
  const body = {
    sessionId: session.sessionId,
    nonce: session.nonce,
    photoUploadId,
    videoUploadId,
    idempotencyKey: `flow-${session.sessionId}`,
    metadata: metadataFor(session, {}, { photo: options.photo, video: options.video }, new Date(Date.now() - 3_000)),
  };
  const response = await postJson<Receipt>(`${baseUrl}/api/submissions`, body, options.retryDelays);
  if (response.status !== 201 && response.status !== 200) throw new Error(`submission: ${response.status} ${JSON.stringify(response.json)}`);
  return { status: response.status, receipt: response.json };
}

/** One whole certification; resolves with the receipt and the session it used. */
export async function certify(baseUrl: string, options: FlowOptions): Promise<{ receipt: Receipt; session: SessionResponse }> {
  const session = await startSession(baseUrl, options);
  const common = { sessionId: session.sessionId, nonce: session.nonce };
  const upload = { chunkSize: options.chunkSize, retryDelays: options.retryDelays };
  const photoUploadId = await tusUpload(baseUrl, options.photo, { ...common, part: 'photo', filetype: 'image/jpeg' }, upload);
  const videoUploadId = await tusUpload(baseUrl, options.video, { ...common, part: 'video', filetype: 'video/webm' }, upload);
  const { receipt } = await submit(baseUrl, session, photoUploadId, videoUploadId, options);
  return { receipt, session };
}
