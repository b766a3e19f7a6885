import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useServices } from '../../../shared/services';
import { Notice } from '../../../shared/ui/notice';
import { Screen } from '../../../shared/ui/screen';
import { TextField } from '../../../shared/ui/text-field';
import { hashPinInBrowser } from '../effects/browser-pin';
import { useKioskStore } from '../kiosk-store';
import { checkNewPin } from '../model/pin';
import { PinField } from './pin-field';

/**
 * Once per device: staff choose the PIN (weak ones refused, each with its reason; only the salted
 * hash is kept) and name the service point for the receipts. A device the deployment did not preset
 * as a kiosk first says plainly what the mode does, so a retiree does not lock their own phone.
 */
export function PinSetup() {
  const { config } = useServices();
  const [warned, setWarned] = useState(config.kiosk.preset === true);
  if (!warned) return <StaffOnlyWarning onContinue={() => setWarned(true)} />;
  return <PinSetupForm />;
}

function StaffOnlyWarning({ onContinue }: { onContinue(): void }) {
  const { t } = useTranslation('kiosk');
  return (
    <Screen title={t('warning.title')} backTo="/">
      <Notice tone="warning" title={t('warning.own')}>
        <p>{t('warning.what')}</p>
        <p>{t('warning.exit')}</p>
      </Notice>
      <Link href="/" className="btn btn-primary btn-block">
        {t('warning.back')}
      </Link>
      <button type="button" className="btn btn-secondary btn-block" onClick={onContinue}>
        {t('warning.continue')}
      </button>
    </Screen>
  );
}

function PinSetupForm() {
  const { t } = useTranslation('kiosk');
  const id = useId();
  const setPin = useKioskStore((s) => s.setPin);
  const setEnabled = useKioskStore((s) => s.setEnabled);
  const setServicePoint = useKioskStore((s) => s.setServicePoint);
  const [servicePoint, setServicePointValue] = useState(useKioskStore.getState().servicePoint ?? '');
  const [pin, setPinValue] = useState('');
  const [again, setAgain] = useState('');
  const [pinError, setPinError] = useState<string | null>(null);
  const [againError, setAgainError] = useState<string | null>(null);
  const [servicePointError, setServicePointError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = checkNewPin(pin);
    const nameMissing = servicePoint.trim() === '';
    setPinError(problem ? t(`pinProblem.${problem}`) : null);
    setAgainError(!problem && pin !== again ? t('setup.mismatch') : null);
    setServicePointError(nameMissing ? t('setup.servicePointMissing') : null);
    if (problem || pin !== again || nameMissing) return;
    setBusy(true);
    const record = await hashPinInBrowser(pin);
    setServicePoint(servicePoint);
    setPin(record);
    setEnabled(true);
  }

  return (
    <Screen title={t('setup.title')} backTo="/">
      <p className="lead">{t('setup.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <PinField label={t('setup.pin')} hint={t('setup.pinHint')} value={pin} onChange={setPinValue} error={pinError} />
        <PinField label={t('setup.pinAgain')} value={again} onChange={setAgain} error={againError} />
        <TextField
          id={`${id}-service-point`}
          className="kiosk-field"
          label={t('setup.servicePoint')}
          hint={t('setup.servicePointHint')}
          value={servicePoint}
          maxLength={60}
          error={servicePointError}
          onChange={setServicePointValue}
        />
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {busy ? t('unlock.checking') : t('setup.save')}
        </button>
      </form>
    </Screen>
  );
}
