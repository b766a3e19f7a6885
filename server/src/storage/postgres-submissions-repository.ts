import type pg from 'pg';
import type { ChallengeKindDto, UploadPart } from '../../../contract/certification-api';
import type { AuditEntry, PrecheckResult } from '../../../contract/review-api';
import { inTransaction, pgConstraint, pgErrorCode } from '../db/postgres';
import type {
  CreateSubmissionOutcome,
  CreateUploadOutcome,
  DecisionUpdate,
  LookupAttempt,
  StatusTokenScope,
  UploadQuota,
  WithdrawOutcome,
  NewAuditEntry,
  ReviewAccountsRepository,
  ReviewerRecord,
  SessionRecord,
  StoredState,
  SubmissionRecord,
  SubmissionsRepository,
  UploadRecord,
} from './submissions-repository';

type SessionRow = {
  id: string;
  name: string;
  id_number: string;
  phone: string | null;
  challenges: ChallengeKindDto[];
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
  challenges: ChallengeKindDto[];
  metadata: string;
  photo_key: string;
  photo_bytes: number;
  photo_mime: string;
  video_key: string;
  video_bytes: number;
  video_mime: string;
  video_duration_ms: number | null;
  precheck_results: PrecheckResult[];
  precheck_all_passed: boolean;
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
    challenges: row.challenges,
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
    challenges: row.challenges,
    metadata: row.metadata,
    photoKey: row.photo_key,
    photoBytes: row.photo_bytes,
    photoMime: row.photo_mime,
    videoKey: row.video_key,
    videoBytes: row.video_bytes,
    videoMime: row.video_mime,
    videoDurationMs: row.video_duration_ms,
    precheckResults: row.precheck_results,
    precheckAllPassed: row.precheck_all_passed,
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

/** Anything with query(): the pool, or one client inside a transaction. */
type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

const insertAuditSql = 'INSERT INTO audit_log (at, actor, action, submission_id, detail) VALUES ($1, $2, $3, $4, $5)';
const auditParams = (entry: NewAuditEntry) => [entry.at, entry.actor, entry.action, entry.submissionId, entry.detail];

/**
 * The same stores as SqliteSubmissionsRepository, for several servers sharing one PostgreSQL.
 * Races between servers are settled by the database, never by a read followed by a write:
 * the nonce is consumed by a conditional UPDATE (a second server's UPDATE waits for the first to
 * commit, re-reads the row and changes nothing), idempotency keys, short codes and sessions are
 * UNIQUE, and a decision is an UPDATE … WHERE state IN ('received', 'in-review'). READ COMMITTED is
 * enough for all of them: each guard is one statement on one row.
 */
export class PostgresSubmissionsRepository implements SubmissionsRepository, ReviewAccountsRepository {
  constructor(private readonly pool: pg.Pool) {}

  private async one<T extends pg.QueryResultRow>(sql: string, params: unknown[], db: Queryable = this.pool): Promise<T | null> {
    const result = await db.query<T>(sql, params);
    return result.rows[0] ?? null;
  }

  async createSession(session: SessionRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO sessions (id, name, id_number, phone, challenges, nonce, created_at, expires_at, used_at, tier, route, spoken_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, $9, $10, $11)`,
      [
        session.id, session.name, session.idNumber, session.phone, JSON.stringify(session.challenges), session.nonce, session.createdAt, session.expiresAt,
        session.tier, session.route, session.spokenCode,
      ],
    );
  }

  async findSession(id: string): Promise<SessionRecord | null> {
    const row = await this.one<SessionRow>('SELECT * FROM sessions WHERE id = $1', [id]);
    return row ? toSession(row) : null;
  }

  async createUploadWithinQuota(upload: UploadRecord, limits: UploadQuota): Promise<CreateUploadOutcome> {
    return inTransaction(this.pool, async (client): Promise<CreateUploadOutcome> => {
      // The quotas are sums over many rows: two servers creating uploads at once must not both see
      // room for the last bytes. Upload creations (two per certification) take turns on this lock,
      // held until the transaction ends.
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended('upload-quota', 0))");
      const counts = await this.one<{ part_count: number; session_bytes: number; total_bytes: number }>(
        `SELECT (SELECT COUNT(*) FROM uploads WHERE session_id = $1 AND part = $2) AS part_count,
                (SELECT COALESCE(SUM(declared_bytes), 0) FROM uploads WHERE session_id = $1) AS session_bytes,
                (SELECT COALESCE(SUM(declared_bytes), 0) FROM uploads) AS total_bytes`,
        [upload.sessionId, upload.part],
        client,
      );
      if ((counts?.part_count ?? 0) >= limits.uploadsPerPart) return 'too-many-uploads';
      if (Number(counts?.session_bytes ?? 0) + upload.declaredBytes > limits.sessionBytes) return 'session-quota';
      if (Number(counts?.total_bytes ?? 0) + upload.declaredBytes > limits.totalBytes) return 'staging-full';
      await client.query(
        'INSERT INTO uploads (id, session_id, part, declared_bytes, filetype, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [upload.id, upload.sessionId, upload.part, upload.declaredBytes, upload.filetype, upload.createdAt],
      );
      return 'created';
    });
  }

  async findUpload(id: string): Promise<UploadRecord | null> {
    const row = await this.one<UploadRow>('SELECT * FROM uploads WHERE id = $1', [id]);
    return row ? toUpload(row) : null;
  }

  async deleteUploadsOfSession(sessionId: string): Promise<string[]> {
    const result = await this.pool.query<{ id: string }>('DELETE FROM uploads WHERE session_id = $1 RETURNING id', [sessionId]);
    return result.rows.map((row) => row.id);
  }

  async createSubmission(s: SubmissionRecord, statusTokenHash: string, audit: NewAuditEntry | null): Promise<CreateSubmissionOutcome> {
    try {
      return await inTransaction(this.pool, async (client): Promise<CreateSubmissionOutcome> => {
        const keyTaken = async () => (await this.one('SELECT 1 FROM submissions WHERE idempotency_key_hash = $1', [s.idempotencyKeyHash], client)) !== null;
        if (await keyTaken()) return 'duplicate-idempotency-key';
        if (await this.one('SELECT 1 FROM submissions WHERE short_code = $1', [s.shortCode], client)) return 'duplicate-short-code';
        // The nonce is consumed here, once: another server's UPDATE on the same row waits for this
        // transaction and then finds used_at set.
        // The submission takes its own copy of the person's details; the session keeps none.
        const used = await client.query(
          `UPDATE sessions SET used_at = $1, name = '', id_number = '', phone = NULL WHERE id = $2 AND used_at IS NULL`,
          [s.receivedAt, s.sessionId],
        );
        if (used.rowCount !== 1) {
          // Lost the race: if the winner stored this very key (a retry of the same submission), the
          // caller answers with its receipt; each statement sees what committed before it began.
          return (await keyTaken()) ? 'duplicate-idempotency-key' : 'session-already-used';
        }
        await client.query(
          `INSERT INTO submissions (id, session_id, idempotency_key_hash, sealed_status_token, short_code, name, id_number,
             phone, challenges, metadata, photo_key, photo_bytes, photo_mime, video_key, video_bytes, video_mime,
             video_duration_ms, precheck_results, precheck_all_passed, state, received_at, updated_at, decision,
             reason_code, reason_text, decided_at, decided_by, next_due_date, evidence_deleted_at, withdrawn_at, tier, route, spoken_code)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23,
             $24, $25, $26, $27, $28, NULL, NULL, $29, $30, $31)`,
          [
            s.id, s.sessionId, s.idempotencyKeyHash, s.sealedStatusToken, s.shortCode, s.name, s.idNumber,
            s.phone, JSON.stringify(s.challenges), s.metadata, s.photoKey, s.photoBytes, s.photoMime, s.videoKey, s.videoBytes, s.videoMime,
            s.videoDurationMs, JSON.stringify(s.precheckResults), s.precheckAllPassed, s.state, s.receivedAt, s.updatedAt, s.decision,
            s.reasonCode, s.reasonText, s.decidedAt, s.decidedBy, s.nextDueDate, s.tier, s.route, s.spokenCode,
          ],
        );
        await client.query("INSERT INTO status_tokens (token_hash, submission_id, created_at, scope) VALUES ($1, $2, $3, 'owner')", [statusTokenHash, s.id, s.receivedAt]);
        // The person's details now live with the submission; the uploads were claimed.
        await client.query('DELETE FROM uploads WHERE session_id = $1', [s.sessionId]);
        if (audit) await client.query(insertAuditSql, auditParams(audit));
        return 'created';
      });
    } catch (error: unknown) {
      // Two servers inserting at the same moment: the UNIQUE constraints decide, the loser rolls back.
      if (pgErrorCode(error) === '23505') {
        const constraint = pgConstraint(error) ?? '';
        if (constraint.includes('idempotency_key_hash')) return 'duplicate-idempotency-key';
        if (constraint.includes('short_code')) return 'duplicate-short-code';
        if (constraint.includes('session_id')) return 'session-already-used';
      }
      throw error;
    }
  }

  async findSubmission(id: string): Promise<SubmissionRecord | null> {
    const row = await this.one<SubmissionRow>('SELECT * FROM submissions WHERE id = $1', [id]);
    return row ? toSubmission(row) : null;
  }

  async findSubmissionByIdempotencyKeyHash(hash: string): Promise<SubmissionRecord | null> {
    const row = await this.one<SubmissionRow>('SELECT * FROM submissions WHERE idempotency_key_hash = $1', [hash]);
    return row ? toSubmission(row) : null;
  }

  async findStatusToken(hash: string): Promise<{ submission: SubmissionRecord; scope: StatusTokenScope } | null> {
    const row = await this.one<SubmissionRow & { token_scope: string }>(
      'SELECT s.*, t.scope AS token_scope FROM status_tokens t JOIN submissions s ON s.id = t.submission_id WHERE t.token_hash = $1',
      [hash],
    );
    return row ? { submission: toSubmission(row), scope: row.token_scope === 'owner' ? 'owner' : 'read' } : null;
  }

  async addStatusToken(submissionId: string, tokenHash: string, createdAt: string, scope: StatusTokenScope): Promise<void> {
    await this.pool.query('INSERT INTO status_tokens (token_hash, submission_id, created_at, scope) VALUES ($1, $2, $3, $4)', [tokenHash, submissionId, createdAt, scope]);
  }

  async beginLookupAttempt(shortCode: string, maxWrongTries: number): Promise<LookupAttempt> {
    // One conditional UPDATE: servers racing on one code queue on its row, and each re-reads the
    // count before adding to it, so no more than maxWrongTries answers are ever compared.
    const counted = await this.one<SubmissionRow>(
      `UPDATE submissions SET lookup_failures = lookup_failures + 1
       WHERE short_code = $1 AND state != 'withdrawn' AND lookup_failures < $2 RETURNING *`,
      [shortCode, maxWrongTries],
    );
    if (counted) return { outcome: 'counted', submission: toSubmission(counted) };
    const existing = await this.one<{ state: string }>('SELECT state FROM submissions WHERE short_code = $1', [shortCode]);
    return existing && existing.state !== 'withdrawn' ? { outcome: 'locked' } : { outcome: 'unknown' };
  }

  async forgiveLookupAttempt(submissionId: string): Promise<void> {
    await this.pool.query('UPDATE submissions SET lookup_failures = lookup_failures - 1 WHERE id = $1 AND lookup_failures > 0', [submissionId]);
  }

  async listSubmissions(states: StoredState[], limit: number): Promise<SubmissionRecord[]> {
    const result = await this.pool.query<SubmissionRow>('SELECT * FROM submissions WHERE state = ANY($1::text[]) ORDER BY received_at LIMIT $2', [states, limit]);
    return result.rows.map(toSubmission);
  }

  async markInReview(id: string, at: string): Promise<boolean> {
    const result = await this.pool.query(`UPDATE submissions SET state = 'in-review', updated_at = $1 WHERE id = $2 AND state = 'received'`, [at, id]);
    return result.rowCount === 1;
  }

  async decide(update: DecisionUpdate, audit: NewAuditEntry): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      // Two reviewers deciding at once (on two servers): the second UPDATE waits for the first to
      // commit, then sees a decided state and changes nothing.
      const result = await client.query(
        `UPDATE submissions SET state = $2, decision = $3, reason_code = $4, reason_text = $5, decided_at = $6, decided_by = $7,
           next_due_date = $8, updated_at = $6
         WHERE id = $1 AND state IN ('received', 'in-review')`,
        [update.id, update.state, update.decision, update.reasonCode, update.reasonText, update.decidedAt, update.decidedBy, update.nextDueDate],
      );
      const changed = result.rowCount === 1;
      if (changed) await client.query(insertAuditSql, auditParams(audit));
      return changed;
    });
  }

  async withdraw(id: string, at: string, audit: NewAuditEntry): Promise<WithdrawOutcome> {
    return inTransaction(this.pool, async (client): Promise<WithdrawOutcome> => {
      // Conditional: a decision committed first (on any server) makes this change nothing.
      const withdrawn = await this.one<{ session_id: string }>(
        `UPDATE submissions SET state = 'withdrawn', withdrawn_at = $2, updated_at = $2,
           name = '', id_number = '', phone = NULL, metadata = '{}', sealed_status_token = '', reason_text = NULL
         WHERE id = $1 AND state IN ('received', 'in-review') RETURNING session_id`,
        [id, at],
        client,
      );
      if (!withdrawn) {
        const existing = await this.one<{ state: string }>('SELECT state FROM submissions WHERE id = $1', [id], client);
        return existing && existing.state !== 'withdrawn' ? 'already-decided' : 'not-found';
      }
      await client.query(`UPDATE sessions SET name = '', id_number = '', phone = NULL WHERE id = $1`, [withdrawn.session_id]);
      await client.query('DELETE FROM status_tokens WHERE submission_id = $1', [id]);
      await client.query(insertAuditSql, auditParams(audit));
      return 'withdrawn';
    });
  }

  async markEvidenceDeleted(id: string, at: string): Promise<void> {
    await this.pool.query('UPDATE submissions SET evidence_deleted_at = $1 WHERE id = $2 AND evidence_deleted_at IS NULL', [at, id]);
  }

  async scrubPersonalData(decidedBefore: string): Promise<number> {
    return inTransaction(this.pool, async (client) => {
      // The reviewer's note goes too (it may describe the person); the reason code stays.
      await client.query(
        `UPDATE audit_log SET detail = split_part(detail, ':', 1)
         WHERE action IN ('decision:reject', 'decision:redo') AND position(':' in detail) > 0
           AND submission_id IN (SELECT id FROM submissions WHERE decided_at IS NOT NULL AND decided_at < $1 AND id_number != '')`,
        [decidedBefore],
      );
      const result = await client.query(
        `UPDATE submissions SET name = '', id_number = '', phone = NULL, metadata = '{}', reason_text = NULL
         WHERE decided_at IS NOT NULL AND decided_at < $1 AND id_number != ''`,
        [decidedBefore],
      );
      return result.rowCount ?? 0;
    });
  }

  async listEvidenceDueForDeletion(decidedBefore: string, limit: number): Promise<SubmissionRecord[]> {
    const result = await this.pool.query<SubmissionRow>(
      `SELECT * FROM submissions
       WHERE ((decided_at IS NOT NULL AND decided_at < $1) OR state = 'withdrawn') AND evidence_deleted_at IS NULL
       ORDER BY received_at LIMIT $2`,
      [decidedBefore, limit],
    );
    return result.rows.map(toSubmission);
  }

  async abandonExpiredSessions(expiredBefore: string): Promise<{ uploadIds: string[]; sessionsBlanked: number }> {
    return inTransaction(this.pool, async (client) => {
      const uploads = await client.query<{ id: string }>(
        'DELETE FROM uploads WHERE session_id IN (SELECT id FROM sessions WHERE expires_at < $1) RETURNING id',
        [expiredBefore],
      );
      const blanked = await client.query(
        `UPDATE sessions SET name = '', id_number = '', phone = NULL
         WHERE expires_at < $1 AND (name != '' OR id_number != '' OR phone IS NOT NULL)`,
        [expiredBefore],
      );
      return { uploadIds: uploads.rows.map((row) => row.id), sessionsBlanked: blanked.rowCount ?? 0 };
    });
  }

  async deleteStaleSessions(expiredBefore: string): Promise<{ sessions: number; uploadIds: string[] }> {
    return inTransaction(this.pool, async (client) => {
      const uploads = await client.query<{ id: string }>('SELECT u.id FROM uploads u JOIN sessions s ON s.id = u.session_id WHERE s.expires_at < $1', [expiredBefore]);
      const deleted = await client.query('DELETE FROM sessions WHERE expires_at < $1', [expiredBefore]);
      return { sessions: deleted.rowCount ?? 0, uploadIds: uploads.rows.map((row) => row.id) };
    });
  }

  async appendAudit(entry: NewAuditEntry): Promise<void> {
    await this.pool.query(insertAuditSql, auditParams(entry));
  }

  async listAudit(limit: number, submissionId?: string): Promise<AuditEntry[]> {
    const result = submissionId
      ? await this.pool.query<AuditRow>('SELECT * FROM audit_log WHERE submission_id = $1 ORDER BY id DESC LIMIT $2', [submissionId, limit])
      : await this.pool.query<AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT $1', [limit]);
    return result.rows.map(toAudit);
  }

  async upsertReviewer(reviewer: ReviewerRecord): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO reviewers (username, password_hash, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash`,
        [reviewer.username, reviewer.passwordHash, reviewer.createdAt],
      );
      // A new password signs the reviewer out everywhere.
      await client.query('DELETE FROM review_sessions WHERE username = $1', [reviewer.username]);
    });
  }

  async findReviewer(username: string): Promise<ReviewerRecord | null> {
    const row = await this.one<{ username: string; password_hash: string; created_at: string }>('SELECT * FROM reviewers WHERE username = $1', [username]);
    return row ? { username: row.username, passwordHash: row.password_hash, createdAt: row.created_at } : null;
  }

  async createReviewSession(tokenHash: string, username: string, createdAt: string, expiresAt: string): Promise<void> {
    await this.pool.query('INSERT INTO review_sessions (token_hash, username, created_at, expires_at) VALUES ($1, $2, $3, $4)', [tokenHash, username, createdAt, expiresAt]);
  }

  async findReviewSession(tokenHash: string, now: string): Promise<string | null> {
    return (await this.one<{ username: string }>('SELECT username FROM review_sessions WHERE token_hash = $1 AND expires_at > $2', [tokenHash, now]))?.username ?? null;
  }

  async deleteReviewSession(tokenHash: string): Promise<void> {
    await this.pool.query('DELETE FROM review_sessions WHERE token_hash = $1', [tokenHash]);
  }

  async deleteExpiredReviewSessions(now: string): Promise<number> {
    return (await this.pool.query('DELETE FROM review_sessions WHERE expires_at <= $1', [now])).rowCount ?? 0;
  }

  /** For the health check: the database answers. */
  async ping(): Promise<boolean> {
    return (await this.one<{ one: number }>('SELECT 1 AS one', []))?.one === 1;
  }
}
