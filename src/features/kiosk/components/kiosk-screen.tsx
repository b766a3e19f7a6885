import { useTranslation } from 'react-i18next';
import { Screen } from '../../../shared/ui/screen';
import { useKioskStore } from '../kiosk-store';
import { KioskShell } from './kiosk-shell';
import { PinCheckForm } from './pin-check-form';
import { PinSetup } from './pin-setup';
import '../kiosk.css';

/** `/kiosk` (and `/kiosk/back`, where the back buttons inside kiosk mode lead: see useKioskSession). */
export function KioskScreen() {
  const pin = useKioskStore((s) => s.pin);
  const enabled = useKioskStore((s) => s.enabled);

  if (!pin) return <PinSetup />;
  if (!enabled) return <KioskUnlock />;
  return <KioskShell />;
}

function KioskUnlock() {
  const { t } = useTranslation('kiosk');
  const setEnabled = useKioskStore((s) => s.setEnabled);
  return (
    <Screen title={t('unlock.title')} backTo="/">
      <p className="lead">{t('unlock.intro')}</p>
      <PinCheckForm submitLabel={t('unlock.start')} onCorrect={() => setEnabled(true)} />
    </Screen>
  );
}
