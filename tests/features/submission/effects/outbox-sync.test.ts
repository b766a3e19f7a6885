import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createIndexedDbOutboxStorage } from '../../../../src/adapters/storage/indexeddb-outbox-storage';
import { createOutboxSync, type NetworkStatus } from '../../../../src/features/submission/effects/outbox-sync';
import { BackendError } from '../../../../src/adapters/backend/backend-error';
import { entryDisplay } from '../../../../src/features/submission/model/outbox';
import type { RetryPolicy } from '../../../../src/features/submission/model/retry-policy';
import { aSession, anEvidence, testPerson } from '../support/evidence';
import { createFakeBackend } from '../support/fake-backend';
import { createManualTimers } from '../support/manual-timers';

const uploadPolicy: RetryPolicy = { baseDelayMs: 1000, maxDelayMs: 8000, factor: 2, jitterRatio: 0, maxRetryAfterMs: 60_000 };
const statusPolicy: RetryPolicy = { baseDelayMs: 5000, maxDelayMs: 60_000, factor: 2, jitterRatio: 0, maxRetryAfterMs: 60_000 };

function fakeNetwork(initiallyOnline: boolean) {
  let online = initiallyOnline;
  const listeners = new Set<(online: boolean) => void>();
  const network: NetworkStatus = {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    network,
    set(value: boolean) {
      online = value;
      for (const listener of listeners) listener(value);
    },
  };
}

function setup({ online = true, fake = createFakeBackend(), timers = createManualTimers() } = {}) {
  const storage = createIndexedDbOutboxStorage('outbox-sync-test');
  const net = fakeNetwork(online);
  const foregroundListeners = new Set<() => void>();
  const foreground = {
    subscribe(listener: () => void) {
      foregroundListeners.add(listener);
      return () => foregroundListeners.delete(listener);
    },
    fire: () => foregroundListeners.forEach((listener) => listener()),
  };
  let ids = 0;
  const sync = createOutboxSync({
    storage,
    backend: fake.backend,
    timers,
    random: () => 0,
    newId: () => `entry-${++ids}`,
    network: net.network,
    foreground,
    uploadPolicy,
    statusPolicy,
  });
  return { sync, storage, net, fake, timers, foreground };
}

