import type { OutboxStorage } from '../../../adapters/storage/outbox-storage';
import { maskIdNumber } from '../../../../contract/id-number';
import type { Evidence } from '../../../adapters/backend/evidence';
import { isBackendError, isTransientFailure } from '../../../adapters/backend/backend-error';
import {
  isFinalStatus,
  type CertificationBackend,
  type CertificationSession,
  type PersonDetails,
  type UploadProgress,
} from '../../../adapters/backend/certification-backend';
import { hasReceipt, sortEntries } from '../model/outbox';
import type { OutboxEntry } from '../../../adapters/storage/outbox-storage';
import { nextRetryDelayMs, statusPollPolicy, uploadRetryPolicy, type RetryPolicy } from '../model/retry-policy';
import type { Timers } from '../../../shared/timers';
import { pollStatus, type StatusPoller } from './poll-status';

export type OutboxSnapshot = {
  /** Newest first. */
  entries: readonly OutboxEntry[];
  /** Upload progress of the entry being sent now. */
  progress: Readonly<Record<string, UploadProgress>>;
  online: boolean;
  /** False until the stored entries were read once. */
  loaded: boolean;
};

export type NetworkStatus = {
  isOnline(): boolean;
  /** Calls back when the network comes back (or goes); returns the unsubscribe function. */
  subscribe(listener: (online: boolean) => void): () => void;
};

/** Runs a task while no other tab of this app runs one (Web Locks); the same promise back. */
export type ExclusiveLock = <T>(task: () => Promise<T>) => Promise<T>;

export type OutboxSyncDeps = {
  storage: OutboxStorage;
  backend: CertificationBackend;
  timers: Timers;
  random: () => number;
  newId: () => string;
  network: NetworkStatus;
  /** The app came back to the foreground (phones pause timers in the background): check at once. */
  foreground?: { subscribe(listener: () => void): () => void };
  /** Two open tabs must not send the same entry at once: they take turns, each rereading storage first. */
  lock?: ExclusiveLock;
  uploadPolicy?: RetryPolicy;
  statusPolicy?: RetryPolicy;
};

export interface OutboxSync {
  /** Saves the submission on this device first, then sends it when it can. */
  enqueue(input: { person: PersonDetails; session: CertificationSession; evidence: Evidence }): Promise<OutboxEntry>;
  /** Reads saved entries, sends what waits, follows the statuses, and listens for the network. */
  start(): Promise<void>;
  stop(): void;
  /** Sends what waits now (ignoring backoff): on "online", or when the person taps 立即重试. */
  syncNow(): Promise<void>;
  /** The person withdraws: the server deletes it, then this device forgets it. */
  withdraw(id: string): Promise<void>;
  /** Forgets an entry on this device only (a refused or finished one). */
  forget(id: string): Promise<void>;
  /** Wipes everything on this device (kiosk 下一位); uploads in flight finish first. */
  clearAll(): Promise<void>;
  subscribe(listener: () => void): () => void;
  getSnapshot(): OutboxSnapshot;
}

