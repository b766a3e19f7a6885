import type { ChallengeKindDto, EvidenceRoute, SubmissionState, UploadPart } from '../../../contract/certification-api';
import type { FrameRateTier } from '../../../contract/challenges';
import type { AuditEntry, PrecheckResult } from '../../../contract/review-api';

/**
 * Everything the server keeps about people and their submissions, behind one small interface so a
 * deployment can put PostgreSQL behind it. SQLite (sqlite-submissions-repository.ts) is the embedded default.
 * All times are ISO 8601 UTC strings.
 */
export type SessionRecord = {
  id: string;
  name: string;
  idNumber: string;
  phone: string | null;
  challenges: ChallengeKindDto[];
  nonce: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  /** The frame-rate tier the app measured; the actions are that tier's. */
  tier: FrameRateTier;
  /** 'recorded': filmed with the phone's camera app; never approved automatically. */
  route: EvidenceRoute;
  /** Recorded route: the 4 digits to be heard on the video. */
  spokenCode: string | null;
};

export type UploadRecord = {
  id: string;
  sessionId: string;
  part: UploadPart;
  declaredBytes: number;
  filetype: string;
  createdAt: string;
};

export type StoredState = SubmissionState | 'withdrawn';

export type SubmissionRecord = {
  id: string;
  sessionId: string;
  idempotencyKeyHash: string;
  sealedStatusToken: string;
  shortCode: string;
  name: string;
  idNumber: string;
  phone: string | null;
  challenges: ChallengeKindDto[];
  /** The EvidenceMetadata JSON as sent. */
  metadata: string;
  photoKey: string;
  photoBytes: number;
  photoMime: string;
  videoKey: string;
  videoBytes: number;
  videoMime: string;
  videoDurationMs: number | null;
  precheckResults: PrecheckResult[];
  precheckAllPassed: boolean;
  state: StoredState;
  receivedAt: string;
  updatedAt: string;
  decision: 'approve' | 'reject' | 'redo' | null;
  reasonCode: string | null;
  reasonText: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  nextDueDate: string | null;
  evidenceDeletedAt: string | null;
  withdrawnAt: string | null;
  /** From the session (see SessionRecord): kept with the submission for the reviewer. */
  tier: FrameRateTier;
  route: EvidenceRoute;
  spokenCode: string | null;
};

export type DecisionUpdate = {
  id: string;
  state: 'approved' | 'rejected' | 'redo-requested';
  decision: 'approve' | 'reject' | 'redo';
  reasonCode: string | null;
  reasonText: string | null;
  decidedAt: string;
  decidedBy: string;
  nextDueDate: string | null;
};

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

export type CreateSubmissionOutcome = 'created' | 'session-already-used' | 'duplicate-idempotency-key' | 'duplicate-short-code';

export interface SubmissionsRepository {
  createSession(session: SessionRecord): Promise<void>;
  findSession(id: string): Promise<SessionRecord | null>;

  createUpload(upload: UploadRecord): Promise<void>;
  findUpload(id: string): Promise<UploadRecord | null>;
  countUploadsOfSession(sessionId: string, part: UploadPart): Promise<number>;
  deleteUploadsOfSession(sessionId: string): Promise<string[]>;

  /** Atomically consumes the session's nonce, stores the submission and its first status token hash. */
  createSubmission(submission: SubmissionRecord, statusTokenHash: string, audit: NewAuditEntry | null): Promise<CreateSubmissionOutcome>;
  findSubmission(id: string): Promise<SubmissionRecord | null>;
  findSubmissionByIdempotencyKeyHash(hash: string): Promise<SubmissionRecord | null>;
  findSubmissionByStatusTokenHash(hash: string): Promise<SubmissionRecord | null>;
  findSubmissionByShortCode(shortCode: string): Promise<SubmissionRecord | null>;
  addStatusToken(submissionId: string, tokenHash: string, createdAt: string): Promise<void>;
  listSubmissions(states: StoredState[], limit: number): Promise<SubmissionRecord[]>;
  /** received → in-review; false when it was not 'received'. */
  markInReview(id: string, at: string): Promise<boolean>;
  /** Only from received/in-review; false when someone decided first. Writes the audit row in the same transaction. */
  decide(update: DecisionUpdate, audit: NewAuditEntry): Promise<boolean>;
  /** Scrubs personal data, deletes every status token, marks withdrawn. */
  withdraw(id: string, at: string, audit: NewAuditEntry): Promise<void>;
  markEvidenceDeleted(id: string, at: string): Promise<void>;
  /** Blanks name, ID number, phone and metadata of submissions decided before `decidedBefore`; returns how many. */
  scrubPersonalData(decidedBefore: string): Promise<number>;
  /** Decided before `decidedBefore`, evidence still present. */
  listEvidenceDueForDeletion(decidedBefore: string, limit: number): Promise<SubmissionRecord[]>;
  /** Deletes sessions (used or not: a submission keeps its own copy) that expired before `expiredBefore`; returns their staged upload ids. */
  deleteStaleSessions(expiredBefore: string): Promise<{ sessions: number; uploadIds: string[] }>;

  appendAudit(entry: NewAuditEntry): Promise<void>;
  listAudit(limit: number, submissionId?: string): Promise<AuditEntry[]>;
}

export type ReviewerRecord = { username: string; passwordHash: string; createdAt: string };

export interface ReviewAccountsRepository {
  upsertReviewer(reviewer: ReviewerRecord): Promise<void>;
  findReviewer(username: string): Promise<ReviewerRecord | null>;
  createReviewSession(tokenHash: string, username: string, createdAt: string, expiresAt: string): Promise<void>;
  /** The signed-in username, or null for an unknown or expired session. */
  findReviewSession(tokenHash: string, now: string): Promise<string | null>;
  deleteReviewSession(tokenHash: string): Promise<void>;
  /** Forgets signed-in sessions that have expired; returns how many. */
  deleteExpiredReviewSessions(now: string): Promise<number>;
}
