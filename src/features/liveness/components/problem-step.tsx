import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useBrowserPlatform, type BrowserPlatform } from '../../../shared/browser-platform';
import { useInAppBrowser } from '../../../shared/in-app-browser';
import { Screen } from '../../../shared/ui/screen';
import type { MissingFeature } from '../effects/face-check-services';
import { helpAfterAttempts, type FlowErrorCode } from '../hooks/use-liveness-flow';
import { HelpOptions } from './help-options';
import { OpenInBrowser } from './open-in-browser';

type ProblemStepProps = {
  title: string;
  backTo: string;
  problem: { kind: 'error'; code: FlowErrorCode } | { kind: 'failed'; reason: 'multiple-faces' } | { kind: 'unsupported'; missing: MissingFeature[] };
  attempts: number;
  onRetry(): void;
  /** The recorded route, where the flow offers it (the live check cannot run, or keeps failing). */
  onRecorded?: () => void;
  /** False where the phone could not check a recorded video either (no WebGL…): the hint must not promise it. */
  recordedCheckedOnPhone?: boolean;
};

/** Problems no second try fixes on this phone as it is: the camera or the browser itself. */
function liveCannotRun(problem: ProblemStepProps['problem']): boolean {
  if (problem.kind === 'unsupported') return true;
  if (problem.kind !== 'error') return false;
  return ['permission-denied', 'no-camera', 'not-supported', 'insecure-context', 'no-webassembly', 'no-webgl', 'start-failed'].includes(problem.code);
}

/** Every way the check can stop, each with what to do next: never a blank screen. */
export function ProblemStep({ title, backTo, problem, attempts, onRetry, onRecorded, recordedCheckedOnPhone = true }: ProblemStepProps) {
  const { t } = useTranslation('liveness');
  const inApp = useInAppBrowser();
  const canRetry = problem.kind !== 'unsupported' && !(problem.kind === 'error' && problem.code === 'no-camera');
  const cannotRun = liveCannotRun(problem);
  // One main action: filming with the camera app where the live check cannot run here, else trying again.
  const recordedFirst = onRecorded !== undefined && (cannotRun || !canRetry);
  const recordedButton = onRecorded && (
    <button type="button" className={`btn ${recordedFirst ? 'btn-primary' : 'btn-secondary'} btn-block`} onClick={onRecorded}>
      {t('recorded.offer')}
    </button>
  );
  return (
    <Screen
      title={title}
      backTo={backTo}
      footer={
        <>
          {recordedFirst && recordedButton}
          {canRetry && (
            <button type="button" className={`btn ${recordedFirst ? 'btn-secondary' : 'btn-primary'} btn-block`} onClick={onRetry}>
              {t('errors.retry')}
            </button>
          )}
          {!recordedFirst && recordedButton}
          <Link href="/offline-options" className="btn btn-secondary btn-block">
            {t('errors.offline')}
          </Link>
        </>
      }
    >
      <div role="alert" className="problem">
        <ProblemText problem={problem} />
      </div>
      {attempts > 0 && <p>{t('failed.attempts', { count: attempts })}</p>}
      {inApp && cannotRun && <OpenInBrowser browser={inApp} />}
      {onRecorded && <p>{t(recordedCheckedOnPhone ? 'recorded.offerHint' : 'recorded.offerHintUnchecked')}</p>}
      {attempts >= helpAfterAttempts && <HelpOptions offlineLink={false} />}
    </Screen>
  );
}

/** How to allow the camera, for the browser the page is open in only (not a list to pick from). */
const permissionHelp = {
  wechat: 'errors.permission-denied.wechat',
  'ios-safari': 'errors.permission-denied.safari',
  'ios-other': 'errors.permission-denied.iosOther',
  android: 'errors.permission-denied.chrome',
  other: 'errors.permission-denied.other',
} as const satisfies Record<BrowserPlatform, string>;

function ProblemText({ problem }: { problem: ProblemStepProps['problem'] }) {
  const { t } = useTranslation('liveness');
  const platform = useBrowserPlatform();
  if (problem.kind === 'unsupported') {
    const missing = problem.missing.map((feature) => t(`errors.unsupported.${feature}`)).join('、');
    return (
      <>
        <h2>{t('errors.unsupported.title')}</h2>
        <p className="lead">{t('errors.unsupported.body', { missing })}</p>
      </>
    );
  }
  if (problem.kind === 'failed') {
    return (
      <>
        <h2>{t('failed.title')}</h2>
        <p className="lead">{t(`failed.${problem.reason}`)}</p>
      </>
    );
  }
  return (
    <>
      <h2>{t(`errors.${problem.code}.title`)}</h2>
      <p className="lead">{t(`errors.${problem.code}.body`)}</p>
      {problem.code === 'permission-denied' && <p className="permission-help">{t(permissionHelp[platform])}</p>}
    </>
  );
}
