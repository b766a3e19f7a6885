import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../../../shared/ui/screen';
import type { Evidence } from '../../../adapters/backend/evidence';
import { EvidenceFacts } from './evidence-facts';

type ReviewStepProps = {
  title: string;
  backTo: string;
  mode: 'practice' | 'certify';
  evidence: Evidence;
  /** Practice: the next step (the real certification), shown first and as the screen's main action. */
  next?: ReactNode;
  onUse(): void;
  onRedo(): void;
  onExit(): void;
};

/** The person sees the photo before anything else happens with it. */
export function ReviewStep({ title, backTo, mode, evidence, next, onUse, onRedo, onExit }: ReviewStepProps) {
  const { t } = useTranslation(['liveness', 'practice']);
  const photoRef = useRef<HTMLImageElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  // Object URLs live exactly as long as the screen shows them: face data is not left lying around.
  useEffect(() => {
    const photoUrl = URL.createObjectURL(evidence.photo);
    const videoUrl = URL.createObjectURL(evidence.video);
    if (photoRef.current) photoRef.current.src = photoUrl;
    if (videoRef.current) videoRef.current.src = videoUrl;
    return () => {
      URL.revokeObjectURL(photoUrl);
      URL.revokeObjectURL(videoUrl);
    };
  }, [evidence.photo, evidence.video]);

  const practice = mode === 'practice';
  return (
    <Screen
      title={title}
      backTo={backTo}
      footer={
        practice ? (
          <>
            {/* With a next step, that is the screen's one main action; practising again is the other choice. */}
            <button type="button" className={next ? 'btn btn-secondary btn-block' : 'btn btn-primary btn-block'} onClick={onRedo}>
              {t('practice:again')}
            </button>
            <button type="button" className="btn btn-secondary btn-block" onClick={onExit}>
              {t('practice:home')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="btn btn-primary btn-block" onClick={onUse}>
              {t('liveness:review.use')}
            </button>
            <button type="button" className="btn btn-secondary btn-block" onClick={onRedo}>
              {t('liveness:review.redo')}
            </button>
          </>
        )
      }
    >
      <h2 className="review-title">
        <span aria-hidden="true">✓ </span>
        {practice ? t('practice:passedTitle') : t('liveness:review.title')}
      </h2>
      <p className="lead">{practice ? t('practice:passedBody') : t('liveness:review.body')}</p>
      {practice && next}
      <img ref={photoRef} className="review-photo" alt={t('liveness:review.photoAlt')} />
      {practice && (
        <>
          <p className="small-print">{t('practice:photoNote')}</p>
          <h2>{t('practice:videoTitle')}</h2>
          {/* Practice only: the person can watch themselves do the movements (it never leaves the phone). */}
          <video ref={videoRef} className="review-video" controls playsInline muted aria-label={t('practice:videoTitle')} />
          <h2>{t('practice:actionsTitle')}</h2>
          <ul className="action-results">
            {evidence.metadata.actions.map((action, index) => (
              <li key={`${action.kind}-${index}`}>
                <span aria-hidden="true">✓ </span>
                {t('practice:actionDone', {
                  action: t(`practice:action.${action.kind}`),
                  seconds: (Math.max(0, action.endMs - action.startMs) / 1000).toFixed(1),
                })}
              </li>
            ))}
          </ul>
          <EvidenceFacts evidence={evidence} />
        </>
      )}
    </Screen>
  );
}
