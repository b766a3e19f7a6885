import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The countdown before the page is wiped for the next person: big, calm (no flashing), with one
 * button that keeps everything. Focus moves to the button so a keyboard or switch user can answer.
 */
export function IdleDialog({ secondsLeft, onStillHere }: { secondsLeft: number; onStillHere: () => void }) {
  const { t } = useTranslation('kiosk');
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => buttonRef.current?.focus(), []);
  return (
    <div className="kiosk-overlay">
      <div className="kiosk-dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
        <h2 id="idle-title">{t('idle.title')}</h2>
        <p id="idle-body" className="kiosk-countdown" aria-live="polite">
          {t('idle.body', { seconds: secondsLeft })}
        </p>
        <button ref={buttonRef} type="button" className="btn btn-primary btn-block" onClick={onStillHere}>
          {t('idle.stillHere')}
        </button>
      </div>
    </div>
  );
}
