import { rmSync } from 'node:fs';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { PostgresCoordination } from '../../src/db/coordination';
import { migrationNames } from '../../src/db/migrator';
import { openStores, type Stores } from '../../src/db/stores';
import type { SubmissionRecord } from '../../src/storage/submissions-repository';
import { postgresAvailable, postgresSkipReason, sharedTestPostgres } from '../support/test-database';
import { makeTempDir } from '../support/test-server';

/**
 * Two servers racing, played by two independent sets of connections to one PostgreSQL database
 * (separate pools, as two processes have): every race must end with exactly one winner, settled by
 * the database. The multi-server test does the same with real processes behind nginx.
 */
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});
afterAll(async () => {
  if (postgresAvailable) await (await sharedTestPostgres()).stop();
});

async function twoServers(url?: string): Promise<{ url: string; a: Stores; b: Stores }> {
  const databaseUrl = url ?? (await (await sharedTestPostgres()).freshDatabase());
  const dir = makeTempDir('races-');
  closers.push(async () => rmSync(dir, { recursive: true, force: true }));
  const open = async () => {
    const stores = await openStores(loadConfig({ DATA_DIR: dir, DATABASE_URL: databaseUrl }));
    closers.push(() => stores.close());
    return stores;
  };
  return { url: databaseUrl, a: await open(), b: await open() };
}

const now = '2026-03-01T08:05:00.000Z';
let shortCodes = 0;
function record(id: string, sessionId: string, key: string): SubmissionRecord {
  return {
    id, sessionId, idempotencyKeyHash: key, sealedStatusToken: 's', shortCode: `C${String((shortCodes += 1)).padStart(7, '0')}`, name: 'n', idNumber: '11010519491231002X',
    phone: null, challenges: ['blink'], metadata: '{}', photoKey: `${id}/photo`, photoBytes: 1, photoMime: 'image/jpeg', videoKey: `${id}/video`,
    videoBytes: 1, videoMime: 'video/webm', videoDurationMs: null, precheckResults: [], precheckAllPassed: true, state: 'received', receivedAt: now,
    updatedAt: now, decision: null, reasonCode: null, reasonText: null, decidedAt: null, decidedBy: null, nextDueDate: null, evidenceDeletedAt: null, withdrawnAt: null,
    tier: 'standard', route: 'live', spokenCode: null,
  };
}

async function newSession(stores: Stores, id: string): Promise<void> {
  await stores.repository.createSession({ id, name: 'n', idNumber: '11010519491231002X', phone: null, challenges: ['blink'], nonce: 'x', createdAt: now, expiresAt: '2026-03-01T09:00:00.000Z', usedAt: null, tier: 'standard', route: 'live', spokenCode: null });
}

const rounds = 15;

