import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { checkIdNumber } from '../../../contract/id-number';
import { pickChallenges, spokenCodeByteCount, spokenCodeFrom } from '../../../contract/challenges';
import { nextDueDateAfterApproval } from '../../../contract/due-date';
import { normalizeReceiptCode, receiptCodeDigits } from '../../../contract/receipt-code';
import { BackendError } from './backend-error';
import type {
  CertificationBackend,
  CertificationSession,
  SubmissionStatus,
} from './certification-backend';
import type { Timers } from '../../shared/timers';

/**
 * A pretend agency that lives in this browser, for trying the app with no server. Nothing leaves the
 * phone and the face data is thrown away at once (only its size is kept). Every screen it drives
 * says 演示: nobody is certified by it.
 */
type DemoSubmission = {
  submissionId: string;
  statusToken: string;
  shortCode: string;
  idempotencyKey: string;
  /** Only what a 查询码 lookup checks against; never the whole number. */
  idNumberLast4: string;
  receivedAtMs: number;
  photoBytes: number;
  videoBytes: number;
};

interface DemoDb extends DBSchema {
  sessions: { key: string; value: CertificationSession & { used: boolean; idNumberLast4: string } };
  submissions: { key: string; value: DemoSubmission; indexes: { byToken: string; byKey: string } };
}

export type DemoBackendOptions = {
  timers: Timers;
  /** Random bytes for the session's actions and the 查询码 (crypto.getRandomValues in the browser). */
  randomBytes: (count: number) => Uint8Array;
  newId: () => string;
  /** When the pretend reviewer opens it, and when they approve it. */
  inReviewAfterMs?: number;
  approvedAfterMs?: number;
  sessionLifetimeMs?: number;
  databaseName?: string;
};

export const demoDatabaseName = 'demo-certification-backend';

