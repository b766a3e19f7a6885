import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useBrowserPlatform, type BrowserPlatform } from '../../../shared/browser-platform';
import { Screen } from '../../../shared/ui/screen';
import type { MissingFeature } from '../effects/face-check-services';
import { helpAfterAttempts, type FlowErrorCode } from '../hooks/use-liveness-flow';
import { HelpOptions } from './help-options';

type ProblemStepProps = {
  title: string;
  backTo: string;
  problem: { kind: 'error'; code: FlowErrorCode } | { kind: 'failed'; reason: 'multiple-faces' } | { kind: 'unsupported'; missing: MissingFeature[] };
  attempts: number;
  onRetry(): void;
};

/** Every way the check can stop, each with what to do next: never a blank screen. */
export function ProblemStep({ title, backTo, problem, attempts, onRetry }: ProblemStepProps) {
  const { t } = useTranslation('liveness');
  const canRetry = problem.kind !== 'unsupported' && !(problem.kind === 'error' && problem.code === 'no-camera');
  return (
    <Screen
      title={title}
      backTo={backTo}
      footer={
        <>
          {canRetry && (
            <button type="button" className="btn btn-primary btn-block" onClick={onRetry}>
              {t('errors.retry')}
            </button>
          )}
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
      {attempts >= helpAfterAttempts && <HelpOptions />}
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
