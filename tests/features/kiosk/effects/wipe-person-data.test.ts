import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installMediaTrackTracker } from '../../../../src/features/kiosk/effects/media-track-tracker';
import { installObjectUrlTracker } from '../../../../src/features/kiosk/effects/object-url-tracker';
import {
  isAppShellCache,
  kioskKeepLocalStorageKeys,
  wipePersonData,
} from '../../../../src/features/kiosk/effects/wipe-person-data';
import { useKioskStore } from '../../../../src/features/kiosk/kiosk-store';

const name = '王秀英';
const idNumber = '11010519491231002X';

/** A small in-memory Cache Storage (jsdom has none): names → request URLs → bodies. */
class MemoryCacheStorage {
  readonly stores = new Map<string, Map<string, string>>();
  async keys() {
    return [...this.stores.keys()];
  }
  async delete(cacheName: string) {
    return this.stores.delete(cacheName);
  }
  put(cacheName: string, url: string, body: string) {
    const store = this.stores.get(cacheName) ?? new Map<string, string>();
    store.set(url, body);
    this.stores.set(cacheName, store);
  }
}

type OutboxEntry = { id: string; uploaded: boolean; personName: string };

async function allDatabaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((info) => info.name ?? '').sort();
}

async function dumpDatabase(dbName: string): Promise<string> {
  const db = await openDB(dbName);
  const dump: unknown[] = [];
  for (const storeName of db.objectStoreNames) dump.push(await db.getAll(storeName));
  db.close();
  return JSON.stringify(dump);
}

function everythingInStorages(): string {
  const parts: string[] = [];
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i) ?? '';
      parts.push(key, storage.getItem(key) ?? '');
    }
  }
  return parts.join('\n');
}

describe('wipePersonData (下一位)', () => {
  let caches: MemoryCacheStorage;
  const originalCreate = URL.createObjectURL;
  const originalRevoke = URL.revokeObjectURL;

  beforeEach(async () => {
    for (const dbName of await allDatabaseNames()) indexedDB.deleteDatabase(dbName);
    sessionStorage.clear();
    caches = new MemoryCacheStorage();
    let counter = 0;
    URL.createObjectURL = vi.fn(() => `blob:test/${(counter += 1)}`);
    URL.revokeObjectURL = vi.fn();
  });

  afterEach(() => {
    URL.createObjectURL = originalCreate;
    URL.revokeObjectURL = originalRevoke;
  });

  it('leaves nothing of the person in any storage, store, cache, object URL or camera track', async () => {
    // What a person's visit leaves behind, in every place the app uses.
    useKioskStore.setState({ enabled: true, records: [{ id: 'r1', day: '2026-11-27', state: 'uploading' }] });
    localStorage.setItem('settings', JSON.stringify({ state: { textSize: 'large' } }));
    localStorage.setItem('submission-receipts', JSON.stringify([{ name, idNumber, statusToken: 'tok-1' }]));
    localStorage.setItem('due-date', JSON.stringify({ state: { own: { lastCertifiedOn: '2025-01-01' } } }));
    sessionStorage.setItem('certify-draft', JSON.stringify({ name, idNumber }));

    const demo = await openDB('demo-backend', 1, { upgrade: (db) => db.createObjectStore('sessions') });
    await demo.put('sessions', { name, idNumber }, 's1');
    demo.close();

    const outbox = await openDB('outbox', 1, { upgrade: (db) => db.createObjectStore('entries', { keyPath: 'id' }) });
    await outbox.put('entries', { id: 'done', uploaded: true, personName: name } satisfies OutboxEntry);
    await outbox.put('entries', { id: 'in-flight', uploaded: false, personName: 'still uploading' } satisfies OutboxEntry);
    outbox.close();

    caches.put('workbox-precache-v2-http://127.0.0.1/', '/index.html', '<html>');
    caches.put('face-check-assets-v1', '/models/face_landmarker.task', 'model');
    caches.put('evidence-previews', '/photo.jpg', `photo of ${name}`);

    // What the page holds in memory about the person (the kiosk's certification flow state).
    let inMemory: { name: string; idNumber: string; statusToken: string } | null = { name, idNumber, statusToken: 'tok-1' };

    const urls = installObjectUrlTracker(URL);
    const photoUrl = URL.createObjectURL(new Blob(['jpeg']));
    const stopped: string[] = [];
    const track = { readyState: 'live', stop: () => stopped.push('camera') };
    const mediaDevices = { getUserMedia: async () => ({ getTracks: () => [track] }) as unknown as MediaStream };
    const tracks = installMediaTrackTracker(mediaDevices);
    await mediaDevices.getUserMedia();

    const report = await wipePersonData({
      localStorage,
      sessionStorage,
      keepLocalStorageKeys: kioskKeepLocalStorageKeys,
      indexedDB,
      keepDatabases: new Set(['outbox']),
      caches: caches as unknown as CacheStorage,
      isAppCache: isAppShellCache,
      purgeOutbox: async () => {
        const db = await openDB('outbox');
        for (const entry of (await db.getAll('entries')) as OutboxEntry[]) if (entry.uploaded) await db.delete('entries', entry.id);
        db.close();
      },
      revokeObjectUrls: () => urls.revokeAll(),
      stopCameraTracks: () => tracks.stopAll(),
      resetStores: [() => (inMemory = null)],
    });
    urls.uninstall();
    tracks.uninstall();

    // Read everything back.
    const stored = everythingInStorages();
    expect(stored).not.toContain(name);
    expect(stored).not.toContain(idNumber);
    expect(stored).not.toContain('tok-1');
    expect(Object.keys({ ...localStorage }).sort()).toEqual(['kiosk', 'settings']);
    expect(sessionStorage.length).toBe(0);

    expect(await allDatabaseNames()).toEqual(['outbox']);
    const outboxDump = await dumpDatabase('outbox');
    expect(outboxDump).not.toContain(name);
    expect(outboxDump).toContain('in-flight'); // never dropped: it finishes in the background
    expect(report.databasesDeleted).toEqual(['demo-backend']);

    expect((await caches.keys()).sort()).toEqual(['face-check-assets-v1', 'workbox-precache-v2-http://127.0.0.1/']);
    expect(report.cachesDeleted).toEqual(['evidence-previews']);

    expect(inMemory).toBeNull();
    expect(useKioskStore.getState().enabled).toBe(true); // the kiosk stays a kiosk
    expect(JSON.stringify(useKioskStore.getState())).not.toContain(name);

    expect(URL.revokeObjectURL).toHaveBeenCalledWith(photoUrl);
    expect(stopped).toEqual(['camera']);
  });

  it('does not wait forever for a database another tab keeps open', async () => {
    const held = await openDB('held-open', 1, { upgrade: (db) => db.createObjectStore('x') });
    const report = await wipePersonData({
      localStorage,
      sessionStorage,
      keepLocalStorageKeys: kioskKeepLocalStorageKeys,
      indexedDB,
      keepDatabases: new Set(),
      caches: undefined,
      isAppCache: isAppShellCache,
      purgeOutbox: async () => undefined,
      revokeObjectUrls: () => undefined,
      stopCameraTracks: () => undefined,
      resetStores: [],
      deleteTimeoutMs: 50,
    });
    expect(report.databasesBlocked).toEqual(['held-open']);
    held.close();
  });
});
