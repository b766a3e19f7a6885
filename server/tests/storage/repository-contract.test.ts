import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { openStores, type Stores } from '../../src/db/stores';
import type { SessionRecord, SubmissionRecord, UploadRecord } from '../../src/storage/submissions-repository';
import { makeTempDir } from '../support/test-server';
import { postgresAvailable, postgresSkipReason, sharedTestPostgres } from '../support/test-database';
import { rmSync } from 'node:fs';

/**
 * The repository contract: the same tests, unchanged, against SQLite (the embedded default) and
 * PostgreSQL (several servers). A method that behaves differently on one of them fails here.
 */
type Backend = { name: 'sqlite' | 'postgres'; open: () => Promise<Stores> };

const opened: Array<{ stores: Stores; dir: string }> = [];
afterEach(async () => {
  for (const { stores, dir } of opened.splice(0)) {
    await stores.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
afterAll(async () => {
  if (postgresAvailable) await (await sharedTestPostgres()).stop();
});

async function openFresh(kind: 'sqlite' | 'postgres'): Promise<Stores> {
  const dir = makeTempDir('contract-');
  const databaseUrl = kind === 'postgres' ? await (await sharedTestPostgres()).freshDatabase() : '';
  const stores = await openStores(loadConfig({ DATA_DIR: dir, DATABASE_URL: databaseUrl }));
  opened.push({ stores, dir });
  return stores;
}

const backends: Backend[] = [
  { name: 'sqlite', open: () => openFresh('sqlite') },
  ...(postgresAvailable ? [{ name: 'postgres' as const, open: () => openFresh('postgres') }] : []),
];
if (!postgresAvailable) console.warn(`repository contract: PostgreSQL skipped: ${postgresSkipReason}`);

const t0 = Date.parse('2026-03-01T08:00:00.000Z');
const bigQuota = { uploadsPerPart: 3, sessionBytes: 1e9, totalBytes: 1e12 };
const at = (minutes: number) => new Date(t0 + minutes * 60_000).toISOString();

function session(id: string, overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id,
    name: '王秀英',
    idNumber: '11010519491231002X',
    phone: '13800138000',
    challenges: ['turn-left', 'blink'],
    nonce: `nonce-${id}`,
    createdAt: at(0),
    expiresAt: at(15),
    usedAt: null,
    tier: 'standard',
    route: 'live',
    spokenCode: null,
    ...overrides,
  };
}

function upload(id: string, sessionId: string, part: 'photo' | 'video' = 'photo'): UploadRecord {
  return { id, sessionId, part, declaredBytes: 1234, filetype: part === 'photo' ? 'image/jpeg' : 'video/webm', createdAt: at(1) };
}

function submission(id: string, sessionId: string, overrides: Partial<SubmissionRecord> = {}): SubmissionRecord {
  return {
    id,
    sessionId,
    idempotencyKeyHash: `key-${id}`,
    sealedStatusToken: `sealed-${id}`,
    shortCode: `CODE${id.slice(0, 4).toUpperCase()}`,
    name: '王秀英',
    idNumber: '11010519491231002X',
    phone: null,
    challenges: ['turn-left', 'blink'],
    metadata: '{"nonce":"n","b":1,"a":[2,1]}',
    photoKey: `${id}/photo`,
    photoBytes: 100,
    photoMime: 'image/jpeg',
    videoKey: `${id}/video`,
    videoBytes: 2000,
    videoMime: 'video/webm',
    videoDurationMs: 1471,
    precheckResults: [{ check: 'photo-size', passed: true, detail: 'ok' }] as unknown as SubmissionRecord['precheckResults'],
    precheckAllPassed: true,
    state: 'received',
    receivedAt: at(5),
    updatedAt: at(5),
    decision: null,
    reasonCode: null,
    reasonText: null,
    decidedAt: null,
    decidedBy: null,
    nextDueDate: null,
    evidenceDeletedAt: null,
    withdrawnAt: null,
    tier: 'standard',
    route: 'live',
    spokenCode: null,
    ...overrides,
  };
}

async function storeOne(stores: Stores, id: string, overrides: Partial<SubmissionRecord> = {}): Promise<SubmissionRecord> {
  await stores.repository.createSession(session(`s-${id}`));
  const record = submission(id, `s-${id}`, overrides);
  expect(await stores.repository.createSubmission(record, `token-${id}`, null)).toBe('created');
  return record;
}

describe.each(backends)('repository contract: $name', ({ open }) => {
  it('stores a session and reads it back exactly', async () => {
    const { repository } = await open();
    await repository.createSession(session('a'));
    expect(await repository.findSession('a')).toEqual(session('a'));
    expect(await repository.findSession('missing')).toBeNull();
  });

  it('keeps the frame-rate tier, the route and the spoken code of a session and its submission', async () => {
    const { repository } = await open();
    const recorded = { tier: 'slow', route: 'recorded', spokenCode: '0427' } as const;
    await repository.createSession(session('r', recorded));
    expect(await repository.findSession('r')).toEqual(session('r', recorded));
    const record = submission('sub-r', 'r', recorded);
    expect(await repository.createSubmission(record, 'token-r', null)).toBe('created');
    expect(await repository.findSubmission('sub-r')).toEqual(record);
  });

  it('keeps uploads within their quotas (per part, per session, in all), and deletes them with their ids returned', async () => {
    const { repository } = await open();
    await repository.createSession(session('a'));
    await repository.createSession(session('b'));
    const quota = { uploadsPerPart: 2, sessionBytes: 4000, totalBytes: 5000 };
    expect(await repository.createUploadWithinQuota(upload('u1', 'a', 'photo'), quota)).toBe('created');
    expect(await repository.createUploadWithinQuota(upload('u2', 'a', 'photo'), quota)).toBe('created');
    expect(await repository.createUploadWithinQuota(upload('u3', 'a', 'photo'), quota)).toBe('too-many-uploads');
    expect(await repository.createUploadWithinQuota(upload('u4', 'a', 'video'), quota)).toBe('created');
    expect(await repository.createUploadWithinQuota(upload('u5', 'a', 'video'), quota)).toBe('session-quota');
    expect(await repository.createUploadWithinQuota(upload('u6', 'b', 'video'), quota)).toBe('created');
    expect(await repository.createUploadWithinQuota(upload('u7', 'b', 'photo'), quota)).toBe('staging-full');
    expect(await repository.findUpload('u4')).toEqual(upload('u4', 'a', 'video'));
    expect(await repository.findUpload('u3')).toBeNull();
    expect((await repository.deleteUploadsOfSession('a')).sort()).toEqual(['u1', 'u2', 'u4']);
    expect(await repository.findUpload('u1')).toBeNull();
    expect(await repository.createUploadWithinQuota(upload('u8', 'b', 'photo'), quota)).toBe('created');
  });

  it('creates a submission once: it consumes the nonce, claims the uploads, and is found by id, key, token and code', async () => {
    const { repository } = await open();
    await repository.createSession(session('s1'));
    await repository.createUploadWithinQuota(upload('u1', 's1'), bigQuota);
    const record = submission('sub1', 's1');
    const audit = { at: at(5), actor: 'auto-approve', action: 'decision:approve', submissionId: 'sub1', detail: 'x' };
    expect(await repository.createSubmission(record, 'token-1', audit)).toBe('created');
    expect(await repository.findSubmission('sub1')).toEqual(record);
    expect(await repository.findSubmissionByIdempotencyKeyHash(record.idempotencyKeyHash)).toEqual(record);
    expect(await repository.findStatusToken('token-1')).toEqual({ submission: record, scope: 'owner' });
    expect((await repository.findSession('s1'))?.usedAt).toBe(record.receivedAt);
    expect(await repository.findUpload('u1')).toBeNull();
    expect((await repository.listAudit(10)).map(({ id: _id, ...entry }) => entry)).toEqual([audit]);
  });

  it('refuses a second submission: same key, same short code, or a used session', async () => {
    const { repository } = await open();
    await repository.createSession(session('s1'));
    await repository.createSession(session('s2'));
    await repository.createSession(session('s3'));
    const first = submission('sub1', 's1');
    expect(await repository.createSubmission(first, 't1', null)).toBe('created');
    expect(await repository.createSubmission(submission('sub2', 's2', { idempotencyKeyHash: first.idempotencyKeyHash }), 't2', null)).toBe('duplicate-idempotency-key');
    expect(await repository.createSubmission(submission('sub3', 's2', { shortCode: first.shortCode }), 't3', null)).toBe('duplicate-short-code');
    expect(await repository.createSubmission(submission('sub4', 's1'), 't4', null)).toBe('session-already-used');
    // Nothing of the refused attempts was kept, and the sessions they named are still unused.
    expect(await repository.findSubmission('sub2')).toBeNull();
    expect(await repository.findSubmission('sub4')).toBeNull();
    expect((await repository.findSession('s2'))?.usedAt).toBeNull();
    expect(await repository.createSubmission(submission('sub5', 's3'), 't5', null)).toBe('created');
  });

  it('adds status tokens; lists by state, oldest first, up to the limit', async () => {
    const stores = await open();
    const { repository } = stores;
    await storeOne(stores, 'c3', { receivedAt: at(30), updatedAt: at(30) });
    await storeOne(stores, 'a1', { receivedAt: at(10), updatedAt: at(10) });
    await storeOne(stores, 'b2', { receivedAt: at(20), updatedAt: at(20), state: 'approved', decision: 'approve', decidedAt: at(21), decidedBy: 'r', nextDueDate: '2027-03-01' });
    await repository.addStatusToken('a1', 'extra-token', at(40), 'read');
    expect(await repository.findStatusToken('extra-token')).toMatchObject({ submission: { id: 'a1' }, scope: 'read' });
    expect((await repository.listSubmissions(['received'], 10)).map((s) => s.id)).toEqual(['a1', 'c3']);
    expect((await repository.listSubmissions(['received', 'approved'], 2)).map((s) => s.id)).toEqual(['a1', 'b2']);
    expect((await repository.findSubmission('b2'))?.nextDueDate).toBe('2027-03-01');
  });

  it('moves received → in-review once, and decides once (with its audit row)', async () => {
    const stores = await open();
    const { repository } = stores;
    await storeOne(stores, 'x1');
    expect(await repository.markInReview('x1', at(6))).toBe(true);
    expect(await repository.markInReview('x1', at(7))).toBe(false);
    const update = { id: 'x1', state: 'rejected' as const, decision: 'reject' as const, reasonCode: 'face-unclear', reasonText: 'blurred', decidedAt: at(8), decidedBy: 'reviewer1', nextDueDate: null };
    const audit = { at: at(8), actor: 'reviewer1', action: 'decision:reject', submissionId: 'x1', detail: 'face-unclear: blurred' };
    expect(await repository.decide(update, audit)).toBe(true);
    expect(await repository.decide({ ...update, state: 'approved', decision: 'approve' }, audit)).toBe(false);
    expect(await repository.findSubmission('x1')).toMatchObject({ state: 'rejected', decision: 'reject', reasonCode: 'face-unclear', reasonText: 'blurred', decidedAt: at(8), decidedBy: 'reviewer1', updatedAt: at(8) });
    expect((await repository.listAudit(10, 'x1')).map((entry) => entry.action)).toEqual(['decision:reject']);
  });

  it('withdraws only before a decision: personal data blanked (in its session too), every token gone, audited', async () => {
    const stores = await open();
    const { repository } = stores;
    await storeOne(stores, 'w1');
    await repository.addStatusToken('w1', 'second', at(9), 'read');
    const audit = { at: at(10), actor: 'person', action: 'withdraw', submissionId: 'w1', detail: '' };
    expect(await repository.withdraw('w1', at(10), audit)).toBe('withdrawn');
    expect(await repository.withdraw('w1', at(11), audit)).toBe('not-found');
    expect(await repository.withdraw('nobody', at(11), audit)).toBe('not-found');
    expect(await repository.findStatusToken('token-w1')).toBeNull();
    expect(await repository.findStatusToken('second')).toBeNull();
    expect(await repository.findSubmission('w1')).toMatchObject({ state: 'withdrawn', name: '', idNumber: '', phone: null, metadata: '{}', sealedStatusToken: '', withdrawnAt: at(10), evidenceDeletedAt: null });
    expect(await repository.findSession('s-w1')).toMatchObject({ name: '', idNumber: '', phone: null });
    expect((await repository.listEvidenceDueForDeletion(at(0), 10)).map((s) => s.id)).toEqual(['w1']);
    await storeOne(stores, 'w2', { state: 'approved', decision: 'approve', decidedAt: at(6), decidedBy: 'r' });
    expect(await repository.withdraw('w2', at(12), { ...audit, submissionId: 'w2' })).toBe('already-decided');
    expect((await repository.findSubmission('w2'))?.state).toBe('approved');
  });

  it('counts wrong look-ups per short code up to the limit, gives back a right one, knows no code', async () => {
    const stores = await open();
    const { repository } = stores;
    const stored = await storeOne(stores, 'l1');
    const first = await repository.beginLookupAttempt(stored.shortCode, 2);
    expect(first).toMatchObject({ outcome: 'counted', submission: { id: 'l1' } });
    await repository.forgiveLookupAttempt('l1');
    expect((await repository.beginLookupAttempt(stored.shortCode, 2)).outcome).toBe('counted');
    expect((await repository.beginLookupAttempt(stored.shortCode, 2)).outcome).toBe('counted');
    expect(await repository.beginLookupAttempt(stored.shortCode, 2)).toEqual({ outcome: 'locked' });
    expect(await repository.beginLookupAttempt('NOSUCHCD', 2)).toEqual({ outcome: 'unknown' });
  });

  it('abandons sessions whose uploads can no longer finish: uploads forgotten, person blanked', async () => {
    const { repository } = await open();
    await repository.createSession(session('old', { expiresAt: at(10) }));
    await repository.createSession(session('new', { expiresAt: at(100) }));
    await repository.createUploadWithinQuota(upload('u-old', 'old'), bigQuota);
    await repository.createUploadWithinQuota(upload('u-new', 'new'), bigQuota);
    expect(await repository.abandonExpiredSessions(at(50))).toEqual({ uploadIds: ['u-old'], sessionsBlanked: 1 });
    expect(await repository.abandonExpiredSessions(at(50))).toEqual({ uploadIds: [], sessionsBlanked: 0 });
    expect(await repository.findSession('old')).toMatchObject({ name: '', idNumber: '', phone: null });
    expect(await repository.findUpload('u-new')).not.toBeNull();
  });

  it('retention: evidence due after the decision, personal data scrubbed, stale sessions deleted with their uploads', async () => {
    const stores = await open();
    const { repository } = stores;
    const decided = { state: 'approved' as const, decision: 'approve' as const, decidedBy: 'r' };
    await storeOne(stores, 'old', { ...decided, decidedAt: at(100) });
    await storeOne(stores, 'new', { ...decided, decidedAt: at(300) });
    await storeOne(stores, 'open');
    expect((await repository.listEvidenceDueForDeletion(at(200), 10)).map((s) => s.id)).toEqual(['old']);
    await repository.markEvidenceDeleted('old', at(201));
    await repository.markEvidenceDeleted('old', at(999));
    expect((await repository.findSubmission('old'))?.evidenceDeletedAt).toBe(at(201));
    expect(await repository.listEvidenceDueForDeletion(at(200), 10)).toEqual([]);
    expect(await repository.scrubPersonalData(at(200))).toBe(1);
    expect(await repository.scrubPersonalData(at(200))).toBe(0);
    expect(await repository.findSubmission('old')).toMatchObject({ name: '', idNumber: '', phone: null, metadata: '{}', state: 'approved' });
    expect((await repository.findSubmission('new'))?.name).toBe('王秀英');

    await repository.createSession(session('stale', { expiresAt: at(50) }));
    await repository.createSession(session('live', { expiresAt: at(500) }));
    await repository.createUploadWithinQuota(upload('up-stale', 'stale'), bigQuota);
    await repository.createUploadWithinQuota(upload('up-live', 'live'), bigQuota);
    const swept = await repository.deleteStaleSessions(at(60));
    // The stale session and the sessions the stored submissions used (their expiry is at(15)).
    expect(swept.uploadIds).toEqual(['up-stale']);
    expect(swept.sessions).toBe(4);
    expect(await repository.findSession('stale')).toBeNull();
    expect(await repository.findUpload('up-stale')).toBeNull();
    expect(await repository.findUpload('up-live')).not.toBeNull();
    // A submission keeps its own copy of the person's details.
    expect((await repository.findSubmission('new'))?.sessionId).toBe('s-new');
  });

  it('keeps an audit log, newest first, filtered by submission', async () => {
    const { repository } = await open();
    for (let i = 0; i < 5; i += 1) {
      await repository.appendAudit({ at: at(i), actor: 'a', action: `step-${i}`, submissionId: i % 2 === 0 ? 'even' : null, detail: `d${i}` });
    }
    const all = await repository.listAudit(3);
    expect(all.map((entry) => entry.action)).toEqual(['step-4', 'step-3', 'step-2']);
    expect(all[0]).toEqual({ id: expect.any(Number), at: at(4), actor: 'a', action: 'step-4', submissionId: 'even', detail: 'd4' });
    expect((await repository.listAudit(10, 'even')).map((entry) => entry.action)).toEqual(['step-4', 'step-2', 'step-0']);
  });

  it('reviewer accounts and signed-in sessions', async () => {
    const { accounts } = await open();
    await accounts.upsertReviewer({ username: 'r1', passwordHash: 'h1', createdAt: at(0) });
    await accounts.upsertReviewer({ username: 'r1', passwordHash: 'h2', createdAt: at(5) });
    expect(await accounts.findReviewer('r1')).toEqual({ username: 'r1', passwordHash: 'h2', createdAt: at(0) });
    expect(await accounts.findReviewer('nobody')).toBeNull();
    await accounts.createReviewSession('t-live', 'r1', at(0), at(60));
    await accounts.createReviewSession('t-old', 'r1', at(0), at(10));
    expect(await accounts.findReviewSession('t-live', at(30))).toBe('r1');
    expect(await accounts.findReviewSession('t-old', at(30))).toBeNull();
    expect(await accounts.deleteExpiredReviewSessions(at(30))).toBe(1);
    await accounts.deleteReviewSession('t-live');
    expect(await accounts.findReviewSession('t-live', at(30))).toBeNull();
  });

  it('answers ping', async () => {
    expect(await (await open()).ping()).toBe(true);
  });
});
