import { useCallback, useEffect, useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../../adapters/backend/evidence';
import type { FaceDetector } from '../../../adapters/face-detector/face-detector';
import { useServices } from '../../../shared/services';
import { useSettingsStore } from '../../../shared/settings-store';
import { Screen } from '../../../shared/ui/screen';
import type { IssueChallenges, IssuedChallenges } from '../model/challenge-issue';
import type { LivenessConfig } from '../model/liveness-config';
import { useRecordedRoute, type RecordedStage } from '../hooks/use-recorded-route';
import { ActionIllustration } from './action-illustration';

type RecordedStepProps = {
  title: string;
  backTo: string;
  mode: 'practice' | 'certify';
  issueChallenges: IssueChallenges;
  /** False where this phone cannot check a video (no detector): the screens say so from the start. */
  canCheckOnPhone: boolean;
  ensureDetector(onProgress: (percent: number) => void, signal: AbortSignal): Promise<FaceDetector>;
  config: LivenessConfig;
  onPassed(evidence: Evidence): void;
  /** Back to the face check's first step (the live check). */
  onBack(): void;
};

/** The digits one by one, so that a voice reads "4, 2, 7, 1" and not "four thousand…". */
const digitsApart = (code: string) => code.split('').join(' ');

/**
 * The recorded route's screens: what will happen → the code and the actions (issued only now, read
 * aloud) with the button that opens the phone's camera → checking the video on the phone → the result.
 * One main action on each; the video being checked is shown while it is checked.
 */
export function RecordedStep(props: RecordedStepProps) {
  const { t, i18n } = useTranslation(['liveness', 'practice']);
  const { speech } = useServices();
  const readAloud = useSettingsStore((s) => s.readAloudEnabled);
  const videoRef = useRef<HTMLVideoElement>(null);
  const route = useRecordedRoute({
    issueChallenges: props.issueChallenges,
    canCheckOnPhone: props.canCheckOnPhone,
    ensureDetector: props.ensureDetector,
    config: props.config,
    appVersion: __APP_VERSION__,
    onPassed: props.onPassed,
  });
  const { stage } = route;

  // The code and the actions are read aloud when they appear (and once more on "read aloud" in the frame).
  const spokenIssue = stage.name === 'actions' ? stage.issued : null;
  useEffect(() => {
    if (!readAloud || !spokenIssue) return;
    const actions = spokenIssue.challenges.map((kind) => t(`liveness:prompt.${kind}`)).join('；');
    void speech.speak(t('liveness:recorded.speak.actions', { code: digitsApart(spokenIssue.spokenCode ?? ''), actions }), i18n.language);
    return () => speech.cancel();
  }, [spokenIssue, readAloud, speech, t, i18n.language]);

  // A new screen starts at its top.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [stage.name]);

  const onFile = (issued: IssuedChallenges) => (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // The same file may be chosen again after a problem: the input forgets it.
    event.target.value = '';
    if (file && videoRef.current) route.check(issued, file, videoRef.current);
  };

  const showVideo = stage.name === 'checking';
  const handOver = (unchecked: Extract<RecordedStage, { name: 'unchecked' }>) => {
    if (videoRef.current) route.handOver(unchecked, videoRef.current);
  };
  return (
    <Screen
      title={props.title}
      backTo={props.backTo}
      footer={<Footer stage={stage} route={route} mode={props.mode} onBack={props.onBack} onFile={onFile} onHandOver={handOver} />}
    >
      <StageBody stage={stage} mode={props.mode} canCheckOnPhone={props.canCheckOnPhone} />
      {/* Always in the page (the checker plays the file in it); shown only while the video is checked. */}
      <video ref={videoRef} className="recorded-video" hidden={!showVideo} muted playsInline aria-label={t('liveness:recorded.checking.videoLabel')} />
    </Screen>
  );
}

type RouteControls = ReturnType<typeof useRecordedRoute>;

function Footer({
  stage,
  route,
  mode,
  onBack,
  onFile,
  onHandOver,
}: {
  stage: RecordedStage;
  route: RouteControls;
  mode: 'practice' | 'certify';
  onBack(): void;
  onFile(issued: IssuedChallenges): (event: ChangeEvent<HTMLInputElement>) => void;
  onHandOver(stage: Extract<RecordedStage, { name: 'unchecked' }>): void;
}) {
  const { t } = useTranslation('liveness');
  const back = (
    <button type="button" className="btn btn-secondary btn-block" onClick={onBack}>
      {t('recorded.backToLive')}
    </button>
  );
  switch (stage.name) {
    case 'explain':
      return (
        <>
          <button type="button" className="btn btn-primary btn-block" onClick={route.issue}>
            {t('recorded.explain.start')}
          </button>
          {back}
        </>
      );
    case 'actions':
      return (
        <>
          {/* The phone's own camera app, filming (capture="user": the front camera where the phone lets us choose). */}
          <label className="btn btn-primary btn-block recorded-record">
            <span aria-hidden="true">● </span>
            {t('recorded.actions.record')}
            <input className="visually-hidden" type="file" accept="video/*" capture="user" onChange={onFile(stage.issued)} />
          </label>
          {back}
        </>
      );
    case 'unchecked':
      // Certify: handing it to staff is the one main action; practice: filming again (the person is the checker).
      return (
        <>
          {mode === 'certify' && (
            <button type="button" className="btn btn-primary btn-block" onClick={() => onHandOver(stage)}>
              {t('recorded.unchecked.handOver')}
            </button>
          )}
          <button type="button" className={`btn ${mode === 'certify' ? 'btn-secondary' : 'btn-primary'} btn-block`} onClick={() => route.again(stage.issued)}>
            {t('recorded.again')}
          </button>
          {back}
        </>
      );
    case 'too-old':
    case 'not-seen':
      return (
        <>
          <button type="button" className="btn btn-primary btn-block" onClick={() => route.again(stage.issued)}>
            {t('recorded.again')}
          </button>
          {back}
        </>
      );
    case 'problem': {
      const issued = stage.issued;
      return (
        <>
          {stage.problem !== 'cannot-check' && (
            <button type="button" className="btn btn-primary btn-block" onClick={() => (issued ? route.again(issued) : route.issue())}>
              {issued ? t('recorded.again') : t('recorded.explain.start')}
            </button>
          )}
          {back}
        </>
      );
    }
    case 'issuing':
    case 'preparing':
    case 'checking':
    case 'fitting':
      return (
        <button type="button" className="btn btn-secondary btn-block" onClick={route.cancel}>
          {t('recorded.stop')}
        </button>
      );
  }
}

function StageBody({ stage, mode, canCheckOnPhone }: { stage: RecordedStage; mode: 'practice' | 'certify'; canCheckOnPhone: boolean }) {
  const { t } = useTranslation(['liveness', 'practice']);
  switch (stage.name) {
    case 'explain':
      return (
        <>
          <h2>{t('liveness:recorded.explain.heading')}</h2>
          {/* Never promise a check this phone cannot do. */}
          <p className="lead">{canCheckOnPhone ? t('liveness:recorded.explain.why') : t('liveness:recorded.explain.whyUnchecked')}</p>
          <ol className="recorded-steps">
            <li>{t('liveness:recorded.explain.step1')}</li>
            <li>{t('liveness:recorded.explain.step2')}</li>
            <li>{canCheckOnPhone ? t('liveness:recorded.explain.step3') : t('liveness:recorded.explain.step3Unchecked')}</li>
          </ol>
          <p className="notice notice-info" role="note">
            {mode === 'practice'
              ? canCheckOnPhone
                ? t('liveness:recorded.explain.privacyPractice')
                : t('liveness:recorded.unchecked.privacyPractice')
              : t('liveness:recorded.explain.privacyCertify')}
          </p>
        </>
      );
    case 'issuing':
      return (
        <p className="lead" role="status">
          {t('liveness:recorded.issuing')}
        </p>
      );
    case 'actions':
      return (
        <>
          <h2>{t('liveness:recorded.actions.heading')}</h2>
          <p className="lead">{t('liveness:recorded.actions.code')}</p>
          <p className="recorded-code" aria-label={digitsApart(stage.issued.spokenCode ?? '')} data-testid="spoken-code">
            {stage.issued.spokenCode}
          </p>
          <p className="lead">{t('liveness:recorded.actions.do')}</p>
          <ol className="recorded-actions" data-testid="recorded-actions">
            {stage.issued.challenges.map((kind, index) => (
              <li key={`${kind}-${index}`} data-kind={kind}>
                <ActionIllustration prompt={kind} />
                <span>
                  <strong>{t(`liveness:prompt.${kind}`)}</strong>
                  <br />
                  <span className="small-print">{t(`liveness:timedOut.actionTip.${kind}`)}</span>
                </span>
              </li>
            ))}
          </ol>
          <p>{t('liveness:recorded.actions.tips')}</p>
          <p className="small-print">{t('liveness:recorded.actions.chooseHint')}</p>
        </>
      );
    case 'preparing':
      return (
        <>
          <progress className="load-progress" max={100} value={stage.percent} aria-label={t('liveness:recorded.checking.heading')} />
          <p className="lead" role="status">
            {t('liveness:recorded.preparing', { percent: stage.percent })}
          </p>
        </>
      );
    case 'checking':
      return (
        <>
          <h2>{t('liveness:recorded.checking.heading')}</h2>
          <progress className="load-progress" max={100} value={stage.percent} aria-label={t('liveness:recorded.checking.heading')} />
          <p className="lead" role="status">
            {t('liveness:recorded.checking.progress', { percent: stage.percent })}
          </p>
        </>
      );
    case 'fitting':
      return (
        <>
          <progress className="load-progress" max={100} value={stage.percent} aria-label={t('liveness:recorded.fitting', { percent: stage.percent })} />
          <p className="lead" role="status">
            {t('liveness:recorded.fitting', { percent: stage.percent })}
          </p>
        </>
      );
    case 'too-old':
      return (
        <div role="alert" className="problem">
          <h2>{t('liveness:recorded.tooOld.heading')}</h2>
          <p className="lead">{t('liveness:recorded.tooOld.body')}</p>
        </div>
      );
    case 'not-seen': {
      const seen = stage.seen.map((kind) => t(`practice:action.${kind}`)).join('、');
      const asked = stage.issued.challenges.map((kind) => t(`practice:action.${kind}`)).join(' → ');
      return (
        <div role="alert" className="problem">
          <h2>{t('liveness:recorded.notSeen.heading')}</h2>
          <p className="lead">{t('liveness:recorded.notSeen.asked', { asked })}</p>
          <p>{seen ? t('liveness:recorded.notSeen.seen', { seen }) : t('liveness:recorded.notSeen.seenNothing')}</p>
          <p>{t('liveness:recorded.notSeen.tips')}</p>
        </div>
      );
    }
    case 'unchecked':
      return <UncheckedBody stage={stage} mode={mode} />;
    case 'problem':
      return (
        <div role="alert" className="problem">
          <h2>{t(`liveness:recorded.problem.${stage.problem}.title`)}</h2>
          <p className="lead">{t(`liveness:recorded.problem.${stage.problem}.body`)}</p>
        </div>
      );
  }
}

/**
 * This phone cannot check the video: says so plainly, and lets the person watch their clip beside the
 * code and the actions it should show (never a word that it was checked).
 */
function UncheckedBody({ stage, mode }: { stage: Extract<RecordedStage, { name: 'unchecked' }>; mode: 'practice' | 'certify' }) {
  const { t } = useTranslation('liveness');
  const { file, issued } = stage;
  // The object URL lives exactly as long as the player that shows it.
  const showFile = useCallback(
    (video: HTMLVideoElement | null) => {
      if (!video) return;
      const url = URL.createObjectURL(file);
      video.src = url;
      return () => {
        video.removeAttribute('src');
        URL.revokeObjectURL(url);
      };
    },
    [file],
  );
  return (
    <>
      <div role="status" className="notice notice-info">
        <h2>{t('recorded.unchecked.heading')}</h2>
        <p className="lead">{mode === 'certify' ? t('recorded.unchecked.bodyCertify') : t('recorded.unchecked.bodyPractice')}</p>
      </div>
      <p className="lead" data-testid="unchecked-code">
        {t('recorded.unchecked.code', { code: issued.spokenCode ?? '' })}
      </p>
      <p>{t('recorded.unchecked.actions')}</p>
      <ol className="recorded-actions" data-testid="unchecked-actions">
        {issued.challenges.map((kind, index) => (
          <li key={`${kind}-${index}`} data-kind={kind}>
            <ActionIllustration prompt={kind} />
            <strong>{t(`prompt.${kind}`)}</strong>
          </li>
        ))}
      </ol>
      {/* The person's own clip, with its sound (the code read aloud); it stays on the phone. Their own words: no captions exist. */}
      {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
      <video ref={showFile} className="review-video" controls playsInline aria-label={t('recorded.checking.videoLabel')} data-testid="unchecked-video" />
      <p>{mode === 'certify' ? t('recorded.unchecked.handOverHint') : t('recorded.unchecked.privacyPractice')}</p>
    </>
  );
}
