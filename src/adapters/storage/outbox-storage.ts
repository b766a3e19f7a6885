import type { Evidence } from '../backend/evidence';
import type { CertificationSession, ResumableUploadState, SubmissionReceipt, SubmissionStatus } from '../backend/certification-backend';

/**
 * One submission on this device, from "the person pressed 提交" to its final review result.
 * The face photo and video are stored beside it (OutboxStorage.getEvidence) only until the server
 * confirms receipt; what stays afterwards is the receipt needed to follow the status.
 *
 * phase:
 * - waiting: saved here, not yet received by the server (offline, failing, or not tried yet)
 * - uploading: being sent now
 * - submitted: the server has it (receipt); evidence deleted here
 * - failed: the server refused it for good (e.g. the session expired): the check must be done again
 */
export type OutboxPhase = 'waiting' | 'uploading' | 'submitted' | 'failed';

export type OutboxEntry = {
  /** Also the idempotency key: one entry can never become two submissions. */
  id: string;
  createdAt: string; // ISO 8601
  /** Whose check it is, for the list of this device's submissions. Never the whole ID number. */
  personName: string;
  idNumberMasked: string;
  backendKind: string;
  session: CertificationSession;
  phase: OutboxPhase;
  upload: ResumableUploadState;
  attempts: number;
  /** When the next automatic try is due (ms since epoch), after a failure. */
  nextAttemptAtMs?: number;
  lastErrorCode?: string;
  receipt?: SubmissionReceipt;
  receivedAt?: string;
  status?: SubmissionStatus;
  statusEtag?: string;
  statusCheckedAt?: string;
};

/** Where submissions wait on this device. Evidence (face data) is kept apart and removed early. */
export interface OutboxStorage {
  /** Saves a new entry and its evidence together: either both are stored or neither. */
  add(entry: OutboxEntry, evidence: Evidence): Promise<void>;
  /**
   * Replaces an entry's record (never its evidence) if it is still stored; an entry removed
   * meanwhile stays removed (a late status check must not bring a forgotten person back).
   * Resolves whether it was stored.
   */
  update(entry: OutboxEntry): Promise<boolean>;
  get(id: string): Promise<OutboxEntry | undefined>;
  list(): Promise<OutboxEntry[]>;
  getEvidence(id: string): Promise<Evidence | undefined>;
  /** The server has it: store the receipt and delete the face data in one step. */
  markReceived(id: string, receipt: SubmissionReceipt, receivedAt: string): Promise<OutboxEntry | undefined>;
  /** Deletes the face data only (a refused submission keeps its record so the person learns why). */
  deleteEvidence(id: string): Promise<void>;
  /** Deletes the entry and its evidence. */
  remove(id: string): Promise<void>;
  /** Deletes everything (kiosk 下一位, or the person clearing this device). */
  clear(): Promise<void>;
}