export function createOutboxSync(deps: OutboxSyncDeps): OutboxSync {
  const uploadPolicy = deps.uploadPolicy ?? uploadRetryPolicy;
  const listeners = new Set<() => void>();
  const pollers = new Map<string, StatusPoller>();
  let snapshot: OutboxSnapshot = { entries: [], progress: {}, online: deps.network.isOnline(), loaded: false };
  let running: Promise<void> | undefined;
  let rerun = false;
  let retryTimer: unknown;
  let activeUpload: AbortController | undefined;
  let unsubscribeNetwork: (() => void) | undefined;
  let unsubscribeForeground: (() => void) | undefined;
  let started = false;

  const emit = (patch: Partial<OutboxSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    for (const listener of listeners) listener();
  };

  /**
   * Entries being forgotten or withdrawn. Marked before the first await, so that nothing still in
   * flight for them (an upload's receipt, a status check) writes them back or follows them.
   */
  const leaving = new Set<string>();

  const setEntry = async (entry: OutboxEntry) => {
    if (leaving.has(entry.id)) return;
    if (await deps.storage.update(entry)) replaceInSnapshot(entry);
  };

  const replaceInSnapshot = (entry: OutboxEntry) => {
    const others = snapshot.entries.filter((e) => e.id !== entry.id);
    emit({ entries: sortEntries([...others, entry]) });
  };

  const dropFromSnapshot = (id: string) => {
    const progress = { ...snapshot.progress };
    delete progress[id];
    emit({ entries: snapshot.entries.filter((e) => e.id !== id), progress });
  };

  const removeEntry = async (id: string) => {
    leaving.add(id);
    pollers.get(id)?.stop();
    pollers.delete(id);
    try {
      await deps.storage.remove(id);
      dropFromSnapshot(id);
    } finally {
      leaving.delete(id);
    }
  };

  const reload = async () => {
    const entries = await deps.storage.list();
    // An entry left "uploading" by a closed app is waiting again (its upload URLs let it resume).
    const repaired = await Promise.all(
      entries.map(async (entry) => {
        if (entry.phase !== 'uploading') return entry;
        const waiting: OutboxEntry = { ...entry, phase: 'waiting' };
        await deps.storage.update(waiting);
        return waiting;
      }),
    );
    emit({ entries: sortEntries(repaired), loaded: true });
  };

  const mine = (entry: OutboxEntry) => entry.backendKind === deps.backend.kind;

  const scheduleRetry = () => {
    deps.timers.clearTimeout(retryTimer);
    retryTimer = undefined;
    if (!started) return;
    const due = snapshot.entries
      .filter((e) => mine(e) && e.phase === 'waiting' && e.nextAttemptAtMs !== undefined)
      .map((e) => e.nextAttemptAtMs ?? 0);
    if (due.length === 0) return;
    const delayMs = Math.max(0, Math.min(...due) - deps.timers.now());
    retryTimer = deps.timers.setTimeout(() => void runOnce(false), delayMs);
  };

  const followStatus = (entry: OutboxEntry) => {
    if (!started || !hasReceipt(entry) || pollers.has(entry.id) || leaving.has(entry.id)) return;
    if (entry.status && isFinalStatus(entry.status)) return;
    const id = entry.id;
    const poller = pollStatus({
      backend: deps.backend,
      statusToken: entry.receipt.statusToken,
      timers: deps.timers,
      random: deps.random,
      policy: deps.statusPolicy ?? statusPollPolicy,
      initial: { status: entry.status, etag: entry.statusEtag },
      onStatus: (status, etag) => {
        const current = snapshot.entries.find((e) => e.id === id);
        if (!current) return;
        void setEntry({ ...current, status, statusEtag: etag, statusCheckedAt: new Date(deps.timers.now()).toISOString() });
        if (isFinalStatus(status)) pollers.delete(id);
      },
      onFatalError: (code) => {
        pollers.delete(id);
        const current = snapshot.entries.find((e) => e.id === id);
        if (current) void setEntry({ ...current, lastErrorCode: code });
      },
    });
    pollers.set(id, poller);
  };

  const uploadOne = async (entry: OutboxEntry, ignoreBackoff: boolean) => {
    if (!ignoreBackoff && entry.nextAttemptAtMs !== undefined && entry.nextAttemptAtMs > deps.timers.now()) return;
    const evidence = await deps.storage.getEvidence(entry.id);
    if (!evidence) {
      await setEntry({ ...entry, phase: 'failed', lastErrorCode: 'evidence-missing' });
      return;
    }
    let current: OutboxEntry = { ...entry, phase: 'uploading', attempts: entry.attempts + 1 };
    await setEntry(current);
    const controller = new AbortController();
    activeUpload = controller;
    try {
      const receipt = await deps.backend.uploadEvidence(entry.session, evidence, {
        idempotencyKey: entry.id,
        uploadState: entry.upload,
        signal: controller.signal,
        onUploadState: async (upload) => {
          current = { ...current, upload };
          await setEntry(current);
        },
        onProgress: (progress) => emit({ progress: { ...snapshot.progress, [entry.id]: progress } }),
      });
      const received = await deps.storage.markReceived(entry.id, receipt, new Date(deps.timers.now()).toISOString());
      if (received && !leaving.has(entry.id)) {
        replaceInSnapshot(received);
        followStatus(received);
      }
    } catch (error) {
      const code = isBackendError(error) ? (error.serverCode ?? error.code) : 'unknown';
      if (isTransientFailure(error) || controller.signal.aborted) {
        const delayMs = nextRetryDelayMs(
          current.attempts - 1,
          uploadPolicy,
          deps.random,
          isBackendError(error) ? error.retryAfterMs : undefined,
        );
        await setEntry({ ...current, phase: 'waiting', lastErrorCode: code, nextAttemptAtMs: deps.timers.now() + delayMs });
      } else {
        // Refused for good (e.g. the session expired): the face data can never be used: delete it now.
        await deps.storage.deleteEvidence(entry.id);
        await setEntry({ ...current, phase: 'failed', lastErrorCode: code, nextAttemptAtMs: undefined });
      }
    } finally {
      if (activeUpload === controller) activeUpload = undefined;
      const progress = { ...snapshot.progress };
      delete progress[entry.id];
      emit({ progress });
    }
  };

  const runOnce = (ignoreBackoff: boolean): Promise<void> => {
    if (running) {
      rerun = rerun || ignoreBackoff;
      return running;
    }
    const lock: ExclusiveLock = deps.lock ?? ((task) => task());
    const run = lock(async () => {
      // Another tab may have sent or removed entries while this one waited for its turn.
      if (started) await reload();
      let force = ignoreBackoff;
      do {
        rerun = false;
        // Oldest first: the person who waited longest goes first.
        const waiting = snapshot.entries.filter((e) => mine(e) && e.phase === 'waiting').reverse();
        for (const entry of waiting) {
          if (!started || !deps.network.isOnline()) break;
          await uploadOne(entry, force);
        }
        force = rerun;
      } while (force && started);
    }).finally(() => {
      if (running === run) running = undefined;
      scheduleRetry();
    });
    running = run;
    return run;
  };

  const onNetwork = (online: boolean) => {
    emit({ online });
    if (online) {
      void runOnce(true);
      for (const poller of pollers.values()) poller.pollNow();
    } else {
      // Stop at once so the screen says 已保存，联网后自动提交 instead of a stuck progress bar;
      // the upload resumes from the last byte the server has.
      activeUpload?.abort();
    }
  };

  return {
    async enqueue({ person, session, evidence }) {
      const entry: OutboxEntry = {
        id: deps.newId(),
        createdAt: new Date(deps.timers.now()).toISOString(),
        personName: person.name,
        idNumberMasked: maskIdNumber(person.idNumber),
        backendKind: deps.backend.kind,
        session,
        phase: 'waiting',
        upload: {},
        attempts: 0,
      };
      await deps.storage.add(entry, evidence);
      replaceInSnapshot(entry);
      if (started && deps.network.isOnline()) void runOnce(true);
      return entry;
    },
    async start() {
      if (started) return;
      started = true;
      unsubscribeNetwork = deps.network.subscribe(onNetwork);
      unsubscribeForeground = deps.foreground?.subscribe(() => {
        if (!deps.network.isOnline()) return;
        void runOnce(false);
        for (const poller of pollers.values()) poller.pollNow();
      });
      await reload();
      for (const entry of snapshot.entries) if (mine(entry)) followStatus(entry);
      if (deps.network.isOnline()) await runOnce(true);
    },
    stop() {
      started = false;
      unsubscribeNetwork?.();
      unsubscribeForeground?.();
      deps.timers.clearTimeout(retryTimer);
      activeUpload?.abort();
      for (const poller of pollers.values()) poller.stop();
      pollers.clear();
    },
    syncNow: () => runOnce(true),
    async withdraw(id) {
      const entry = snapshot.entries.find((e) => e.id === id) ?? (await deps.storage.get(id));
      if (!entry) return;
      if (hasReceipt(entry)) await deps.backend.withdraw(entry.receipt);
      await removeEntry(id);
    },
    forget: (id) => removeEntry(id),
    async clearAll() {
      if (running) await running;
      for (const poller of pollers.values()) poller.stop();
      pollers.clear();
      await deps.storage.clear();
      emit({ entries: [], progress: {} });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}

/** Web Locks where the browser has them (2022+); elsewhere one tab is the usual case and the idempotency key covers the rest. */
export function browserOutboxLock(): ExclusiveLock {
  return (task) => {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks) return task();
    return new Promise((resolve, reject) => {
      void locks.request('certification-outbox-sync', () => task().then(resolve, reject));
    });
  };
}

/** Fires when the page becomes visible again (the person switched back to the app). */
export function browserForeground(target: Document = document): { subscribe(listener: () => void): () => void } {
  return {
    subscribe(listener) {
      const onVisibility = () => {
        if (target.visibilityState === 'visible') listener();
      };
      target.addEventListener('visibilitychange', onVisibility);
      return () => target.removeEventListener('visibilitychange', onVisibility);
    },
  };
}

/** The browser's idea of the network: navigator.onLine and the online/offline events. */
export function browserNetworkStatus(target: Window = window): NetworkStatus {
  return {
    isOnline: () => target.navigator.onLine,
    subscribe(listener) {
      const onOnline = () => listener(true);
      const onOffline = () => listener(false);
      target.addEventListener('online', onOnline);
      target.addEventListener('offline', onOffline);
      return () => {
        target.removeEventListener('online', onOnline);
        target.removeEventListener('offline', onOffline);
      };
    },
  };
}
