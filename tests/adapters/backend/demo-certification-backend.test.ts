import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDemoCertificationBackend } from '../../../src/adapters/backend/demo-certification-backend';
import { BackendError } from '../../../src/adapters/backend/backend-error';
import { aSession, anEvidence, testPerson } from '../../features/submission/support/evidence';
import { createManualTimers } from '../../features/submission/support/manual-timers';

function setup(timers = createManualTimers()) {
  let ids = 0;
  const backend = createDemoCertificationBackend({
    timers,
    randomBytes: (count) => new Uint8Array(count).fill(77),
    newId: () => `id-${++ids}-${'x'.repeat(20)}`,
    inReviewAfterMs: 5_000,
    approvedAfterMs: 20_000,
    databaseName: 'demo-test',
  });
  return { backend, timers };
}

async function uploadDriven(promise: Promise<unknown>, timers: ReturnType<typeof createManualTimers>) {
  await timers.advance(1000); // the pretend upload takes a few ticks
  return promise;
}

describe('demo backend', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('runs the whole lifecycle: session, upload, received → in review → approved, withdraw', async () => {
    const { backend, timers } = setup();
    const session = await backend.startSession(testPerson);
    expect(session.challenges.length).toBeGreaterThanOrEqual(2);
    expect(session.challenges.some((c) => c === 'blink' || c === 'mouth-open')).toBe(true);
    expect(Date.parse(session.expiresAt)).toBe(timers.now() + 15 * 60_000);

    const progress: number[] = [];
    const receipt = await uploadDriven(
      backend.uploadEvidence(session, anEvidence(), { idempotencyKey: 'key-1', onProgress: (p) => progress.push(p.bytesSent) }),
      timers,
    );
    expect(progress.at(-1)).toBe(5000);
    expect(receipt).toMatchObject({ submissionId: expect.any(String), statusToken: expect.any(String), shortCode: expect.stringMatching(/^\d{16}$/) });
    const token = (receipt as { statusToken: string }).statusToken;

    const first = await backend.getStatus({ statusToken: token });
    expect(first).toMatchObject({ notModified: false, status: { state: 'received' } });
    const etag = first.notModified ? undefined : first.etag;
    expect(await backend.getStatus({ statusToken: token }, { etag })).toEqual({ notModified: true });

    await timers.advance(5_000);
    expect(await backend.getStatus({ statusToken: token })).toMatchObject({ status: { state: 'in-review' } });
    await timers.advance(15_000);
    const approved = await backend.getStatus({ statusToken: token });
    expect(approved).toMatchObject({ status: { state: 'approved', nextDueDate: '2027-01-15' } });

    const shortCode = (receipt as { shortCode: string }).shortCode;
    expect(await backend.lookupStatusToken(shortCode.toLowerCase(), '002x')).toBe(token);
    await expect(backend.lookupStatusToken(shortCode, '0000')).rejects.toMatchObject({ serverCode: 'invalid-short-code' });

    await backend.withdraw({ statusToken: token });
    await expect(backend.getStatus({ statusToken: token })).rejects.toMatchObject({ code: 'http-4xx', serverCode: 'invalid-status-token' });
  });

  it('survives a reload: a new instance on the same database knows the submission', async () => {
    const timers = createManualTimers();
    const { backend } = setup(timers);
    const session = await backend.startSession(testPerson);
    const receipt = await uploadDriven(backend.uploadEvidence(session, anEvidence(), { idempotencyKey: 'key-1' }), timers);
    await timers.advance(30_000);
    const reloaded = setup(timers).backend;
    expect(await reloaded.getStatus(receipt as { statusToken: string })).toMatchObject({ status: { state: 'approved' } });
  });

  it('is idempotent and refuses a reused nonce, an unknown session and a bad ID number', async () => {
    const { backend, timers } = setup();
    const session = await backend.startSession(testPerson);
    const a = await uploadDriven(backend.uploadEvidence(session, anEvidence(), { idempotencyKey: 'key-1' }), timers);
    const b = await backend.uploadEvidence(session, anEvidence(), { idempotencyKey: 'key-1' });
    expect(b).toEqual(a);
    await expect(backend.uploadEvidence(session, anEvidence(), { idempotencyKey: 'key-2' })).rejects.toMatchObject({ serverCode: 'nonce-already-used' });
    await expect(backend.uploadEvidence(aSession({ sessionId: 'nope' }), anEvidence(), { idempotencyKey: 'key-3' })).rejects.toMatchObject({ serverCode: 'unknown-session' });
    const refused = await backend.startSession({ name: '李', idNumber: '110105194912310021' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BackendError);
    expect(refused).toMatchObject({ serverCode: 'invalid-id-number', problem: 'check-digit' });
  });

  it('refuses an expired session', async () => {
    const { backend, timers } = setup();
    const session = await backend.startSession(testPerson);
    await timers.advance(16 * 60_000);
    await expect(backend.uploadEvidence(session, anEvidence(), { idempotencyKey: 'key-1' })).rejects.toMatchObject({ serverCode: 'session-expired' });
  });
});
