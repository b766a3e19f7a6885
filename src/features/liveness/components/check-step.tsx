import { useEffect } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CameraFacing } from '../../../adapters/camera/camera';
import type { FaceDetector } from '../../../adapters/face-detector/face-detector';
import { useServices } from '../../../shared/services';
import { Screen } from '../../../shared/ui/screen';
import { useSettingsStore } from '../../../shared/settings-store';
import type { CheckFailure, CheckView } from '../effects/run-liveness-check';
import { useLivenessCheck } from '../hooks/use-liveness-check';
import { helpAfterAttempts } from '../hooks/use-liveness-flow';
import { isChallengeKind } from '../model/challenge';
import type { IssueChallenges } from '../model/challenge-issue';
import type { Evidence } from '../../../adapters/backend/evidence';
import type { LivenessConfig } from '../model/liveness-config';
import { ActionIllustration } from './action-illustration';
import { HelpOptions } from './help-options';
import { SeenPanel } from './seen-panel';

export type CheckStepProps = {
  title: string;
  backTo: string;
  mode: 'practice' | 'certify';
  detector: FaceDetector;
  facing: CameraFacing;
  issueChallenges: IssueChallenges;
  config: LivenessConfig;
  attempts: number;
  /** After repeated tries: film with the phone's own camera instead (the recorded route). */
  onRecorded?: () => void;
  onPassed(evidence: Evidence): void;
  onFailure(failure: CheckFailure): void;
  onEngineFailed(reason: 'multiple-faces'): void;
  onTimedOutRetry(): void;
};

/** How long a prompt must stay the same before it is read aloud. */
const speakSettleMs = 400;

/** What to say aloud for a view: the current prompt, or that we paused. */
function spokenKey(view: CheckView | null) {
  if (!view) return null;
  if (view.phase === 'paused') return view.pausedBy === 'rebuilding' ? null : ('speak.paused' as const);
  if (view.justSucceeded) return 'speak.done' as const;
  if (view.timeWarning) return 'speak.timeWarning' as const;
  // The eyes are shut: only the voice can tell the person to open them.
  if (isOpenEyesCue(view)) return 'speak.open-eyes' as const;
  return view.prompt ? (`speak.${view.prompt}` as const) : null;
}

/** Eyes shut long enough for close-eyes: now they may open. */
function isOpenEyesCue(view: CheckView): boolean {
  return view.prompt === 'close-eyes' && view.awaitingReturn;
}

/** One concrete thing to do differently when an action was not recognised. */
function actionTip(view: CheckView, t: TFunction<'liveness'>): string {
  const kind = view.prompt;
  if (isChallengeKind(kind)) return t(`timedOut.actionTip.${kind}`);
  return t('intro.tipLight');
}

export function CheckStep(props: CheckStepProps) {
  const { t, i18n } = useTranslation('liveness');
  const { speech } = useServices();
  const readAloud = useSettingsStore((s) => s.readAloudEnabled);
  const { videoRef, view, controls } = useLivenessCheck(props);
  const { onEngineFailed } = props;

  const spoken = spokenKey(view);
  useEffect(() => {
    if (!readAloud || !spoken) return;
    // Wait until the prompt has settled: a hint flickering between two states must not chatter.
    const timer = setTimeout(() => speech.speak(t(spoken), i18n.language), speakSettleMs);
    return () => clearTimeout(timer);
  }, [spoken, readAloud, speech, t, i18n.language]);
  useEffect(() => () => speech.cancel(), [speech]);

  const failure = view?.phase === 'failed' ? view.failureReason : null;
  useEffect(() => {
    if (failure === 'multiple-faces') onEngineFailed('multiple-faces');
  }, [failure, onEngineFailed]);

  const timedOut = view?.phase === 'timed-out';
  const extend = () => {
    if (timedOut) props.onTimedOutRetry();
    controls?.extend();
  };

  const mirrored = props.facing === 'front';
  const inAction = view?.phase === 'challenge' || view?.phase === 'timed-out';
  return (
    <Screen title={props.title} backTo={props.backTo}>
      <div className="check-stage">
        <p className="check-progress" aria-live="polite">
          {view && inAction
            ? t('check.progress', { current: view.actionNumber, total: view.actionCount })
            : t('check.positioning')}
        </p>
        <div className={`face-oval${view?.justSucceeded ? ' face-oval-success' : ''}`}>
          <video
            ref={videoRef}
            className={mirrored ? 'face-video mirrored' : 'face-video'}
            playsInline
            muted
            aria-label={t('check.videoLabel')}
          />
          {view?.justSucceeded && (
            <span className="success-tick" aria-hidden="true">
              ✓
            </span>
          )}
        </div>
        <div className="check-prompt" role="status" aria-live="assertive">
          {!view && <p className="prompt-text">{t('check.startingCamera')}</p>}
          {view && view.justSucceeded && <p className="prompt-text prompt-success">✓ {t('check.done')}</p>}
          {view && !view.justSucceeded && view.phase !== 'paused' && view.prompt && (
            <>
              <ActionIllustration prompt={view.prompt} />
              <p className="prompt-text">{isOpenEyesCue(view) ? t('prompt.open-eyes') : t(`prompt.${view.prompt}`)}</p>
            </>
          )}
          {view?.phase === 'paused' && (
            <p className="prompt-text">
              {view.pausedBy === 'page-hidden'
                ? t('check.pausedByPage')
                : view.pausedBy === 'rebuilding'
                  ? t('check.rebuilding')
                  : t('check.pausedByPerson')}
            </p>
          )}
        </div>
        {view?.restartReason && view.phase === 'positioning' && (
          <p className="notice">{view.restartReason === 'face-lost' ? t('check.restartFaceLost') : t('check.restartIdentity')}</p>
        )}
        {view?.timeWarning && !timedOut && view.actionTimeLeftMs !== null && (
          <p className="notice" role="alert">
            {t('check.timeLeft', { seconds: Math.ceil(view.actionTimeLeftMs / 1000) })} {t('check.timeWarning')}
          </p>
        )}
        {timedOut && (
          <div className="notice timed-out" role="alert">
            <h2>{t('timedOut.title')}</h2>
            <p>{t('timedOut.body')}</p>
            <p>{t('timedOut.tip', { tip: view.hint ? t(`prompt.${view.hint}`) : actionTip(view, t) })}</p>
            {props.attempts > 0 && <p>{t('timedOut.attempts', { count: props.attempts })}</p>}
          </div>
        )}
        {timedOut && props.attempts >= helpAfterAttempts && <HelpOptions {...(props.onRecorded ? { onRecorded: props.onRecorded } : {})} />}
        {props.mode === 'practice' && view && <SeenPanel view={view} />}
        <div className="check-actions">
          {(timedOut || (view?.canExtend && view.timeWarning)) && (
            <button type="button" className="btn btn-primary btn-block" onClick={extend}>
              {t('check.moreTime')}
            </button>
          )}
          {view && view.phase !== 'paused' && !timedOut && (
            <button type="button" className="btn btn-secondary btn-block" onClick={() => controls?.pause()}>
              {t('check.pause')}
            </button>
          )}
          {view?.phase === 'paused' && view.pausedBy === 'person' && (
            <button type="button" className="btn btn-primary btn-block" onClick={() => controls?.resume()}>
              {t('check.resume')}
            </button>
          )}
        </div>
      </div>
    </Screen>
  );
}
