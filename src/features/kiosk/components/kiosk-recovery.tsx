import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useServices } from '../../../shared/services';
import { Notice } from '../../../shared/ui/notice';
import { Screen } from '../../../shared/ui/screen';
import { useCertification, useOutboxSnapshot } from '../../submission';
import { wipeDeviceForRecovery } from '../effects/reset-device';
import { useKioskStore } from '../kiosk-store';

/** The page the recovery reloads into: everything in memory is gone with the old page. */
export const recoveredPath = '/kiosk/recovered';

/**
 * `/kiosk/recover` (忘记密码): says what will be wiped, counts the submissions not yet sent (they
 * are lost: best wait until they are), then wipes everything personal, and only then forgets the
 * PIN and turns kiosk mode off. The page reloads, so nothing of anyone is left in memory either.
 */
export function KioskRecovery({ onDone = () => window.location.replace(recoveredPath) }: { onDone?: () => void }) {
  const { t } = useTranslation('kiosk');
  const { outbox } = useCertification();
  const pending = useOutboxSnapshot().entries.filter((entry) => entry.phase === 'waiting' || entry.phase === 'uploading').length;
  const resetDevice = useKioskStore((s) => s.resetDevice);
  const [busy, setBusy] = useState(false);

  async function recover() {
    setBusy(true);
    await wipeDeviceForRecovery({
      clearOutbox: () => outbox.clearAll(),
      localStorage,
      sessionStorage,
      indexedDB,
      caches: typeof caches === 'undefined' ? undefined : caches,
    });
    resetDevice();
    onDone();
  }

  return (
    <Screen title={t('recover.title')} backTo="/kiosk">
      <p className="lead">{t('recover.intro')}</p>
      {pending > 0 && (
        <Notice tone="warning" role="status">
          <p>{t('recover.waitAdvice')}</p>
        </Notice>
      )}
      <h2>{t('recover.listTitle')}</h2>
      <ul>
        {pending > 0 && <li className="recover-pending">{t('recover.pending', { count: pending })}</li>}
        <li>{t('recover.day')}</li>
        <li>{t('recover.other')}</li>
      </ul>
      <p>{t('recover.kept')}</p>
      <button type="button" className="btn btn-primary btn-block" onClick={() => void recover()} disabled={busy} aria-busy={busy}>
        {busy ? t('recover.working') : t('recover.confirm')}
      </button>
      <Link href="/kiosk" className="btn btn-secondary btn-block">
        {t('recover.cancel')}
      </Link>
    </Screen>
  );
}

/** After the reload: it is done, and (on a device preset as a kiosk) who to tell if it was not staff. */
export function KioskRecovered() {
  const { t } = useTranslation('kiosk');
  const { config } = useServices();
  const preset = config.kiosk.preset === true;
  return (
    <Screen title={t('recovered.title')}>
      <Notice tone="success" role="status">
        <p>{t('recovered.body')}</p>
        {preset && <p>{t('recovered.report')}</p>}
      </Notice>
      <Link href={preset ? '/kiosk' : '/'} className="btn btn-primary btn-block">
        {preset ? t('recovered.setupAgain') : t('recovered.home')}
      </Link>
    </Screen>
  );
}
