import type { ChallengeKind } from '../../liveness/model/challenge';
import type { Evidence } from '../../liveness/model/evidence';

/**
 * What a deployment implements to connect the app to its agency's system. Two ship with the app:
 * "http" (the reference server's REST protocol) and "demo" (in the browser, says 演示 everywhere).
 */
export type PersonDetails = { name: string; idNumber: string; phone?: string };

export type CertificationSession = {
  sessionId: string;
  challenges: ChallengeKind[];
  nonce: string;
  expiresAt: string; // ISO 8601
};

export type SubmissionStatus =
  | { state: 'received' }
  | { state: 'in-review' }
  | { state: 'approved'; decidedAt: string }
  | { state: 'rejected'; reasonCode: string; reasonText?: string; decidedAt: string }
  | { state: 'redo-requested'; reasonCode: string; reasonText?: string; decidedAt: string };

export type SubmissionReceipt = {
  submissionId: string;
  /** Random, ≥ 128 bits: alone it can read this one submission's status. */
  statusToken: string;
};

export type UploadProgress = { bytesSent: number; bytesTotal: number };

export interface CertificationBackend {
  readonly kind: 'http' | 'demo' | (string & {});
  startSession(person: PersonDetails, signal?: AbortSignal): Promise<CertificationSession>;
  uploadEvidence(
    session: CertificationSession,
    evidence: Evidence,
    options: { idempotencyKey: string; onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal },
  ): Promise<SubmissionReceipt>;
  getStatus(
    receipt: SubmissionReceipt,
    options?: { etag?: string; signal?: AbortSignal },
  ): Promise<{ status: SubmissionStatus; etag?: string; retryAfterMs?: number } | { notModified: true; retryAfterMs?: number }>;
  withdraw(receipt: SubmissionReceipt, signal?: AbortSignal): Promise<void>;
}
