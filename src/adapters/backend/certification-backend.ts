import type { EvidenceLimits, EvidenceRoute } from '../../../contract/certification-api';
import type { ChallengeKind, FrameRateTier } from '../../../contract/challenges';
import type { Evidence } from './evidence';

/**
 * What a deployment implements to connect the app to its agency's system. Two ship with the app:
 * "http" (the reference server's REST protocol) and "demo" (in the browser, says 演示 everywhere).
 * Every failure is a BackendError (./backend-error.ts) with a code the UI maps to plain words.
 */
export type PersonDetails = { name: string; idNumber: string; phone?: string };

export type CertificationSession = {
  sessionId: string;
  challenges: ChallengeKind[];
  nonce: string;
  expiresAt: string; // ISO 8601
  /** Recorded route: the 4 digits the person reads aloud on the recording (the reviewer listens for them). */
  spokenCode?: string;
  /** What the session was asked for (absent: 'standard' and 'live'). */
  tier?: FrameRateTier;
  route?: EvidenceRoute;
  /** The backend's limits on the evidence, where it says (absent: defaultEvidenceLimits). */
  evidenceLimits?: EvidenceLimits;
};

export type SubmissionState = 'received' | 'in-review' | 'approved' | 'rejected' | 'redo-requested';

export type SubmissionStatus =
  | { state: 'received' }
  | { state: 'in-review' }
  | { state: 'approved'; decidedAt: string; nextDueDate?: string }
  | { state: 'rejected'; reasonCode: string; reasonText?: string; decidedAt: string }
  | { state: 'redo-requested'; reasonCode: string; reasonText?: string; decidedAt: string };

export const finalStates: ReadonlySet<SubmissionState> = new Set(['approved', 'rejected', 'redo-requested']);

export function isFinalStatus(status: SubmissionStatus): boolean {
  return finalStates.has(status.state);
}

export type SubmissionReceipt = {
  submissionId: string;
  /** Random, ≥ 128 bits: alone it can read this one submission's status. */
  statusToken: string;
  /** Short code a kiosk prints, to look the status up on another phone (with the ID number's last 4). */
  shortCode?: string;
};

export type UploadProgress = { bytesSent: number; bytesTotal: number };

export type EvidencePart = 'photo' | 'video';

/**
 * Where each part's resumable upload lives on the server. Persisted in the outbox after every
 * change, so an upload cut off by a dropped network or a closed app resumes instead of restarting.
 */
export type ResumableUploadState = Partial<Record<EvidencePart, { uploadUrl: string; complete: boolean }>>;

export type StatusResult =
  | { notModified: false; status: SubmissionStatus; etag?: string; retryAfterMs?: number }
  | { notModified: true; retryAfterMs?: number };

export interface CertificationBackend {
  readonly kind: 'http' | 'demo' | (string & {});
  /**
   * `tier`: the frame-rate tier the device measured; the session's actions come from it (default 'standard').
   * `route`: 'recorded' when the person films with the phone's camera app (a spoken code comes back).
   */
  startSession(
    person: PersonDetails,
    options?: { tier?: FrameRateTier; route?: EvidenceRoute; signal?: AbortSignal },
  ): Promise<CertificationSession>;
  /**
   * Uploads the evidence and files the submission. The same idempotencyKey never creates a second
   * submission: a retry after a lost answer gets the first receipt back.
   */
  uploadEvidence(
    session: CertificationSession,
    evidence: Evidence,
    options: {
      idempotencyKey: string;
      uploadState?: ResumableUploadState;
      onUploadState?: (state: ResumableUploadState) => void | Promise<void>;
      onProgress?: (progress: UploadProgress) => void;
      signal?: AbortSignal;
    },
  ): Promise<SubmissionReceipt>;
  getStatus(receipt: Pick<SubmissionReceipt, 'statusToken'>, options?: { etag?: string; signal?: AbortSignal }): Promise<StatusResult>;
  withdraw(receipt: Pick<SubmissionReceipt, 'statusToken'>, signal?: AbortSignal): Promise<void>;
  /** A kiosk receipt's 查询码 plus the ID number's last 4 characters → a status token for this phone. */
  lookupStatusToken(shortCode: string, idNumberLast4: string, signal?: AbortSignal): Promise<string>;
}
