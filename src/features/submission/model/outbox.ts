import type {
  CertificationSession,
  ResumableUploadState,
  SubmissionReceipt,
  SubmissionStatus,
} from './certification-backend';

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

export function hasReceipt(entry: OutboxEntry): entry is OutboxEntry & { receipt: SubmissionReceipt } {
  return entry.receipt !== undefined;
}

/** Newest first: the person's latest submission is the one they look for. */
export function sortEntries(entries: readonly OutboxEntry[]): OutboxEntry[] {
  return [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** What the person should see about one entry, as a single code the UI maps to words. */
export type EntryDisplay =
  | 'saved-offline' // 已保存，联网后自动提交
  | 'uploading'
  | 'failed'
  | SubmissionStatus['state'];

export function entryDisplay(entry: OutboxEntry): EntryDisplay {
  if (entry.phase === 'failed') return 'failed';
  if (entry.phase === 'uploading') return 'uploading';
  if (entry.phase === 'waiting') return 'saved-offline';
  return entry.status?.state ?? 'received';
}
