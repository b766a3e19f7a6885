import { useLayoutEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CameraFacing } from '../../../adapters/camera/camera';
import type { IssueChallenges } from '../model/challenge-issue';
import type { Evidence } from '../../../adapters/backend/evidence';
import { defaultLivenessConfig, practiceLivenessConfig } from '../model/liveness-config';
import { useUpdateGate } from '../../../shared/update-gate';
import { canCheckRecordingOnPhone, detectorCannotRunHere, helpAfterAttempts, useLivenessFlow, type FlowErrorCode } from '../hooks/use-liveness-flow';
import { CheckStep } from './check-step';
import { ConsentStep } from './consent-step';
import { IntroStep } from './intro-step';
import { PreparingStep } from './preparing-step';
import { ProblemStep } from './problem-step';
import { RecordedStep } from './recorded-step';
import { ReviewStep } from './review-step';
import '../liveness.css';

export type LivenessFlowProps = {
  mode: 'practice' | 'certify';
  /**
   * The actions and their session, asked for once the person is in place and the phone's frame rate is
   * measured (practice: picked on the phone; certify: the backend's session for that tier).
   */
  issueChallenges: IssueChallenges;
  /** Certify: the person looked at the photo and chose to go on. The evidence is still only in memory. */
  onPassed(evidence: Evidence): void;
  /** The person is done here (practice finished, or left). */
  onExit(): void;
  /** Where the visible back button leads (default: home). */
  backTo?: string;
  /** The screens' heading (default: 刷脸). */
  title?: string;
  /** Shown at the top of the first step (practice: its notice and 提前准备). */
  introExtra?: ReactNode;
  /** Shown under the face-data consent (certify: who the photo and video go to). */
  consentExtra?: ReactNode;
  /** Which camera the helper-camera switch starts on: 'rear' where a family member or staff holds the phone. */
  initialFacing?: CameraFacing;
  /** Practice: the next step, shown near the top of the success screen (the real certification). */
  passedNext?: ReactNode;
};

/**
 * Where filming with the phone's own camera app helps: the camera cannot be used here (refused, missing,
 * not offered to pages), the detector cannot start live, or the person has tried repeatedly. Not for a
 * network problem: the recorded route needs the same download.
 */
function recordedHelps(code: FlowErrorCode, attempts: number): boolean {
  if (code === 'offline-not-cached' || code === 'download-failed' || code === 'issue-failed') return false;
  const cameraOrRuntime = ['permission-denied', 'no-camera', 'camera-busy', 'not-supported', 'insecure-context', 'start-failed', 'context-lost', 'no-webgl'];
  return cameraOrRuntime.includes(code) || attempts >= helpAfterAttempts;
}

/** The whole face check, reusable: /practice mounts it in practice mode, /certify with the session's challenges. */
export function LivenessFlow(props: LivenessFlowProps) {
  const { t } = useTranslation('liveness');
  const flow = useLivenessFlow(props.initialFacing);
  const title = props.title ?? t('title');
  const backTo = props.backTo ?? '/';
  const config = props.mode === 'practice' ? practiceLivenessConfig : defaultLivenessConfig;
  const { stage } = flow;
  // No "new version" banner over someone in the middle of the face check.
  useUpdateGate(stage.name !== 'intro', 'face-check');
  // Each step is a new screen: it starts at its top (the consent's button sits far down, and the
  // camera preview must not open scrolled off the screen).
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [stage.name]);

  switch (stage.name) {
    case 'intro':
      return (
        <IntroStep title={title} backTo={backTo} facing={flow.facing} onFacingChange={flow.setFacing} onNext={flow.toConsent}>
          {props.introExtra}
        </IntroStep>
      );
    case 'consent':
      return (
        <ConsentStep title={title} backTo={backTo} mode={props.mode} onAgree={flow.agree} onBack={flow.toIntro}>
          {props.consentExtra}
        </ConsentStep>
      );
    case 'preparing':
      return <PreparingStep title={title} backTo={backTo} percent={stage.percent} onCancel={flow.cancelPreparing} />;
    case 'checking':
      if (!flow.detector) return null;
      return (
        <CheckStep
          key={stage.run}
          title={title}
          backTo={backTo}
          mode={props.mode}
          detector={flow.detector}
          facing={flow.facing}
          issueChallenges={props.issueChallenges}
          config={config}
          attempts={flow.attempts}
          onRecorded={flow.toRecorded}
          // Certify: the photo is looked at once, on the certification's own 核对照片 screen with 提交.
          onPassed={props.mode === 'certify' ? props.onPassed : flow.onPassed}
          onFailure={flow.onFailure}
          onEngineFailed={flow.onEngineFailed}
          onTimedOutRetry={flow.countAttempt}
        />
      );
    case 'recorded':
      return (
        <RecordedStep
          key={stage.run}
          title={title}
          backTo={backTo}
          mode={props.mode}
          issueChallenges={props.issueChallenges}
          canCheckOnPhone={stage.canCheckOnPhone}
          ensureDetector={flow.ensureDetector}
          config={config}
          // Certify: the photo is looked at once, on the certification's own 核对照片 screen with 提交.
          onPassed={props.mode === 'certify' ? props.onPassed : flow.onPassed}
          onBack={flow.toIntro}
        />
      );
    case 'review':
      return (
        <ReviewStep
          title={title}
          backTo={backTo}
          mode={props.mode}
          evidence={stage.evidence}
          next={props.passedNext}
          onUse={() => props.onPassed(stage.evidence)}
          onRedo={flow.redo}
          onExit={props.onExit}
        />
      );
    case 'unsupported':
      return (
        <ProblemStep
          title={title}
          backTo={backTo}
          problem={{ kind: 'unsupported', missing: stage.missing }}
          attempts={0}
          onRetry={flow.retry}
          // Filming needs only a file input: offered on every browser, checked on the phone where it can be.
          onRecorded={flow.toRecorded}
          recordedCheckedOnPhone={canCheckRecordingOnPhone(stage.missing)}
        />
      );
    case 'failed':
      return (
        <ProblemStep
          title={title}
          backTo={backTo}
          problem={{ kind: 'failed', reason: stage.reason }}
          attempts={flow.attempts}
          onRetry={flow.retry}
          {...(flow.attempts >= helpAfterAttempts ? { onRecorded: flow.toRecorded } : {})}
        />
      );
    case 'error':
      return (
        <ProblemStep
          title={title}
          backTo={backTo}
          problem={{ kind: 'error', code: stage.code }}
          attempts={flow.attempts}
          onRetry={flow.retry}
          {...(recordedHelps(stage.code, flow.attempts) ? { onRecorded: flow.toRecorded } : {})}
          recordedCheckedOnPhone={!detectorCannotRunHere(stage.code)}
        />
      );
  }
}
