import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WipeQuestion } from '../hooks/use-kiosk-session';

/**
 * Before the person is wiped (下一位, 返回, leaving the flow): what will be lost, in words, and two
 * answers. Focus starts on the safe one, so a stray tap or Enter keeps everything.
 */
export function ConfirmWipeDialog({
  question,
  uploading,
  onConfirm,
  onCancel,
}: {
  question: WipeQuestion;
  uploading: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('kiosk');
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <div className="kiosk-overlay">
      <div className="kiosk-dialog" role="alertdialog" aria-modal="true" aria-labelledby="wipe-title" aria-describedby="wipe-body">
        <h2 id="wipe-title">{t('confirmNext.title')}</h2>
        <div id="wipe-body">
          <p>{t(`confirmNext.${question}`)}</p>
          {uploading && <p className="kiosk-dialog-warning">{t('next.uploadingWarning')}</p>}
        </div>
        <button ref={keepRef} type="button" className="btn btn-primary btn-block" onClick={onCancel}>
          {t('confirmNext.no')}
        </button>
        <button type="button" className="btn btn-secondary btn-block" onClick={onConfirm}>
          {t('confirmNext.yes')}
        </button>
      </div>
    </div>
  );
}
