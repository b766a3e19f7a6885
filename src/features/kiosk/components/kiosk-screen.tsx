import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { Screen } from '../../../shared/ui/screen';
import { TextField } from '../../../shared/ui/text-field';
import { useKioskStore } from '../kiosk-store';
import { KioskRecovered, KioskRecovery, recoveredPath } from './kiosk-recovery';
import { KioskShell } from './kiosk-shell';
import { PinCheckForm } from './pin-check-form';
import { PinSetup } from './pin-setup';
import '../kiosk.css';

/**
 * `/kiosk` (and `/kiosk/back`, where the back buttons inside kiosk mode lead: see useKioskSession;
 * `/kiosk/recover`, the way back to a normal device for someone who forgot the PIN).
 */
export function KioskScreen() {
  const [location] = useLocation();
  const pin = useKioskStore((s) => s.pin);
  const enabled = useKioskStore((s) => s.enabled);

  if (location === recoveredPath) return <KioskRecovered />;
  if (!pin) return <PinSetup />;
  if (location === '/kiosk/recover') return <KioskRecovery />;
  if (!enabled) return <KioskUnlock />;
  return <KioskShell />;
}

function KioskUnlock() {
  const { t } = useTranslation('kiosk');
  const id = useId();
  const setEnabled = useKioskStore((s) => s.setEnabled);
  const setServicePoint = useKioskStore((s) => s.setServicePoint);
  const [servicePoint, setServicePointValue] = useState(useKioskStore.getState().servicePoint ?? '');
  return (
    <Screen title={t('unlock.title')} backTo="/">
      <p className="lead">{t('unlock.intro')}</p>
      <PinCheckForm
        submitLabel={t('unlock.start')}
        onCorrect={() => {
          setServicePoint(servicePoint);
          setEnabled(true);
        }}
        before={
          <TextField
            id={`${id}-service-point`}
            className="kiosk-field"
            label={t('setup.servicePoint')}
            hint={t('setup.servicePointHint')}
            value={servicePoint}
            maxLength={60}
            onChange={setServicePointValue}
          />
        }
      />
      <Link href="/kiosk/recover" className="btn btn-secondary btn-block">
        {t('unlock.forgot')}
      </Link>
    </Screen>
  );
}
