import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../../adapters/backend/evidence';
import { Notice } from '../../../shared/ui/notice';

type Props = {
  evidence: Evidence;
  /** The session's end (ISO): the server refuses it afterwards, so we say so first. */
  expiresAt: string;
  saving: boolean;
  saveFailed: boolean;
  /** The demo backend: 提交 sends nothing, and the screen says so. */
  demo?: boolean;
  onSubmit(): void;
  onRedo(): void;
  onRestart(): void;
  onDiscard(): void;
};

const warnBeforeExpiryMs = 3 * 60_000;

/** The separate, explicit 提交: nothing leaves the phone before the person presses it. */
export function SubmitStep({ evidence, expiresAt, saving, saveFailed, demo = false, onSubmit, onRedo, onRestart, onDiscard }: Props) {
  const { t } = useTranslation('certify');
  const [expired, setExpired] = useState(false);
  // A recorded video this phone could not check: the screen must not say the face check was done.
  const unchecked = evidence.metadata.recording?.phoneCheck === 'not-possible';
  const [minutesLeft, setMinutesLeft] = useState<number>();
  // No timeout without warning: say so a few minutes before the session ends, then when it has.
  useEffect(() => {
    const endMs = Date.parse(expiresAt);
    if (!Number.isFinite(endMs)) return;
    const handles = [
      setTimeout(() => setMinutesLeft(Math.max(1, Math.ceil((endMs - Date.now()) / 60_000))), Math.max(0, endMs - warnBeforeExpiryMs - Date.now())),
      setTimeout(() => setExpired(true), Math.max(0, endMs - Date.now())),
    ];
    return () => handles.forEach(clearTimeout);
  }, [expiresAt]);
  // The object URL lives exactly as long as the <img> that shows it.
  const showPhoto = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img) return;
      const url = URL.createObjectURL(evidence.photo);
      img.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [evidence.photo],
  );

  if (expired) {
    return (
      <>
        <Notice tone="warning" role="alert" title={t('review.title')}>
          <p>{t('review.expired')}</p>
        </Notice>
        <button type="button" className="btn btn-primary btn-block" onClick={onRestart}>
          {t('review.again')}
        </button>
      </>
    );
  }

  return (
    <>
      <p className="lead">{t(unchecked ? 'review.introUnchecked' : 'review.intro')}</p>
      <img className="submission-photo" ref={showPhoto} alt={t('review.photoAlt')} />
      <p>{t(demo ? 'review.whatHappensDemo' : unchecked ? 'review.whatHappensUnchecked' : 'review.whatHappens')}</p>
      {minutesLeft !== undefined && (
        <Notice tone="warning" role="status">
          <p>{t('review.expiringSoon', { minutes: minutesLeft })}</p>
        </Notice>
      )}
      {saveFailed && (
        <Notice tone="danger" role="alert">
          <p>{t('review.saveError')}</p>
        </Notice>
      )}
      <button type="button" className="btn btn-primary btn-block" onClick={onSubmit} disabled={saving} aria-busy={saving}>
        {saving ? t('review.saving') : t('review.submit')}
      </button>
      <div className="button-row">
        <button type="button" className="btn btn-secondary" onClick={onRedo} disabled={saving}>
          {t('review.again')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onDiscard} disabled={saving}>
          {t('review.discard')}
        </button>
      </div>
    </>
  );
}
