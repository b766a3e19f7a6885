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

/** 'owner': the token the submitting device received (may withdraw); 'read': from a short-code look-up (status only). */
export type StatusTokenScope = 'owner' | 'read';

export type LookupAttempt = { outcome: 'counted'; submission: SubmissionRecord } | { outcome: 'locked' } | { outcome: 'unknown' };

export type UploadQuota = { uploadsPerPart: number; sessionBytes: number; totalBytes: number };

export type CreateUploadOutcome = 'created' | 'too-many-uploads' | 'session-quota' | 'staging-full';

export type WithdrawOutcome = 'withdrawn' | 'already-decided' | 'not-found';

export type CreateSubmissionOutcome = 'created' | 'session-already-used' | 'duplicate-idempotency-key' | 'duplicate-short-code';

export interface SubmissionsRepository {
  createSession(session: SessionRecord): Promise<void>;
  findSession(id: string): Promise<SessionRecord | null>;

  /**
   * Records a new upload unless it would break a quota, decided atomically (two uploads racing for the
   * last bytes cannot both get them): the session's uploads of this part, the declared bytes of all its
   * uploads, and the declared bytes of every upload staged now.
   */
  createUploadWithinQuota(upload: UploadRecord, limits: UploadQuota): Promise<CreateUploadOutcome>;
  findUpload(id: string): Promise<UploadRecord | null>;
  deleteUploadsOfSession(sessionId: string): Promise<string[]>;

  /** Atomically consumes the session's nonce, stores the submission and its first status token hash (scope 'owner'). */
  createSubmission(submission: SubmissionRecord, statusTokenHash: string, audit: NewAuditEntry | null): Promise<CreateSubmissionOutcome>;
  findSubmission(id: string): Promise<SubmissionRecord | null>;
  findSubmissionByIdempotencyKeyHash(hash: string): Promise<SubmissionRecord | null>;
  /** The submission a status token (by its hash) belongs to, and what the token may do. */
  findStatusToken(hash: string): Promise<{ submission: SubmissionRecord; scope: StatusTokenScope } | null>;
  addStatusToken(submissionId: string, tokenHash: string, createdAt: string, scope: StatusTokenScope): Promise<void>;
  /**
   * Counts a look-up attempt on a short code as wrong before the answer is compared, in one
   * conditional update (so racing servers can never compare more than `maxWrongTries` wrong answers):
   * 'locked' once the count has reached it, 'unknown' for no such code (or a withdrawn submission).
   */
  beginLookupAttempt(shortCode: string, maxWrongTries: number): Promise<LookupAttempt>;
  /** The attempt counted by beginLookupAttempt was right after all: its count is given back. */
  forgiveLookupAttempt(submissionId: string): Promise<void>;
  listSubmissions(states: StoredState[], limit: number): Promise<SubmissionRecord[]>;
  /** received → in-review; false when it was not 'received'. */
  markInReview(id: string, at: string): Promise<boolean>;
  /** Only from received/in-review; false when someone decided first. Writes the audit row in the same transaction. */
  decide(update: DecisionUpdate, audit: NewAuditEntry): Promise<boolean>;
  /**
   * Only while no decision exists (received/in-review), conditionally, so a decision racing it wins
   * or loses cleanly: marks withdrawn, blanks the person's details (and the session's), deletes every
   * status token, writes the audit row. The caller then deletes the evidence and marks it deleted.
   */
  withdraw(id: string, at: string, audit: NewAuditEntry): Promise<WithdrawOutcome>;
  markEvidenceDeleted(id: string, at: string): Promise<void>;
  /**
   * Blanks name, ID number, phone, metadata and the reviewer's free-text reason (in the submission and
   * in its audit rows; the reason code stays) of submissions decided before `decidedBefore`; returns how many.
   */
  scrubPersonalData(decidedBefore: string): Promise<number>;
  /** Withdrawn, or decided before `decidedBefore`, evidence still present. */
  listEvidenceDueForDeletion(decidedBefore: string, limit: number): Promise<SubmissionRecord[]>;
  /**
   * Sessions whose uploads can no longer be finished (expired before `expiredBefore`): forgets their
   * uploads (returning the ids, whose files the caller deletes) and blanks the person's details.
   */
  abandonExpiredSessions(expiredBefore: string): Promise<{ uploadIds: string[]; sessionsBlanked: number }>;
  /** Deletes sessions (used or not: a submission keeps its own copy) that expired before `expiredBefore`; returns their staged upload ids. */
  deleteStaleSessions(expiredBefore: string): Promise<{ sessions: number; uploadIds: string[] }>;

  appendAudit(entry: NewAuditEntry): Promise<void>;
  listAudit(limit: number, submissionId?: string): Promise<AuditEntry[]>;
}

export type ReviewerRecord = { username: string; passwordHash: string; createdAt: string };

export interface ReviewAccountsRepository {
  /** Adds a reviewer or sets a new password; either way every signed-in session of that reviewer ends. */
  upsertReviewer(reviewer: ReviewerRecord): Promise<void>;
  findReviewer(username: string): Promise<ReviewerRecord | null>;
  createReviewSession(tokenHash: string, username: string, createdAt: string, expiresAt: string): Promise<void>;
  /** The signed-in username, or null for an unknown or expired session. */
  findReviewSession(tokenHash: string, now: string): Promise<string | null>;
  deleteReviewSession(tokenHash: string): Promise<void>;
  /** Forgets signed-in sessions that have expired; returns how many. */
  deleteExpiredReviewSessions(now: string): Promise<number>;
}
