import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../../../shared/ui/screen';
import { hashPinInBrowser } from '../effects/browser-pin';
import { useKioskStore } from '../kiosk-store';
import { checkPinFormat } from '../model/pin';
import { PinField } from './pin-field';

/** Once per device: staff choose the PIN; only its salted hash is kept. */
export function PinSetup() {
  const { t } = useTranslation('kiosk');
  const setPin = useKioskStore((s) => s.setPin);
  const setEnabled = useKioskStore((s) => s.setEnabled);
  const [pin, setPinValue] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = checkPinFormat(pin);
    if (problem) return setError(t(`pinProblem.${problem}`));
    if (pin !== again) return setError(t('setup.mismatch'));
    setBusy(true);
    const record = await hashPinInBrowser(pin);
    setPin(record);
    setEnabled(true);
  }

  return (
    <Screen title={t('setup.title')} backTo="/">
      <p className="lead">{t('setup.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <PinField label={t('setup.pin')} value={pin} onChange={setPinValue} />
        <PinField label={t('setup.pinAgain')} value={again} onChange={setAgain} error={error} />
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {busy ? t('unlock.checking') : t('setup.save')}
        </button>
      </form>
    </Screen>
  );
}
