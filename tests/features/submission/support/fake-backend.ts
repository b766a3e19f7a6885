import { BackendError } from '../../../../src/adapters/backend/backend-error';
import type {
  CertificationBackend,
  ResumableUploadState,
  StatusResult,
  SubmissionReceipt,
  SubmissionStatus,
} from '../../../../src/adapters/backend/certification-backend';

type StatusAnswer = StatusResult | BackendError;

/**
 * An in-memory backend with the server's observable rules: one submission per idempotency key,
 * ETags, scripted failures. Records every call so tests can assert what was asked.
 */
export function createFakeBackend(kind = 'http') {
  const submissions = new Map<string, SubmissionReceipt>();
  const statusCalls: { token: string; etag?: string }[] = [];
  const uploadCalls: { idempotencyKey: string; uploadState?: ResumableUploadState }[] = [];
  const uploadFailures: BackendError[] = [];
  const statusAnswers: StatusAnswer[] = [];
  let currentStatus: SubmissionStatus = { state: 'received' };
  let uploadGate: Promise<void> | undefined;
  const withdrawn: string[] = [];

  const backend: CertificationBackend = {
    kind,
    async startSession() {
      return { sessionId: 'session-1', challenges: ['blink'], nonce: 'nonce-1', expiresAt: new Date(Date.now() + 15 * 60_000).toISOString() };
    },
    async uploadEvidence(_session, _evidence, options) {
      uploadCalls.push({ idempotencyKey: options.idempotencyKey, uploadState: options.uploadState });
      await options.onUploadState?.({ ...options.uploadState, photo: { uploadUrl: '/api/uploads/p1', complete: true } });
      options.onProgress?.({ bytesSent: 10, bytesTotal: 20 });
      if (uploadGate) await uploadGate;
      if (options.signal?.aborted) throw new BackendError('aborted', 'stopped');
      const failure = uploadFailures.shift();
      if (failure) throw failure;
      const existing = submissions.get(options.idempotencyKey);
      if (existing) return existing;
      const receipt = { submissionId: `sub-${submissions.size + 1}`, statusToken: `token-${submissions.size + 1}`, shortCode: '4821093755126604' };
      submissions.set(options.idempotencyKey, receipt);
      return receipt;
    },
    async getStatus(receipt, options = {}) {
      statusCalls.push({ token: receipt.statusToken, etag: options.etag });
      const scripted = statusAnswers.shift();
      if (scripted instanceof BackendError) throw scripted;
      if (scripted) return scripted;
      const etag = `"${currentStatus.state}"`;
      if (options.etag === etag) return { notModified: true };
      return { notModified: false, status: currentStatus, etag };
    },
    async withdraw(receipt) {
      withdrawn.push(receipt.statusToken);
    },
    async lookupStatusToken(shortCode, idNumberLast4) {
      if (shortCode === '0000000000000000') throw new BackendError('http-4xx', 'locked', { status: 423, serverCode: 'short-code-locked' });
      const found = [...submissions.values()].find((r) => r.shortCode === shortCode);
      if (!found || idNumberLast4.toUpperCase() !== '002X') {
        throw new BackendError('http-4xx', 'no', { status: 404, serverCode: 'invalid-short-code' });
      }
      return found.statusToken;
    },
  };

  return {
    backend,
    submissions,
    statusCalls,
    uploadCalls,
    withdrawn,
    failNextUpload: (error: BackendError) => uploadFailures.push(error),
    scriptStatus: (...answers: StatusAnswer[]) => statusAnswers.push(...answers),
    setStatus: (status: SubmissionStatus) => {
      currentStatus = status;
    },
    /** Holds uploads until the returned function is called. */
    holdUploads() {
      let release = () => {};
      uploadGate = new Promise<void>((resolve) => {
        release = () => {
          uploadGate = undefined;
          resolve();
        };
      });
      return () => release();
    },
  };
}
