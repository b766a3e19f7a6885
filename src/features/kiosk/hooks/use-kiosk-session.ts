import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { calendarDateOf } from '../../../../contract/calendar-date';
import type { OutboxEntry } from '../../../adapters/storage/outbox-storage';
import { useServices } from '../../../shared/services';
import { useDueDateStore } from '../../due-date';
import { useCertification } from '../../submission';
import { installMediaTrackTracker, type MediaTrackTracker } from '../effects/media-track-tracker';
import { installObjectUrlTracker, type ObjectUrlTracker } from '../effects/object-url-tracker';
import { startOutboxPurger, type OutboxPurger } from '../effects/outbox-purger';
import { isAppShellCache, kioskKeepLocalStorageKeys, wipePersonData } from '../effects/wipe-person-data';
import { useKioskStore } from '../kiosk-store';
import { idlePolicyFromSeconds, type IdleView } from '../model/idle-policy';
import { useIdleTimer } from './use-idle-timer';

/**
 * Databases not deleted whole: the outbox (its entries are removed one by one, uploads in flight
 * last), the demo backend (demonstrations only), and the service worker's cache bookkeeping (no
 * personal data; the worker keeps it open, so deleting it would only wait).
 */
const keptDatabaseNames = new Set(['certification-outbox', 'demo-certification-backend', 'workbox-expiration']);

/** Why the person is about to be wiped: each asks in its own words first. */
export type WipeQuestion = 'serving' | 'receipt' | 'back';

export type KioskSession = {
  /** A person is being served (false: the kiosk's start screen). */
  serving: boolean;
  /** Changes at every wipe: the certification flow is mounted afresh, with nothing of the last person. */
  personKey: number;
  startPerson(): void;
  /**
   * 下一位, 返回 or leaving the flow: never wipes at once, it asks (a tap by the person being served,
   * or a member of staff in a hurry, must not throw away their work or their receipt).
   */
  askToWipe(question: WipeQuestion): void;
  /** The open question, and whether an upload is still going (the person would leave without a receipt). */
  asking: { question: WipeQuestion; uploading: boolean } | null;
  confirmWipe(): void;
  cancelWipe(): void;
  /** Forgets the person everywhere (the confirmed question, the idle timer). */
  wipe(): Promise<void>;
  /** Today's anonymous count: a saved submission is counted as uploading. */
  recordSaved(entry: OutboxEntry): void;
  idle: { view: IdleView; stillHere(): void };
  /** Staff typed the PIN to leave: wipe, kiosk mode off, home. */
  leaveKiosk(): Promise<void>;
};

/**
 * What makes the kiosk a kiosk, apart from the certification itself (which is the app's one
 * CertifyFlow): forgetting each person completely (下一位, idle timer, back), counting the day
 * anonymously, and leaving only with the staff PIN.
 */
export function useKioskSession(): KioskSession {
  const { config } = useServices();
  const { outbox } = useCertification();
  const [location, navigate] = useLocation();
  const addRecord = useKioskStore((s) => s.addRecord);
  const updateRecord = useKioskStore((s) => s.updateRecord);
  const removeRecord = useKioskStore((s) => s.removeRecord);
  const setEnabled = useKioskStore((s) => s.setEnabled);
  const [serving, setServing] = useState(false);
  const [personKey, setPersonKey] = useState(0);
  const [asking, setAsking] = useState<KioskSession['asking']>(null);
  const servingRef = useRef(serving);
  useEffect(() => {
    servingRef.current = serving;
  }, [serving]);

  const urls = useRef<ObjectUrlTracker | null>(null);
  const tracks = useRef<MediaTrackTracker | null>(null);
  const purger = useRef<OutboxPurger | null>(null);

  useEffect(() => {
    urls.current = installObjectUrlTracker(URL);
    tracks.current = installMediaTrackTracker(navigator.mediaDevices);
    return () => {
      urls.current?.uninstall();
      tracks.current?.uninstall();
    };
  }, []);

  useEffect(() => {
    const started = startOutboxPurger(outbox, (entry) => {
      if (entry.phase === 'submitted' && entry.receipt) {
        updateRecord(entry.id, { state: entry.status?.state ?? 'received', statusToken: entry.receipt.statusToken });
      } else {
        removeRecord(entry.id);
      }
    });
    purger.current = started;
    return () => started.stop();
  }, [outbox, updateRecord, removeRecord]);

  const wipe = useCallback(async () => {
    await wipePersonData({
      localStorage,
      sessionStorage,
      keepLocalStorageKeys: kioskKeepLocalStorageKeys,
      indexedDB,
      keepDatabases: keptDatabaseNames,
      caches: typeof caches === 'undefined' ? undefined : caches,
      isAppCache: isAppShellCache,
      purgeOutbox: () => purger.current?.purge() ?? Promise.resolve(),
      revokeObjectUrls: () => urls.current?.revokeAll(),
      stopCameraTracks: () => tracks.current?.stopAll(),
      resetStores: [
        () => {
          setServing(false);
          setAsking(null);
          setPersonKey((key) => key + 1);
        },
        () => useDueDateStore.getState().clearOwn(),
      ],
    });
    window.scrollTo(0, 0);
  }, []);

  const isUploading = useCallback(
    () => outbox.getSnapshot().entries.some((e) => e.phase === 'uploading' || e.phase === 'waiting'),
    [outbox],
  );
  const askToWipe = useCallback((question: WipeQuestion) => setAsking({ question, uploading: isUploading() }), [isUploading]);

  // The flow's back buttons lead to /kiosk/back: backing out of a person forgets them, once confirmed.
  useEffect(() => {
    if (location !== '/kiosk/back') return;
    navigate('/kiosk', { replace: true });
    if (servingRef.current) askToWipe('back');
  }, [location, navigate, askToWipe]);

  const idleConfig = useMemo(
    () => idlePolicyFromSeconds(config.kiosk.idleSeconds, config.kiosk.countdownSeconds),
    [config.kiosk.idleSeconds, config.kiosk.countdownSeconds],
  );
  const idle = useIdleTimer({
    config: idleConfig,
    // Nobody to forget on the start screen; the person touches nothing during the face check itself.
    suspended: () => !servingRef.current || (tracks.current?.hasLiveTracks() ?? false),
    onExpired: () => void wipe(),
  });

  return {
    serving,
    personKey,
    startPerson: () => setServing(true),
    askToWipe,
    asking,
    // An upload in flight is never dropped by the wipe: it finishes, then leaves the tablet.
    confirmWipe: () => void wipe(),
    cancelWipe: () => setAsking(null),
    wipe,
    recordSaved: (entry) => addRecord({ id: entry.id, day: calendarDateOf(new Date()), state: 'uploading' }),
    idle,
    leaveKiosk: async () => {
      await wipe();
      setEnabled(false);
      navigate('/');
    },
  };
}
