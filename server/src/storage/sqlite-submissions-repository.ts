import type Database from 'better-sqlite3';
import type { ChallengeKindDto, UploadPart } from '../../../contract/certification-api';
import type { AuditEntry, PrecheckResult } from '../../../contract/review-api';
import type {
  CreateSubmissionOutcome,
  CreateUploadOutcome,
  DecisionUpdate,
  LookupAttempt,
  NewAuditEntry,
  ReviewAccountsRepository,
  ReviewerRecord,
  SessionRecord,
  StatusTokenScope,
  StoredState,
  SubmissionRecord,
  SubmissionsRepository,
  UploadQuota,
  UploadRecord,
  WithdrawOutcome,
} from './submissions-repository';

type SessionRow = {
  id: string;
  name: string;
  id_number: string;
  phone: string | null;
  challenges: string;
  nonce: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  tier: string;
  route: string;
  spoken_code: string | null;
};

type UploadRow = { id: string; session_id: string; part: string; declared_bytes: number; filetype: string; created_at: string };

type SubmissionRow = {
  id: string;
  session_id: string;
  idempotency_key_hash: string;
  sealed_status_token: string;
  short_code: string;
  name: string;
  id_number: string;
  phone: string | null;
  challenges: string;
  metadata: string;
  photo_key: string;
  photo_bytes: number;
  photo_mime: string;
  video_key: string;
  video_bytes: number;
  video_mime: string;
  video_duration_ms: number | null;
  precheck_results: string;
  precheck_all_passed: number;
  state: string;
  received_at: string;
  updated_at: string;
  decision: string | null;
  reason_code: string | null;
  reason_text: string | null;
  decided_at: string | null;
  decided_by: string | null;
  next_due_date: string | null;
  evidence_deleted_at: string | null;
  withdrawn_at: string | null;
  tier: string;
  route: string;
  spoken_code: string | null;
};

type AuditRow = { id: number; at: string; actor: string; action: string; submission_id: string | null; detail: string };

function toSession(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    name: row.name,
    idNumber: row.id_number,
    phone: row.phone,
    challenges: JSON.parse(row.challenges) as ChallengeKindDto[],
    nonce: row.nonce,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    tier: row.tier === 'slow' ? 'slow' : 'standard',
    route: row.route === 'recorded' ? 'recorded' : 'live',
    spokenCode: row.spoken_code,
  };
}

function toUpload(row: UploadRow): UploadRecord {
  return {
    id: row.id,
    sessionId: row.session_id,
    part: row.part as UploadPart,
    declaredBytes: row.declared_bytes,
    filetype: row.filetype,
    createdAt: row.created_at,
  };
}

function toSubmission(row: SubmissionRow): SubmissionRecord {
  return {
    id: row.id,
    sessionId: row.session_id,
    idempotencyKeyHash: row.idempotency_key_hash,
    sealedStatusToken: row.sealed_status_token,
    shortCode: row.short_code,
    name: row.name,
    idNumber: row.id_number,
    phone: row.phone,
    challenges: JSON.parse(row.challenges) as ChallengeKindDto[],
    metadata: row.metadata,
    photoKey: row.photo_key,
    photoBytes: row.photo_bytes,
    photoMime: row.photo_mime,
    videoKey: row.video_key,
    videoBytes: row.video_bytes,
    videoMime: row.video_mime,
    videoDurationMs: row.video_duration_ms,
    precheckResults: JSON.parse(row.precheck_results) as PrecheckResult[],
    precheckAllPassed: row.precheck_all_passed === 1,
    state: row.state as StoredState,
    receivedAt: row.received_at,
    updatedAt: row.updated_at,
    decision: row.decision as SubmissionRecord['decision'],
    reasonCode: row.reason_code,
    reasonText: row.reason_text,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    nextDueDate: row.next_due_date,
    evidenceDeletedAt: row.evidence_deleted_at,
    withdrawnAt: row.withdrawn_at,
    tier: row.tier === 'slow' ? 'slow' : 'standard',
    route: row.route === 'recorded' ? 'recorded' : 'live',
    spokenCode: row.spoken_code,
  };
}

