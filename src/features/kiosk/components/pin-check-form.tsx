import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyPinInBrowser } from '../effects/browser-pin';
import { useKioskStore } from '../kiosk-store';
import { pinLockoutMs } from '../model/pin';
import { PinField } from './pin-field';

type Props = {
  submitLabel: string;
  onCorrect: () => void;
  /** Fields above the PIN that only count once it is right (the service point's name). */
  before?: ReactNode;
  /** Below the button (不退出). */
  children?: ReactNode;
};

/** Asks for the staff PIN; after five wrong tries, each next try waits longer. */
export function PinCheckForm({ submitLabel, onCorrect, before, children }: Props) {
  const { t } = useTranslation('kiosk');
  const record = useKioskStore((s) => s.pin);
  const failures = useKioskStore((s) => s.pinFailures);
  const pinFailed = useKioskStore((s) => s.pinFailed);
  const pinSucceeded = useKioskStore((s) => s.pinSucceeded);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [lockedUntilMs, setLockedUntilMs] = useState(0);
  const [nowMs, setNowMs] = useState(() => Date.now());

  useEffect(() => {
    if (lockedUntilMs <= nowMs) return;
    const timer = window.setTimeout(() => setNowMs(Date.now()), 1000);
    return () => window.clearTimeout(timer);
  }, [lockedUntilMs, nowMs]);

  const secondsLocked = Math.max(0, Math.ceil((lockedUntilMs - nowMs) / 1000));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!record || busy || secondsLocked > 0) return;
    setBusy(true);
    const correct = await verifyPinInBrowser(pin, record);
    setBusy(false);
    setPin('');
    if (correct) {
      pinSucceeded();
      onCorrect();
      return;
    }
    pinFailed();
    const waitMs = pinLockoutMs(failures + 1);
    setNowMs(Date.now());
    setLockedUntilMs(Date.now() + waitMs);
    setError(t('unlock.wrong'));
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {before}
      <PinField label={t('unlock.pin')} value={pin} onChange={setPin} error={error} />
      {secondsLocked > 0 && (
        <p className="notice" role="status">
          {t('unlock.locked', { seconds: secondsLocked })}
        </p>
      )}
      <button type="submit" className="btn btn-primary btn-block" disabled={busy || secondsLocked > 0}>
        {busy ? t('unlock.checking') : submitLabel}
      </button>
      {children}
    </form>
  );
}
