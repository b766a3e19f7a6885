import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { blobToArrayBuffer } from '../../../src/adapters/storage/blob-bytes';
import { createIndexedDbOutboxStorage } from '../../../src/adapters/storage/indexeddb-outbox-storage';
import type { OutboxEntry } from '../../../src/adapters/storage/outbox-storage';
import { aSession, anEvidence } from '../../features/submission/support/evidence';

const entry: OutboxEntry = {
  id: 'entry-1',
  createdAt: '2026-01-15T08:00:00.000Z',
  personName: '张桂兰',
  idNumberMasked: '1101**********002X',
  backendKind: 'http',
  session: aSession(),
  phase: 'waiting',
  upload: {},
  attempts: 0,
};

async function bytesOf(blob: Blob): Promise<number[]> {
  return Array.from(new Uint8Array(await blobToArrayBuffer(blob)));
}

describe('IndexedDB outbox storage', () => {
  beforeEach(() => {
    // A fresh, empty IndexedDB for every test.
    globalThis.indexedDB = new IDBFactory();
  });

  it('keeps an entry and its evidence, byte for byte, across reopening', async () => {
    const evidence = anEvidence(300, 900);
    await createIndexedDbOutboxStorage('outbox-test').add(entry, evidence);

    const reopened = createIndexedDbOutboxStorage('outbox-test');
    expect(await reopened.list()).toEqual([entry]);
    const stored = await reopened.getEvidence(entry.id);
    expect(stored?.photo.type).toBe('image/jpeg');
    expect(stored?.video.type).toBe('video/webm');
    expect(await bytesOf(stored!.photo)).toEqual(await bytesOf(evidence.photo));
    expect(await bytesOf(stored!.video)).toEqual(await bytesOf(evidence.video));
    expect(stored?.metadata).toEqual(evidence.metadata);
  });

  it('remembers upload URLs so a restart resumes the upload', async () => {
    const storage = createIndexedDbOutboxStorage('outbox-test');
    await storage.add(entry, anEvidence());
    const upload = { photo: { uploadUrl: 'http://127.0.0.1/api/uploads/p1', complete: true }, video: { uploadUrl: 'http://127.0.0.1/api/uploads/v1', complete: false } };
    await storage.update({ ...entry, phase: 'uploading', upload, attempts: 1 });

    const reopened = await createIndexedDbOutboxStorage('outbox-test').get(entry.id);
    expect(reopened?.upload).toEqual(upload);
    expect(await createIndexedDbOutboxStorage('outbox-test').getEvidence(entry.id)).toBeDefined();
  });

  it('deletes the face data as soon as the receipt is stored, keeping the receipt', async () => {
    const storage = createIndexedDbOutboxStorage('outbox-test');
    await storage.add(entry, anEvidence());
    const receipt = { submissionId: 's-1', statusToken: 'token-1', shortCode: 'ABCD2345' };
    const updated = await storage.markReceived(entry.id, receipt, '2026-01-15T08:01:00.000Z');

    expect(updated).toMatchObject({ phase: 'submitted', receipt, upload: {} });
    expect(await storage.getEvidence(entry.id)).toBeUndefined();
    expect(await storage.get(entry.id)).toMatchObject({ phase: 'submitted', receipt });
  });

  it('removes one entry or everything', async () => {
    const storage = createIndexedDbOutboxStorage('outbox-test');
    await storage.add(entry, anEvidence());
    await storage.add({ ...entry, id: 'entry-2' }, anEvidence());
    await storage.remove(entry.id);
    expect((await storage.list()).map((e) => e.id)).toEqual(['entry-2']);
    expect(await storage.getEvidence(entry.id)).toBeUndefined();
    await storage.clear();
    expect(await storage.list()).toEqual([]);
    expect(await storage.getEvidence('entry-2')).toBeUndefined();
  });

  it('update changes a stored entry but never brings a removed one back', async () => {
    const storage = createIndexedDbOutboxStorage('outbox-update-test');
    await storage.add(entry, anEvidence());
    expect(await storage.update({ ...entry, attempts: 2 })).toBe(true);
    expect((await storage.get(entry.id))?.attempts).toBe(2);
    await storage.remove(entry.id);
    expect(await storage.update({ ...entry, attempts: 3 })).toBe(false);
    expect(await storage.list()).toEqual([]);
  });
});