describe.skipIf(!postgresAvailable)(`PostgreSQL: two servers racing${postgresSkipReason ? ` (skipped: ${postgresSkipReason})` : ''}`, () => {
  it('the same submission sent to both at once (a retry through another server) is stored once; both learn of it', async () => {
    const { a, b } = await twoServers();
    for (let round = 0; round < rounds; round += 1) {
      const sessionId = `session-${round}`;
      await newSession(a, sessionId);
      const outcomes = await Promise.all([
        a.repository.createSubmission(record(`suba-${round}`, sessionId, `key-${round}`), `ta${round}`, null),
        b.repository.createSubmission(record(`subb-${round}`, sessionId, `key-${round}`), `tb${round}`, null),
      ]);
      expect(outcomes.sort()).toEqual(['created', 'duplicate-idempotency-key']);
    }
    expect(await b.repository.listSubmissions(['received'], 1000)).toHaveLength(rounds);
  });

  it('two different submissions for one session (one nonce): one wins, the other is refused', async () => {
    const { a, b } = await twoServers();
    for (let round = 0; round < rounds; round += 1) {
      const sessionId = `session-${round}`;
      await newSession(a, sessionId);
      const outcomes = await Promise.all([
        a.repository.createSubmission(record(`xa-${round}`, sessionId, `ka-${round}`), `ta${round}`, null),
        b.repository.createSubmission(record(`xb-${round}`, sessionId, `kb-${round}`), `tb${round}`, null),
      ]);
      expect(outcomes.sort()).toEqual(['created', 'session-already-used']);
    }
    expect(await a.repository.listSubmissions(['received'], 1000)).toHaveLength(rounds);
  });

  it('two reviewers deciding one submission at once: one decision, one audit row', async () => {
    const { a, b } = await twoServers();
    for (let round = 0; round < rounds; round += 1) {
      const id = `dec-${round}`;
      await newSession(a, `s${round}`);
      expect(await a.repository.createSubmission(record(id, `s${round}`, `k${round}`), `t${round}`, null)).toBe('created');
      const decide = (stores: Stores, reviewer: string, decision: 'approve' | 'reject') =>
        stores.repository.decide(
          { id, state: decision === 'approve' ? 'approved' : 'rejected', decision, reasonCode: decision === 'approve' ? null : 'other', reasonText: null, decidedAt: now, decidedBy: reviewer, nextDueDate: null },
          { at: now, actor: reviewer, action: `decision:${decision}`, submissionId: id, detail: '' },
        );
      const [first, second, opened1, opened2] = await Promise.all([
        decide(a, 'r1', 'approve'),
        decide(b, 'r2', 'reject'),
        a.repository.markInReview(id, now),
        b.repository.markInReview(id, now),
      ]);
      expect([first, second].filter(Boolean)).toHaveLength(1);
      expect([opened1, opened2].filter(Boolean).length).toBeLessThanOrEqual(1);
      const stored = await a.repository.findSubmission(id);
      const audit = await b.repository.listAudit(10, id);
      expect(audit).toHaveLength(1);
      expect(audit[0]?.actor).toBe(stored?.decidedBy);
      expect(audit[0]?.action).toBe(`decision:${stored?.decision}`);
    }
  });

  it('servers started at the same moment on an empty database migrate it once', async () => {
    const url = await (await sharedTestPostgres()).freshDatabase();
    const dir = makeTempDir('races-');
    closers.push(async () => rmSync(dir, { recursive: true, force: true }));
    const all = await Promise.all([0, 1, 2].map(() => openStores(loadConfig({ DATA_DIR: dir, DATABASE_URL: url }))));
    for (const stores of all) closers.push(() => stores.close());
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const rows = (await client.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')).rows;
      expect(rows.map((row) => row.name)).toEqual(migrationNames('postgres'));
    } finally {
      await client.end();
    }
  });
});

describe.skipIf(!postgresAvailable)(`PostgreSQL coordination between two servers${postgresSkipReason ? ` (skipped: ${postgresSkipReason})` : ''}`, () => {
  async function twoCoordinations(): Promise<[PostgresCoordination, PostgresCoordination]> {
    const url = await (await sharedTestPostgres()).freshDatabase();
    const make = async () => {
      const coordination = new PostgresCoordination(url, 5);
      await coordination.start();
      closers.push(() => coordination.close());
      return coordination;
    };
    return [await make(), await make()];
  }

  it('tus lock: a request on another server asks the stuck holder to let go, then takes over', async () => {
    const [a, b] = await twoCoordinations();
    const held = a.tusLocker.newLock('0123456789abcdef0123456789abcdef');
    let releaseAsked = 0;
    await held.lock(new AbortController().signal, async () => {
      releaseAsked += 1;
      // What tus does when asked: the old request ends and unlocks.
      await held.unlock();
    });
    const taker = b.tusLocker.newLock('0123456789abcdef0123456789abcdef');
    await taker.lock(new AbortController().signal, () => undefined);
    expect(releaseAsked).toBe(1);
    await taker.unlock();
  });

  it('tus lock: gives up when the holder never lets go and the request is cancelled', async () => {
    const [a, b] = await twoCoordinations();
    const held = a.tusLocker.newLock('fedcba9876543210fedcba9876543210');
    await held.lock(new AbortController().signal, () => undefined);
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 300);
    await expect(b.tusLocker.newLock('fedcba9876543210fedcba9876543210').lock(cancel.signal, () => undefined)).rejects.toMatchObject({ status_code: 500 });
    await held.unlock();
  });

  it('retention leader: one server at a time; another takes over when the leader goes', async () => {
    const [a, b] = await twoCoordinations();
    expect(await a.holdLeadership('retention-sweep')).toBe(true);
    expect(await b.holdLeadership('retention-sweep')).toBe(false);
    expect(await a.holdLeadership('retention-sweep')).toBe(true);
    await a.close();
    expect(await b.holdLeadership('retention-sweep')).toBe(true);
  });
});
