/**
 * 下一位: forget everything about the last person, everywhere the app could have put it.
 * Everything is wiped except what is named as the kiosk's own (the PIN hash, the text-size
 * setting, the anonymous day count) and the app shell's caches. Uploads still in flight are not
 * dropped: `purgeOutbox` removes finished entries now and in-flight ones when they finish.
 */
export type WipeTargets = {
  localStorage: Storage;
  sessionStorage: Storage;
  /** localStorage keys that never hold personal data. */
  keepLocalStorageKeys: ReadonlySet<string>;
  indexedDB: IDBFactory;
  /** Databases handled by `purgeOutbox` instead of being deleted whole. */
  keepDatabases: ReadonlySet<string>;
  caches: CacheStorage | undefined;
  /** Caches that hold only the app itself (precache, face model, config). */
  isAppCache: (name: string) => boolean;
  purgeOutbox: () => Promise<void>;
  revokeObjectUrls: () => void;
  stopCameraTracks: () => void;
  /** In-memory stores (zustand) that may hold the person: each resets to empty. */
  resetStores: ReadonlyArray<() => void>;
  /** How long to wait for a database another tab keeps open before moving on. */
  deleteTimeoutMs?: number;
};

export type WipeReport = {
  localStorageKeysRemoved: number;
  databasesDeleted: string[];
  databasesBlocked: string[];
  cachesDeleted: string[];
};

function removeAllBut(storage: Storage, keep: ReadonlySet<string>): number {
  const doomed: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null && !keep.has(key)) doomed.push(key);
  }
  for (const key of doomed) storage.removeItem(key);
  return doomed.length;
}

function deleteDatabase(factory: IDBFactory, name: string, timeoutMs: number): Promise<'deleted' | 'blocked'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('blocked'), timeoutMs);
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve('deleted');
    };
    request.onerror = () => {
      clearTimeout(timer);
      resolve('blocked');
    };
    // 'blocked' fires while another connection is open; success still follows once it closes.
  });
}

/** The app's own keys in localStorage that are safe to keep between people on a kiosk. */
export const kioskKeepLocalStorageKeys: ReadonlySet<string> = new Set(['settings', 'kiosk']);

/** workbox precache, the face model cache and the runtime-config cache hold no personal data. */
export function isAppShellCache(name: string): boolean {
  return name.startsWith('workbox-precache') || name.startsWith('face-check-assets') || name === 'runtime-config';
}

export async function wipePersonData(targets: WipeTargets): Promise<WipeReport> {
  // Memory first: the screen must stop showing the person at once.
  for (const reset of targets.resetStores) reset();
  targets.stopCameraTracks();
  targets.revokeObjectUrls();

  const localStorageKeysRemoved = removeAllBut(targets.localStorage, targets.keepLocalStorageKeys);
  targets.sessionStorage.clear();

  await targets.purgeOutbox();

  const databasesDeleted: string[] = [];
  const databasesBlocked: string[] = [];
  const infos = typeof targets.indexedDB.databases === 'function' ? await targets.indexedDB.databases() : [];
  for (const info of infos) {
    if (!info.name || targets.keepDatabases.has(info.name)) continue;
    const outcome = await deleteDatabase(targets.indexedDB, info.name, targets.deleteTimeoutMs ?? 2_000);
    (outcome === 'deleted' ? databasesDeleted : databasesBlocked).push(info.name);
  }

  const cachesDeleted: string[] = [];
  if (targets.caches) {
    for (const name of await targets.caches.keys()) {
      if (targets.isAppCache(name)) continue;
      if (await targets.caches.delete(name)) cachesDeleted.push(name);
    }
  }
  return { localStorageKeysRemoved, databasesDeleted, databasesBlocked, cachesDeleted };
}