describe('outbox sync', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('saves first, uploads, then keeps only the receipt and follows the status', async () => {
    const { sync, storage, fake, timers } = setup();
    await sync.start();
    const entry = await sync.enqueue({ person: testPerson, session: aSession(), evidence: anEvidence() });
    await timers.advance(0);

    const [stored] = await storage.list();
    expect(stored).toMatchObject({ id: entry.id, phase: 'submitted', receipt: { statusToken: 'token-1' } });
    expect(stored?.idNumberMasked).toBe('1101**********002X');
    expect(JSON.stringify(stored)).not.toContain(testPerson.idNumber);
    expect(await storage.getEvidence(entry.id)).toBeUndefined();
    expect(fake.submissions.size).toBe(1);

    expect(fake.statusCalls[0]?.token).toBe('token-1');
    fake.setStatus({ state: 'approved', decidedAt: '2026-01-15T09:00:00.000Z' });
    await timers.advance(5000);
    expect(sync.getSnapshot().entries[0]?.status?.state).toBe('approved');
    expect((await storage.get(entry.id))?.status?.state).toBe('approved');
    sync.stop();
  });

  it('offline: keeps the entry as "saved" and sends it by itself when the network comes back', async () => {
    const { sync, storage, net, fake, timers } = setup({ online: false });
    await sync.start();
    const entry = await sync.enqueue({ person: testPerson, session: aSession(), evidence: anEvidence() });
    await timers.advance(60_000);
    expect(fake.uploadCalls).toEqual([]);
    expect(entryDisplay(sync.getSnapshot().entries[0]!)).toBe('saved-offline');
    expect(await storage.getEvidence(entry.id)).toBeDefined();

    net.set(true);
    await timers.advance(0);
    expect(fake.submissions.size).toBe(1);
    expect(sync.getSnapshot().entries[0]?.phase).toBe('submitted');
    sync.stop();
  });

  it('retries a failed upload with backoff, resuming its parts, and never files it twice', async () => {
    const { sync, fake, timers } = setup();
    fake.failNextUpload(new BackendError('network', 'dropped'));
    fake.failNextUpload(new BackendError('http-5xx', 'busy', { status: 503 }));
    await sync.start();
    await sync.enqueue({ person: testPerson, session: aSession(), evidence: anEvidence() });
    await timers.advance(0);
    expect(sync.getSnapshot().entries[0]).toMatchObject({ phase: 'waiting', lastErrorCode: 'network', attempts: 1 });
    expect(timers.pending()).toEqual([1000]);

    await timers.advance(1000);
    expect(sync.getSnapshot().entries[0]).toMatchObject({ phase: 'waiting', lastErrorCode: 'http-5xx', attempts: 2 });
    expect(timers.pending()[0]).toBe(2000);

    await timers.advance(2000);
    expect(sync.getSnapshot().entries[0]?.phase).toBe('submitted');
    expect(new Set(fake.uploadCalls.map((c) => c.idempotencyKey))).toEqual(new Set(['entry-1']));
    // The second and third tries carried the photo's upload URL saved by the first.
    expect(fake.uploadCalls[1]?.uploadState?.photo).toEqual({ uploadUrl: '/api/uploads/p1', complete: true });
    expect(fake.submissions.size).toBe(1);
    sync.stop();
  });

  it('a refusal for good (session expired) deletes the face data and says so', async () => {
    const { sync, storage, fake, timers } = setup();
    fake.failNextUpload(new BackendError('http-4xx', 'expired', { status: 410, serverCode: 'session-expired' }));
    await sync.start();
    const entry = await sync.enqueue({ person: testPerson, session: aSession(), evidence: anEvidence() });
    await timers.advance(0);
    expect(sync.getSnapshot().entries[0]).toMatchObject({ phase: 'failed', lastErrorCode: 'session-expired' });
    expect(await storage.getEvidence(entry.id)).toBeUndefined();
    await timers.advance(600_000);
    expect(fake.uploadCalls).toHaveLength(1);
    sync.stop();
  });

  it.each([
    ['unreadable-video', 422],
    ['unreadable-photo', 422],
    ['wrong-file-type', 415],
  ] as const)('finding 1: a refusal of the evidence itself (%s) stops the retries, deletes the face data and asks for the check again', async (serverCode, status) => {
    const { sync, storage, fake, timers } = setup();
    fake.failNextUpload(new BackendError('http-4xx', 'bad file', { status, serverCode }));
    await sync.start();
    const entry = await sync.enqueue({ person: testPerson, session: aSession(), evidence: anEvidence() });
    await timers.advance(0);
    expect(sync.getSnapshot().entries[0]).toMatchObject({ phase: 'failed', lastErrorCode: serverCode });
    expect(sync.getSnapshot().entries[0]?.nextAttemptAtMs).toBeUndefined();
    expect(await storage.getEvidence(entry.id)).toBeUndefined();
    expect(timers.pending()).toEqual([]);
    // Neither time, the network coming back, nor 立即重试 sends it again.
    await timers.advance(3_600_000);
    await sync.syncNow();
    expect(fake.uploadCalls).toHaveLength(1);
    sync.stop();
  });

  it('going offline mid-upload stops at once and resumes later with the same key', async () => {
    const { sync, net, fake, timers } = setup();
    const release = fake.holdUploads();
    await sync.start();
    await sync.enqueue({ person: testPerson, session: aSession(), evidence: anEvidence() });
    await timers.advance(0);
    expect(sync.getSnapshot().entries[0]?.phase).toBe('uploading');
    expect(sync.getSnapshot().progress['entry-1']).toEqual({ bytesSent: 10, bytesTotal: 20 });

    net.set(false);
    release();
    await timers.advance(0);
    expect(entryDisplay(sync.getSnapshot().entries[0]!)).toBe('saved-offline');

    net.set(true);
    await timers.advance(0);
    expect(sync.getSnapshot().entries[0]?.phase).toBe('submitted');
    expect(fake.submissions.size).toBe(1);
    sync.stop();
  });

  it('after the app was closed mid-upload, a new start resumes it from storage', async () => {
    const first = setup();
    const release = first.fake.holdUploads();
    await first.sync.start();
    await first.sync.enqueue({ person: testPerson, session: aSession(), evidence: anEvidence() });
    await first.timers.advance(0);
    first.sync.stop(); // the app is closed
    release();
    await first.timers.advance(0);

    const fake = createFakeBackend();
    const second = setup({ fake });
    await second.sync.start();
    await second.timers.advance(0);
    expect(fake.uploadCalls[0]?.idempotencyKey).toBe('entry-1');
    expect(fake.uploadCalls[0]?.uploadState?.photo?.uploadUrl).toBe('/api/uploads/p1');
    expect(second.sync.getSnapshot().entries[0]?.phase).toBe('submitted');
    second.sync.stop();
  });

  it('follows persisted receipts after a restart, sending the saved ETag', async () => {
    const first = setup();
    await first.sync.start();
    await first.sync.enqueue({ person: testPerson, session: aSession(), evidence: anEvidence() });
    await first.timers.advance(0);
    first.sync.stop();

    const fake = createFakeBackend();
    fake.submissions.set('entry-1', { submissionId: 'sub-1', statusToken: 'token-1' });
    fake.setStatus({ state: 'received' });
    const second = setup({ fake });
    await second.sync.start();
    await second.timers.advance(0);
    expect(fake.uploadCalls).toEqual([]);
    expect(fake.statusCalls[0]).toEqual({ token: 'token-1', etag: '"received"' });
    second.sync.stop();
  });

  it('an entry forgotten the moment it is submitted (kiosk 下一位) stays forgotten: no status check writes it back', async () => {
    const { sync, storage, fake, timers } = setup();
    await sync.start();
    // As the kiosk's purger does: forget a doomed entry once, as soon as it has settled.
    const forgetting: Promise<void>[] = [];
    const doomed = new Set(['entry-1']);
    sync.subscribe(() => {
      for (const entry of sync.getSnapshot().entries) {
        if (entry.phase === 'submitted' && doomed.delete(entry.id)) forgetting.push(sync.forget(entry.id));
      }
    });
    await sync.enqueue({ person: testPerson, session: aSession(), evidence: anEvidence() });
    await timers.advance(0);
    await Promise.all(forgetting);
    await timers.advance(60_000);

    expect(fake.submissions.size).toBe(1);
    expect(await storage.list()).toEqual([]);
    expect(sync.getSnapshot().entries).toEqual([]);
    // Nobody is following a status this device has forgotten.
    const callsAfterForgetting = fake.statusCalls.length;
    await timers.advance(10 * 60_000);
    expect(fake.statusCalls.length).toBe(callsAfterForgetting);
  });

  it('withdraw asks the server first, then forgets the entry', async () => {
    const { sync, storage, fake, timers } = setup();
    await sync.start();
    const entry = await sync.enqueue({ person: testPerson, session: aSession(), evidence: anEvidence() });
    await timers.advance(0);
    await sync.withdraw(entry.id);
    expect(fake.withdrawn).toEqual(['token-1']);
    expect(await storage.list()).toEqual([]);
    expect(sync.getSnapshot().entries).toEqual([]);
    sync.stop();
  });

  it('checks the status at once when the app comes back to the foreground', async () => {
    const { sync, fake, timers, foreground } = setup();
    await sync.start();
    await sync.enqueue({ person: testPerson, session: aSession(), evidence: anEvidence() });
    await timers.advance(0);
    const callsBefore = fake.statusCalls.length;
    fake.setStatus({ state: 'approved', decidedAt: '2026-01-15T09:00:00.000Z' });
    foreground.fire();
    await timers.advance(0); // no time passes: the poll is not the scheduled one
    expect(fake.statusCalls.length).toBe(callsBefore + 1);
    expect(sync.getSnapshot().entries[0]?.status?.state).toBe('approved');
    sync.stop();
  });
});

describe('outbox sync in two tabs', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('takes turns through the lock, so an entry is sent by one tab only', async () => {
    const timers = createManualTimers();
    const fake = createFakeBackend();
    const storage = createIndexedDbOutboxStorage('two-tabs');
    // One lock shared by both "tabs", like navigator.locks across tabs of one origin.
    let queue: Promise<unknown> = Promise.resolve();
    const lock = <T,>(task: () => Promise<T>): Promise<T> => {
      const result = queue.then(task);
      queue = result.catch(() => undefined);
      return result;
    };
    const net = fakeNetwork(false);
    const tab = () =>
      createOutboxSync({ storage, backend: fake.backend, timers, random: () => 0, newId: () => 'entry-1', network: net.network, lock, uploadPolicy, statusPolicy });
    const a = tab();
    const b = tab();
    await a.start();
    await b.start();
    await a.enqueue({ person: testPerson, session: aSession(), evidence: anEvidence() });
    await timers.advance(0);

    net.set(true); // both tabs hear "online" at the same moment
    await timers.advance(0);
    expect(fake.uploadCalls).toHaveLength(1);
    expect(b.getSnapshot().entries[0]?.phase).toBe('submitted');
    a.stop();
    b.stop();
  });
});
