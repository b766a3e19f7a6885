import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useServices } from '../../../shared/services';
import { Screen } from '../../../shared/ui/screen';
import { LivenessFlow } from '../../liveness/components/liveness-flow';
import { alreadyIssued } from '../../liveness/model/challenge-issue';
import { useCertification } from '../../submission/hooks/use-certification';
import { useDueDateStore } from '../../due-date/due-date-store';
import { installMediaTrackTracker, type MediaTrackTracker } from '../effects/media-track-tracker';
import { installObjectUrlTracker, type ObjectUrlTracker } from '../effects/object-url-tracker';
import { startOutboxPurger, type OutboxPurger } from '../effects/outbox-purger';
import { isAppShellCache, kioskKeepLocalStorageKeys, wipePersonData } from '../effects/wipe-person-data';
import { useIdleTimer } from '../hooks/use-idle-timer';
import { useKioskPersonStore, type KioskPerson } from '../kiosk-person-store';
import { useKioskStore } from '../kiosk-store';
import { idlePolicyFromSeconds } from '../model/idle-policy';
import { IdleDialog } from './idle-dialog';
import { KioskReceiptView } from './kiosk-receipt';
import { KioskSubmitStep } from './kiosk-submit-step';
import { KioskToday } from './kiosk-today';
import { PersonForm } from './person-form';
import { PinCheckForm } from './pin-check-form';
import { Icon } from '../../../shared/ui/icons';

/**
 * Databases not deleted whole: the outbox (its entries are removed one by one, uploads in flight
 * last), the demo backend (demonstrations only), and the service worker's cache bookkeeping (no
 * personal data; the worker keeps it open, so deleting it would only wait).
 */
const keptDatabaseNames = new Set(['certification-outbox', 'demo-certification-backend', 'workbox-expiration']);

/** Kiosk mode is on: one person after another, each forgotten by 下一位 or the idle timer. */
export function KioskShell() {
  const { t } = useTranslation('kiosk');
  const { config } = useServices();
  const { backend, outbox } = useCertification();
  const [, navigate] = useLocation();
  const step = useKioskPersonStore((s) => s.step);
  const go = useKioskPersonStore((s) => s.go);
  const updateRecord = useKioskStore((s) => s.updateRecord);
  const removeRecord = useKioskStore((s) => s.removeRecord);
  const setEnabled = useKioskStore((s) => s.setEnabled);
  const [starting, setStarting] = useState(false);
  const [startFailed, setStartFailed] = useState(false);
  const [exiting, setExiting] = useState(false);
  const [confirmNext, setConfirmNext] = useState(false);

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
    setConfirmNext(false);
    setStartFailed(false);
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
      resetStores: [() => useKioskPersonStore.getState().reset(), () => useDueDateStore.getState().clearOwn()],
    });
    window.scrollTo(0, 0);
  }, []);

  const idleConfig = useMemo(
    () => idlePolicyFromSeconds(config.kiosk.idleSeconds, config.kiosk.countdownSeconds),
    [config.kiosk.idleSeconds, config.kiosk.countdownSeconds],
  );
  const idle = useIdleTimer({
    config: idleConfig,
    // Nobody to forget on the start screen; the person touches nothing during the face check itself.
    suspended: () => useKioskPersonStore.getState().step.kind === 'start' || (tracks.current?.hasLiveTracks() ?? false),
    onExpired: () => void wipe(),
  });

  async function startPerson(person: KioskPerson) {
    setStarting(true);
    setStartFailed(false);
    try {
      const session = await backend.startSession(person);
      go({ kind: 'face', person, session });
    } catch {
      setStartFailed(true);
    } finally {
      setStarting(false);
    }
  }

  function nextPerson() {
    // An upload in flight is never dropped, but the person would leave without a receipt: ask once.
    if (step.kind === 'submit' && !confirmNext && isUploading()) {
      setConfirmNext(true);
      return;
    }
    void wipe();
  }

  function isUploading(): boolean {
    return outbox.getSnapshot().entries.some((e) => e.phase === 'uploading' || e.phase === 'waiting');
  }

  async function exitKiosk() {
    await wipe();
    setEnabled(false);
    navigate('/');
  }

  const bar = (
    <div className="kiosk-bar" role="region" aria-label={t('title')}>
      <span className="kiosk-bar-title">
        <Icon name="staff" className="icon" />
        {t('title')}
      </span>
      {step.kind !== 'start' && (
        <button type="button" className="btn btn-primary kiosk-next" onClick={nextPerson}>
          {t('next.button')}
        </button>
      )}
      <button type="button" className="btn btn-secondary" onClick={() => setExiting(true)}>
        {t('exit.button')}
      </button>
    </div>
  );

  let content;
  if (exiting) {
    content = (
      <Screen title={t('exit.title')} backTo="/kiosk">
        <p className="lead">{t('exit.intro')}</p>
        <PinCheckForm submitLabel={t('exit.confirm')} onCorrect={() => void exitKiosk()}>
          <button type="button" className="btn btn-secondary btn-block" onClick={() => setExiting(false)}>
            {t('exit.cancel')}
          </button>
        </PinCheckForm>
      </Screen>
    );
  } else {
    switch (step.kind) {
      case 'start':
        content = (
          // The kiosk's own home: nowhere further back to go while kiosk mode is on.
          <Screen title={t('title')}>
            <p className="lead">{t('start.intro')}</p>
            <button type="button" className="btn btn-primary btn-block kiosk-start" onClick={() => go({ kind: 'person' })}>
              {t('start.button')}
            </button>
            <KioskToday backend={backend} />
          </Screen>
        );
        break;
      case 'person':
        content = (
          <Screen title={t('person.title')} backTo="/kiosk/back">
            <PersonForm busy={starting} failed={startFailed} onSubmit={(person) => void startPerson(person)} />
          </Screen>
        );
        break;
      case 'face':
        content = (
          <>
            <p className="kiosk-handover">{t('face.handover', { name: step.person.name })}</p>
            <LivenessFlow
              mode="certify"
              backTo="/kiosk/back"
              issueChallenges={alreadyIssued({ challenges: step.session.challenges, challengeId: step.session.sessionId, nonce: step.session.nonce })}
              onPassed={(evidence) => go({ kind: 'submit', person: step.person, session: step.session, evidence })}
              onExit={() => void wipe()}
            />
          </>
        );
        break;
      case 'submit':
        content = <KioskSubmitStep outbox={outbox} person={step.person} session={step.session} evidence={step.evidence} />;
        break;
      case 'receipt':
        content = (
          // Nothing to go back to once it is sent: 下一位 is the way on.
          <Screen title={t('receipt.title')}>
            <KioskReceiptView person={step.person} receipt={step.receipt} />
            <p className="receipt-no-print">{t('next.hint')}</p>
            <button type="button" className="btn btn-primary btn-block receipt-no-print" onClick={() => void wipe()}>
              {t('next.button')}
            </button>
          </Screen>
        );
        break;
    }
  }

  return (
    <div className="kiosk">
      {bar}
      {confirmNext && (
        <div className="notice kiosk-confirm" role="alert">
          <p>{t('next.uploadingWarning')}</p>
          <button type="button" className="btn btn-primary" onClick={() => void wipe()}>
            {t('next.uploadingConfirm')}
          </button>
        </div>
      )}
      {content}
      {idle.view.phase === 'warning' && <IdleDialog secondsLeft={idle.view.secondsLeft} onStillHere={idle.stillHere} />}
    </div>
  );
}