export function createDemoCertificationBackend(options: DemoBackendOptions): CertificationBackend {
  const inReviewAfterMs = options.inReviewAfterMs ?? 5_000;
  const approvedAfterMs = options.approvedAfterMs ?? 20_000;
  const sessionLifetimeMs = options.sessionLifetimeMs ?? 15 * 60_000;
  let dbPromise: Promise<IDBPDatabase<DemoDb>> | undefined;
  const db = () =>
    (dbPromise ??= openDB<DemoDb>(options.databaseName ?? demoDatabaseName, 1, {
      upgrade(database) {
        database.createObjectStore('sessions', { keyPath: 'sessionId' });
        const submissions = database.createObjectStore('submissions', { keyPath: 'submissionId' });
        submissions.createIndex('byToken', 'statusToken', { unique: true });
        submissions.createIndex('byKey', 'idempotencyKey', { unique: true });
      },
    }));

  const wait = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const handle = options.timers.setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => {
        options.timers.clearTimeout(handle);
        reject(new BackendError('aborted', 'stopped'));
      });
    });

  const statusOf = (submission: DemoSubmission): SubmissionStatus => {
    const ageMs = options.timers.now() - submission.receivedAtMs;
    if (ageMs < inReviewAfterMs) return { state: 'received' };
    if (ageMs < approvedAfterMs) return { state: 'in-review' };
    const decidedAt = new Date(submission.receivedAtMs + approvedAfterMs).toISOString();
    return { state: 'approved', decidedAt, nextDueDate: nextDueDateAfterApproval(decidedAt) ?? undefined };
  };

  const findByToken = async (statusToken: string) => {
    const found = await (await db()).getFromIndex('submissions', 'byToken', statusToken);
    if (!found) throw new BackendError('http-4xx', 'unknown status token', { status: 404, serverCode: 'invalid-status-token' });
    return found;
  };

  return {
    kind: 'demo',

    async startSession(person, { tier, route } = {}) {
      const check = checkIdNumber(person.idNumber, new Date(options.timers.now()));
      if (!check.valid) {
        throw new BackendError('http-4xx', 'invalid ID number', { status: 400, serverCode: 'invalid-id-number', problem: check.problem });
      }
      const session: CertificationSession = {
        sessionId: options.newId(),
        challenges: pickChallenges(tier ?? 'standard', options.randomBytes),
        nonce: options.newId(),
        expiresAt: new Date(options.timers.now() + sessionLifetimeMs).toISOString(),
        ...(route === 'recorded' ? { spokenCode: spokenCodeFrom(options.randomBytes(spokenCodeByteCount)) } : {}),
        ...(tier ? { tier } : {}),
        ...(route ? { route } : {}),
      };
      await (await db()).put('sessions', { ...session, used: false, idNumberLast4: check.normalized.slice(-4) });
      return session;
    },

    async uploadEvidence(session, evidence, { idempotencyKey, onProgress, signal }) {
      const database = await db();
      const existing = await database.getFromIndex('submissions', 'byKey', idempotencyKey);
      if (existing) return { submissionId: existing.submissionId, statusToken: existing.statusToken, shortCode: existing.shortCode };
      const stored = await database.get('sessions', session.sessionId);
      if (!stored || stored.nonce !== session.nonce) {
        throw new BackendError('http-4xx', 'unknown session', { status: 404, serverCode: 'unknown-session' });
      }
      if (stored.used) throw new BackendError('http-4xx', 'nonce used', { status: 409, serverCode: 'nonce-already-used' });
      if (Date.parse(stored.expiresAt) < options.timers.now()) {
        throw new BackendError('http-4xx', 'session expired', { status: 410, serverCode: 'session-expired' });
      }
      // A short pretend upload, so the progress screen can be seen and practised.
      const bytesTotal = evidence.photo.size + evidence.video.size;
      for (let step = 1; step <= 4; step += 1) {
        await wait(150, signal);
        onProgress?.({ bytesSent: Math.round((bytesTotal * step) / 4), bytesTotal });
      }
      const submission: DemoSubmission = {
        submissionId: options.newId(),
        statusToken: `${options.newId()}${options.newId()}`.replace(/-/g, ''),
        shortCode: shortCode(options.randomBytes),
        idempotencyKey,
        idNumberLast4: stored.idNumberLast4,
        receivedAtMs: options.timers.now(),
        photoBytes: evidence.photo.size,
        videoBytes: evidence.video.size,
      };
      const tx = database.transaction(['sessions', 'submissions'], 'readwrite');
      await Promise.all([
        tx.objectStore('sessions').put({ ...stored, used: true }),
        tx.objectStore('submissions').put(submission),
        tx.done,
      ]);
      return { submissionId: submission.submissionId, statusToken: submission.statusToken, shortCode: submission.shortCode };
    },

    async getStatus(receipt, statusOptions = {}) {
      const status = statusOf(await findByToken(receipt.statusToken));
      const etag = `"${status.state}"`;
      if (statusOptions.etag === etag) return { notModified: true };
      return { notModified: false, status, etag };
    },

    async withdraw(receipt) {
      const submission = await findByToken(receipt.statusToken);
      await (await db()).delete('submissions', submission.submissionId);
    },

    async lookupStatusToken(code, idNumberLast4) {
      const all = await (await db()).getAll('submissions');
      const wanted = normalizeReceiptCode(code);
      const found = all.find((s) => s.shortCode === wanted && s.idNumberLast4 === idNumberLast4.trim().toUpperCase());
      if (!found) throw new BackendError('http-4xx', 'no such code', { status: 404, serverCode: 'invalid-short-code' });
      return found.statusToken;
    },
  };
}

/** The same shape as the reference server's (contract/receipt-code.ts): 16 digits, bytes ≥ 250 drawn again so no digit is likelier. */
function shortCode(randomBytes: (count: number) => Uint8Array): string {
  let code = '';
  while (code.length < receiptCodeDigits) {
    for (const byte of randomBytes(receiptCodeDigits)) if (byte < 250 && code.length < receiptCodeDigits) code += String(byte % 10);
  }
  return code;
}