function toAudit(row: AuditRow): AuditEntry {
  return { id: row.id, at: row.at, actor: row.actor, action: row.action, submissionId: row.submission_id, detail: row.detail };
}

/** The embedded default: SQL lives only here, every statement prepared once. */
export class SqliteSubmissionsRepository implements SubmissionsRepository, ReviewAccountsRepository {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      insertSession: db.prepare(
        `INSERT INTO sessions (id, name, id_number, phone, challenges, nonce, created_at, expires_at, used_at, tier, route, spoken_code)
         VALUES (@id, @name, @id_number, @phone, @challenges, @nonce, @created_at, @expires_at, NULL, @tier, @route, @spoken_code)`,
      ),
      findSession: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?'),
      // The submission takes its own copy of the person's details; the session keeps none.
      useSession: db.prepare(`UPDATE sessions SET used_at = ?, name = '', id_number = '', phone = NULL WHERE id = ? AND used_at IS NULL`),
      insertUpload: db.prepare(
        `INSERT INTO uploads (id, session_id, part, declared_bytes, filetype, created_at)
         VALUES (@id, @session_id, @part, @declared_bytes, @filetype, @created_at)`,
      ),
      findUpload: db.prepare<[string], UploadRow>('SELECT * FROM uploads WHERE id = ?'),
      countUploads: db.prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM uploads WHERE session_id = ? AND part = ?'),
      sessionStagedBytes: db.prepare<[string], { bytes: number | null }>('SELECT SUM(declared_bytes) AS bytes FROM uploads WHERE session_id = ?'),
      stagedBytes: db.prepare<[], { bytes: number | null }>('SELECT SUM(declared_bytes) AS bytes FROM uploads'),
      abandonedUploads: db.prepare<[string], { id: string }>(
        `SELECT u.id FROM uploads u JOIN sessions s ON s.id = u.session_id WHERE s.expires_at < ?`,
      ),
      deleteAbandonedUploads: db.prepare('DELETE FROM uploads WHERE session_id IN (SELECT id FROM sessions WHERE expires_at < ?)'),
      blankExpiredSessions: db.prepare(
        `UPDATE sessions SET name = '', id_number = '', phone = NULL WHERE expires_at < ? AND (name != '' OR id_number != '' OR phone IS NOT NULL)`,
      ),
      uploadIdsOfSession: db.prepare<[string], { id: string }>('SELECT id FROM uploads WHERE session_id = ?'),
      deleteUploadsOfSession: db.prepare('DELETE FROM uploads WHERE session_id = ?'),
      insertSubmission: db.prepare(
        `INSERT INTO submissions (id, session_id, idempotency_key_hash, sealed_status_token, short_code, name, id_number,
           phone, challenges, metadata, photo_key, photo_bytes, photo_mime, video_key, video_bytes, video_mime,
           video_duration_ms, precheck_results, precheck_all_passed, state, received_at, updated_at, decision,
           reason_code, reason_text, decided_at, decided_by, next_due_date, evidence_deleted_at, withdrawn_at,
           tier, route, spoken_code)
         VALUES (@id, @session_id, @idempotency_key_hash, @sealed_status_token, @short_code, @name, @id_number,
           @phone, @challenges, @metadata, @photo_key, @photo_bytes, @photo_mime, @video_key, @video_bytes, @video_mime,
           @video_duration_ms, @precheck_results, @precheck_all_passed, @state, @received_at, @updated_at, @decision,
           @reason_code, @reason_text, @decided_at, @decided_by, @next_due_date, NULL, NULL,
           @tier, @route, @spoken_code)`,
      ),
      findSubmission: db.prepare<[string], SubmissionRow>('SELECT * FROM submissions WHERE id = ?'),
      findByIdempotency: db.prepare<[string], SubmissionRow>('SELECT * FROM submissions WHERE idempotency_key_hash = ?'),
      findByShortCode: db.prepare<[string], SubmissionRow>('SELECT * FROM submissions WHERE short_code = ?'),
      findByToken: db.prepare<[string], SubmissionRow & { token_scope: string }>(
        `SELECT s.*, t.scope AS token_scope FROM status_tokens t JOIN submissions s ON s.id = t.submission_id WHERE t.token_hash = ?`,
      ),
      countLookupAttempt: db.prepare<[string, number], SubmissionRow>(
        `UPDATE submissions SET lookup_failures = lookup_failures + 1
         WHERE short_code = ? AND state != 'withdrawn' AND lookup_failures < ? RETURNING *`,
      ),
      forgiveLookupAttempt: db.prepare('UPDATE submissions SET lookup_failures = lookup_failures - 1 WHERE id = ? AND lookup_failures > 0'),
      shortCodeTaken: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM submissions WHERE short_code = ?'),
      insertToken: db.prepare('INSERT INTO status_tokens (token_hash, submission_id, created_at, scope) VALUES (?, ?, ?, ?)'),
      deleteTokens: db.prepare('DELETE FROM status_tokens WHERE submission_id = ?'),
      markInReview: db.prepare(`UPDATE submissions SET state = 'in-review', updated_at = ? WHERE id = ? AND state = 'received'`),
      decide: db.prepare(
        `UPDATE submissions SET state = @state, decision = @decision, reason_code = @reason_code, reason_text = @reason_text,
           decided_at = @decided_at, decided_by = @decided_by, next_due_date = @next_due_date, updated_at = @decided_at
         WHERE id = @id AND state IN ('received', 'in-review')`,
      ),
      withdraw: db.prepare(
        `UPDATE submissions SET state = 'withdrawn', withdrawn_at = @at, updated_at = @at,
           name = '', id_number = '', phone = NULL, metadata = '{}', sealed_status_token = '', reason_text = NULL
         WHERE id = @id AND state IN ('received', 'in-review')`,
      ),
      blankSessionOf: db.prepare(`UPDATE sessions SET name = '', id_number = '', phone = NULL WHERE id = ?`),
      // The reviewer's note goes too (it may describe the person); the reason code stays.
      scrubAuditReasons: db.prepare(
        `UPDATE audit_log SET detail = substr(detail, 1, instr(detail, ':') - 1)
         WHERE action IN ('decision:reject', 'decision:redo') AND instr(detail, ':') > 0
           AND submission_id IN (SELECT id FROM submissions WHERE decided_at IS NOT NULL AND decided_at < ? AND id_number != '')`,
      ),
      scrub: db.prepare(
        `UPDATE submissions SET name = '', id_number = '', phone = NULL, metadata = '{}', reason_text = NULL
         WHERE decided_at IS NOT NULL AND decided_at < ? AND id_number != ''`,
      ),
      markEvidenceDeleted: db.prepare('UPDATE submissions SET evidence_deleted_at = ? WHERE id = ? AND evidence_deleted_at IS NULL'),
      evidenceDue: db.prepare<[string, number], SubmissionRow>(
        `SELECT * FROM submissions
         WHERE ((decided_at IS NOT NULL AND decided_at < ?) OR state = 'withdrawn') AND evidence_deleted_at IS NULL
         ORDER BY received_at LIMIT ?`,
      ),
      staleUploads: db.prepare<[string], { id: string }>(
        `SELECT u.id FROM uploads u JOIN sessions s ON s.id = u.session_id WHERE s.expires_at < ?`,
      ),
      deleteStaleSessions: db.prepare('DELETE FROM sessions WHERE expires_at < ?'),
      insertAudit: db.prepare(
        'INSERT INTO audit_log (at, actor, action, submission_id, detail) VALUES (@at, @actor, @action, @submission_id, @detail)',
      ),
      listAudit: db.prepare<[number], AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?'),
      listAuditOf: db.prepare<[string, number], AuditRow>('SELECT * FROM audit_log WHERE submission_id = ? ORDER BY id DESC LIMIT ?'),
      upsertReviewer: db.prepare(
        `INSERT INTO reviewers (username, password_hash, created_at) VALUES (?, ?, ?)
         ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash`,
      ),
      findReviewer: db.prepare<[string], { username: string; password_hash: string; created_at: string }>(
        'SELECT * FROM reviewers WHERE username = ?',
      ),
      insertReviewSession: db.prepare('INSERT INTO review_sessions (token_hash, username, created_at, expires_at) VALUES (?, ?, ?, ?)'),
      findReviewSession: db.prepare<[string, string], { username: string }>(
        'SELECT username FROM review_sessions WHERE token_hash = ? AND expires_at > ?',
      ),
      deleteReviewSession: db.prepare('DELETE FROM review_sessions WHERE token_hash = ?'),
      deleteReviewSessionsOf: db.prepare('DELETE FROM review_sessions WHERE username = ?'),
      deleteExpiredReviewSessions: db.prepare('DELETE FROM review_sessions WHERE expires_at <= ?'),
      ping: db.prepare<[], { one: number }>('SELECT 1 AS one'),
    };
  }

  /**
   * After personal data was blanked or deleted: the write-ahead log still holds the pages as they
   * were, so they are copied into the database (where secure_delete has zeroed the old content) and the
   * log is emptied. Best effort: a reader in the middle of a long query may delay it to the next time.
   */
  private eraseHistory(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  private audit(entry: NewAuditEntry): void {
    this.statements.insertAudit.run({
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      submission_id: entry.submissionId,
      detail: entry.detail,
    });
  }

  async createSession(session: SessionRecord): Promise<void> {
    this.statements.insertSession.run({
      id: session.id,
      name: session.name,
      id_number: session.idNumber,
      phone: session.phone,
      challenges: JSON.stringify(session.challenges),
      nonce: session.nonce,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
      tier: session.tier,
      route: session.route,
      spoken_code: session.spokenCode,
    });
  }

  async findSession(id: string): Promise<SessionRecord | null> {
    const row = this.statements.findSession.get(id);
    return row ? toSession(row) : null;
  }

  async createUploadWithinQuota(upload: UploadRecord, limits: UploadQuota): Promise<CreateUploadOutcome> {
    // One write transaction: SQLite has a single writer, so the sums cannot change underneath it.
    return this.db.transaction((): CreateUploadOutcome => {
      if ((this.statements.countUploads.get(upload.sessionId, upload.part)?.n ?? 0) >= limits.uploadsPerPart) return 'too-many-uploads';
      if ((this.statements.sessionStagedBytes.get(upload.sessionId)?.bytes ?? 0) + upload.declaredBytes > limits.sessionBytes) return 'session-quota';
      if ((this.statements.stagedBytes.get()?.bytes ?? 0) + upload.declaredBytes > limits.totalBytes) return 'staging-full';
      this.statements.insertUpload.run({
        id: upload.id,
        session_id: upload.sessionId,
        part: upload.part,
        declared_bytes: upload.declaredBytes,
        filetype: upload.filetype,
        created_at: upload.createdAt,
      });
      return 'created';
    }).immediate();
  }

  async findUpload(id: string): Promise<UploadRecord | null> {
    const row = this.statements.findUpload.get(id);
    return row ? toUpload(row) : null;
  }

  async deleteUploadsOfSession(sessionId: string): Promise<string[]> {
    return this.db.transaction(() => {
      const ids = this.statements.uploadIdsOfSession.all(sessionId).map((row) => row.id);
      this.statements.deleteUploadsOfSession.run(sessionId);
      return ids;
    })();
  }

  async createSubmission(s: SubmissionRecord, statusTokenHash: string, audit: NewAuditEntry | null): Promise<CreateSubmissionOutcome> {
    return this.db.transaction((): CreateSubmissionOutcome => {
      if (this.statements.findByIdempotency.get(s.idempotencyKeyHash)) return 'duplicate-idempotency-key';
      if (this.statements.shortCodeTaken.get(s.shortCode)) return 'duplicate-short-code';
      if (this.statements.useSession.run(s.receivedAt, s.sessionId).changes !== 1) return 'session-already-used';
      this.statements.insertSubmission.run({
        id: s.id,
        session_id: s.sessionId,
        idempotency_key_hash: s.idempotencyKeyHash,
        sealed_status_token: s.sealedStatusToken,
        short_code: s.shortCode,
        name: s.name,
        id_number: s.idNumber,
        phone: s.phone,
        challenges: JSON.stringify(s.challenges),
        metadata: s.metadata,
        photo_key: s.photoKey,
        photo_bytes: s.photoBytes,
        photo_mime: s.photoMime,
        video_key: s.videoKey,
        video_bytes: s.videoBytes,
        video_mime: s.videoMime,
        video_duration_ms: s.videoDurationMs,
        precheck_results: JSON.stringify(s.precheckResults),
        precheck_all_passed: s.precheckAllPassed ? 1 : 0,
        state: s.state,
        received_at: s.receivedAt,
        updated_at: s.updatedAt,
        decision: s.decision,
        reason_code: s.reasonCode,
        reason_text: s.reasonText,
        decided_at: s.decidedAt,
        decided_by: s.decidedBy,
        next_due_date: s.nextDueDate,
        tier: s.tier,
        route: s.route,
        spoken_code: s.spokenCode,
      });
      this.statements.insertToken.run(statusTokenHash, s.id, s.receivedAt, 'owner');
      // The person's details now live with the submission; the uploads were claimed.
      this.statements.deleteUploadsOfSession.run(s.sessionId);
      if (audit) this.audit(audit);
      return 'created';
    })();
  }

  async findSubmission(id: string): Promise<SubmissionRecord | null> {
    const row = this.statements.findSubmission.get(id);
    return row ? toSubmission(row) : null;
  }

  async findSubmissionByIdempotencyKeyHash(hash: string): Promise<SubmissionRecord | null> {
    const row = this.statements.findByIdempotency.get(hash);
    return row ? toSubmission(row) : null;
  }

  async findStatusToken(hash: string): Promise<{ submission: SubmissionRecord; scope: StatusTokenScope } | null> {
    const row = this.statements.findByToken.get(hash);
    return row ? { submission: toSubmission(row), scope: row.token_scope === 'owner' ? 'owner' : 'read' } : null;
  }

  async beginLookupAttempt(shortCode: string, maxWrongTries: number): Promise<LookupAttempt> {
    const counted = this.statements.countLookupAttempt.get(shortCode, maxWrongTries);
    if (counted) return { outcome: 'counted', submission: toSubmission(counted) };
    const existing = this.statements.findByShortCode.get(shortCode);
    return existing && existing.state !== 'withdrawn' ? { outcome: 'locked' } : { outcome: 'unknown' };
  }

  async forgiveLookupAttempt(submissionId: string): Promise<void> {
    this.statements.forgiveLookupAttempt.run(submissionId);
  }

  async addStatusToken(submissionId: string, tokenHash: string, createdAt: string, scope: StatusTokenScope): Promise<void> {
    this.statements.insertToken.run(tokenHash, submissionId, createdAt, scope);
  }

  async listSubmissions(states: StoredState[], limit: number): Promise<SubmissionRecord[]> {
    // The placeholders are generated from the count only; values are still bound.
    const placeholders = states.map(() => '?').join(', ');
    const rows = this.db
      .prepare<unknown[], SubmissionRow>(`SELECT * FROM submissions WHERE state IN (${placeholders}) ORDER BY received_at LIMIT ?`)
      .all(...states, limit);
    return rows.map(toSubmission);
  }

  async markInReview(id: string, at: string): Promise<boolean> {
    return this.statements.markInReview.run(at, id).changes === 1;
  }

  async decide(update: DecisionUpdate, audit: NewAuditEntry): Promise<boolean> {
    return this.db.transaction(() => {
      const changed =
        this.statements.decide.run({
          id: update.id,
          state: update.state,
          decision: update.decision,
          reason_code: update.reasonCode,
          reason_text: update.reasonText,
          decided_at: update.decidedAt,
          decided_by: update.decidedBy,
          next_due_date: update.nextDueDate,
        }).changes === 1;
      if (changed) this.audit(audit);
      return changed;
    })();
  }

  async withdraw(id: string, at: string, audit: NewAuditEntry): Promise<WithdrawOutcome> {
    const outcome = this.db.transaction((): WithdrawOutcome => {
      if (this.statements.withdraw.run({ id, at }).changes !== 1) {
        const existing = this.statements.findSubmission.get(id);
        return existing && existing.state !== 'withdrawn' ? 'already-decided' : 'not-found';
      }
      const sessionId = this.statements.findSubmission.get(id)?.session_id;
      if (sessionId) this.statements.blankSessionOf.run(sessionId);
      this.statements.deleteTokens.run(id);
      this.audit(audit);
      return 'withdrawn';
    })();
    if (outcome === 'withdrawn') this.eraseHistory();
    return outcome;
  }

  async markEvidenceDeleted(id: string, at: string): Promise<void> {
    this.statements.markEvidenceDeleted.run(at, id);
  }

  async scrubPersonalData(decidedBefore: string): Promise<number> {
    const scrubbed = this.db.transaction(() => {
      this.statements.scrubAuditReasons.run(decidedBefore);
      return this.statements.scrub.run(decidedBefore).changes;
    })();
    if (scrubbed > 0) this.eraseHistory();
    return scrubbed;
  }

  async listEvidenceDueForDeletion(decidedBefore: string, limit: number): Promise<SubmissionRecord[]> {
    return this.statements.evidenceDue.all(decidedBefore, limit).map(toSubmission);
  }

  async abandonExpiredSessions(expiredBefore: string): Promise<{ uploadIds: string[]; sessionsBlanked: number }> {
    const abandoned = this.db.transaction(() => {
      const uploadIds = this.statements.abandonedUploads.all(expiredBefore).map((row) => row.id);
      this.statements.deleteAbandonedUploads.run(expiredBefore);
      const sessionsBlanked = this.statements.blankExpiredSessions.run(expiredBefore).changes;
      return { uploadIds, sessionsBlanked };
    })();
    if (abandoned.sessionsBlanked > 0) this.eraseHistory();
    return abandoned;
  }

  async deleteStaleSessions(expiredBefore: string): Promise<{ sessions: number; uploadIds: string[] }> {
    const stale = this.db.transaction(() => {
      const uploadIds = this.statements.staleUploads.all(expiredBefore).map((row) => row.id);
      const sessions = this.statements.deleteStaleSessions.run(expiredBefore).changes;
      return { sessions, uploadIds };
    })();
    if (stale.sessions > 0) this.eraseHistory();
    return stale;
  }

  async appendAudit(entry: NewAuditEntry): Promise<void> {
    this.audit(entry);
  }

  async listAudit(limit: number, submissionId?: string): Promise<AuditEntry[]> {
    const rows = submissionId ? this.statements.listAuditOf.all(submissionId, limit) : this.statements.listAudit.all(limit);
    return rows.map(toAudit);
  }

  async upsertReviewer(reviewer: ReviewerRecord): Promise<void> {
    this.db.transaction(() => {
      this.statements.upsertReviewer.run(reviewer.username, reviewer.passwordHash, reviewer.createdAt);
      this.statements.deleteReviewSessionsOf.run(reviewer.username);
    })();
  }

  async findReviewer(username: string): Promise<ReviewerRecord | null> {
    const row = this.statements.findReviewer.get(username);
    return row ? { username: row.username, passwordHash: row.password_hash, createdAt: row.created_at } : null;
  }

  async createReviewSession(tokenHash: string, username: string, createdAt: string, expiresAt: string): Promise<void> {
    this.statements.insertReviewSession.run(tokenHash, username, createdAt, expiresAt);
  }

  async findReviewSession(tokenHash: string, now: string): Promise<string | null> {
    return this.statements.findReviewSession.get(tokenHash, now)?.username ?? null;
  }

  async deleteReviewSession(tokenHash: string): Promise<void> {
    this.statements.deleteReviewSession.run(tokenHash);
  }

  async deleteExpiredReviewSessions(now: string): Promise<number> {
    return this.statements.deleteExpiredReviewSessions.run(now).changes;
  }

  /** For the health check: the database answers. */
  async ping(): Promise<boolean> {
    return this.statements.ping.get()?.one === 1;
  }
}
