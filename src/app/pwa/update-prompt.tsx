import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { selectUpdateAllowed, useUpdateGateStore } from '../../shared/update-gate';

/** How often an open app asks the server for a new version while online. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Registers the service worker and offers a new version. It never reloads by itself, and it stays
 * hidden while any screen holds the update gate (useUpdateGate), so a person in the middle of a
 * step is never interrupted.
 */
export function UpdatePrompt({ checkIntervalMs = UPDATE_CHECK_INTERVAL_MS }: { checkIntervalMs?: number }) {
  const { t } = useTranslation();
  const updateAllowed = useUpdateGateStore(selectUpdateAllowed);
  const registrationRef = useRef<ServiceWorkerRegistration | null>(null);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_swUrl, registration) {
      registrationRef.current = registration ?? null;
    },
  });

  // Periodic update check while the app stays open (people leave it open for days); only when
  // online, and started and stopped with this component.
  useEffect(() => {
    const timer = setInterval(() => {
      const registration = registrationRef.current;
      if (!registration || registration.installing || !navigator.onLine) return;
      registration.update().catch(() => {
        // A weak network: try again at the next interval.
      });
    }, checkIntervalMs);
    return () => clearInterval(timer);
  }, [checkIntervalMs]);

  // No "ready for offline use" banner: a banner popping in on a first visit moves the page under
  // the person's finger. Offline use simply works.
  if (!updateAllowed || !needRefresh) return null;
  return (
    <div className="pwa-banner" role="status">
      <button type="button" className="btn btn-primary" onClick={() => void updateServiceWorker(true)}>
        {t('update.available')}
      </button>
      <button type="button" className="btn btn-secondary" onClick={() => setNeedRefresh(false)}>
        {t('update.later')}
      </button>
    </div>
  );
}
