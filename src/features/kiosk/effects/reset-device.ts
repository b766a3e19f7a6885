import { isAppShellCache, wipePersonData, type WipeReport } from './wipe-person-data';

/** What stays after the recovery route: the person's own display settings, nothing else. */
export const recoveryKeepLocalStorageKeys: ReadonlySet<string> = new Set(['settings']);

/**
 * The outbox's database is emptied through the outbox itself (its connection stays open); the
 * service worker's cache bookkeeping holds no personal data.
 */
const keptDatabases: ReadonlySet<string> = new Set(['certification-outbox', 'workbox-expiration']);

export type ResetTargets = {
  /** Every submission on this device and its face data, sent or not (an upload under way finishes first). */
  clearOutbox: () => Promise<void>;
  localStorage: Storage;
  sessionStorage: Storage;
  indexedDB: IDBFactory;
  caches: CacheStorage | undefined;
  deleteTimeoutMs?: number;
};

/**
 * 忘记密码: the way back to a normal phone for someone who no longer knows the staff PIN. It
 * cannot be used to get at anyone's data, because it first deletes all of it: every submission
 * still on the device (with its face photo and video, sent or not), every other database, cache
 * and stored key but the text-size setting; only then does the caller turn kiosk mode off and
 * forget the PIN. Whoever uses it gets an empty device and nothing else.
 */
export async function wipeDeviceForRecovery(targets: ResetTargets): Promise<WipeReport> {
  await targets.clearOutbox();
  return wipePersonData({
    localStorage: targets.localStorage,
    sessionStorage: targets.sessionStorage,
    keepLocalStorageKeys: recoveryKeepLocalStorageKeys,
    indexedDB: targets.indexedDB,
    keepDatabases: keptDatabases,
    caches: targets.caches,
    isAppCache: isAppShellCache,
    purgeOutbox: () => Promise.resolve(),
    revokeObjectUrls: () => undefined,
    stopCameraTracks: () => undefined,
    resetStores: [],
    deleteTimeoutMs: targets.deleteTimeoutMs,
  });
}
