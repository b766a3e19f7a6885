import { useId, type ReactNode } from 'react';
import { isEvidenceRefusalCode, type ApiErrorCode } from '../../../../contract/api-errors';
import { Trans, useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../../shared/ui/icons';
import type { SubmissionStatus, UploadProgress } from '../../../adapters/backend/certification-backend';
import { entryStateKeys as stateKeys, type EntryDisplay } from '../model/outbox';
import './submission.css';

/** The icon beside each state's words (never the only signal). */
export const entryStateIcons: Record<EntryDisplay, IconName> = {
  'saved-offline': 'info',
  uploading: 'forward',
  received: 'info',
  'in-review': 'info',
  approved: 'success',
  rejected: 'danger',
  'redo-requested': 'warning',
  failed: 'danger',
};

const reasonCodes = [
  'face-not-clear',
  'too-dark',
  'actions-not-seen',
  'someone-else-in-view',
  'not-the-person',
  'suspected-fake',
  'details-do-not-match',
  'visit-office',
  'other',
] as const;
type ReasonCode = (typeof reasonCodes)[number];
const isReasonCode = (code: string): code is ReasonCode => (reasonCodes as readonly string[]).includes(code);

const failureCodes = [
  'session-expired',
  'unknown-session',
  'nonce-already-used',
  'nonce-mismatch',
  'wrong-file-type',
  'unreadable-photo',
  'unreadable-video',
  'upload-too-large',
  'video-too-long',
  'recorded-before-session',
  'evidence-missing',
] as const satisfies readonly (ApiErrorCode | 'evidence-missing')[];
type FailureCode = (typeof failureCodes)[number];
const isFailureCode = (code: string): code is FailureCode => (failureCodes as readonly string[]).includes(code);

type Props = {
  display: EntryDisplay;
  status?: SubmissionStatus;
  progress?: UploadProgress;
  /** Why a submission failed for good (server code). */
  failureCode?: string;
  headingLevel?: 2 | 3;
  /** Sent to the demo backend: it pretends to receive and review, and certifies nobody; the card says so. */
  demo?: boolean;
  /** The actions that fit this state (再试一次, 重新认证 …). */
  children?: ReactNode;
};

function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * One submission's state in plain words: a heading that names it (已提交 / 审核中 / 已通过 / 未通过 /
 * 请重新认证 / 已保存，联网后自动提交), what it means, and what to do next. Announced when it changes.
 */
export function SubmissionStatusCard({ display, status, progress, failureCode, headingLevel = 2, demo = false, children }: Props) {
  const { t, i18n } = useTranslation('submission');
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const percent = progress && progress.bytesTotal > 0 ? Math.floor((progress.bytesSent / progress.bytesTotal) * 100) : 0;
  const decided = status && (status.state === 'rejected' || status.state === 'redo-requested') ? status : undefined;

  return (
    <section className={`submission-status submission-status-${display}`} aria-labelledby={headingId}>
      <div role="status">
        <Heading id={headingId} className="submission-status-title">
          <Icon name={entryStateIcons[display]} className="icon" />
          {demo ? t('demo.state', { state: t(stateKeys[display]) }) : t(stateKeys[display])}
        </Heading>
      </div>
      {display === 'saved-offline' && (
        <>
          <p>{t('explain.savedOffline')}</p>
          <p>{t('explain.savedOfflineTip')}</p>
        </>
      )}
      {display === 'uploading' && (
        <>
          <p>{t(demo ? 'demo.uploading' : 'explain.uploading')}</p>
          <label className="submission-progress">
            <span>{t('explain.progress', { percent })}</span>
            <progress max={100} value={percent} />
          </label>
        </>
      )}
      {display === 'received' && <p>{t(demo ? 'demo.received' : 'explain.received')}</p>}
      {display === 'in-review' && <p>{t(demo ? 'demo.inReview' : 'explain.inReview')}</p>}
      {/* The demo's pretend approval: no next due date, no "the agency's record": it certified nobody. */}
      {display === 'approved' && demo && <p>{t('demo.approved')}</p>}
      {display === 'approved' && !demo && status?.state === 'approved' && (
        <>
          <p>{t('explain.approved')}</p>
          <p className="submission-status-due">
            {status.nextDueDate ? (
              <Trans
                t={t}
                i18nKey="explain.approvedNextDue"
                values={{ date: formatDate(status.nextDueDate, i18n.language) }}
                components={{ date: <span className="submission-date" /> }}
              />
            ) : (
              t('explain.approvedNextDueDefault')
            )}
          </p>
          <p>{t('explain.official')}</p>
        </>
      )}
      {decided && (
        <>
          <p>{t(decided.state === 'rejected' ? 'explain.rejected' : 'explain.redoRequested')}</p>
          <p>{t('explain.reason', { reason: t(`reason.${isReasonCode(decided.reasonCode) ? decided.reasonCode : 'other'}`) })}</p>
          {decided.reasonText && <p>{t('explain.note', { text: decided.reasonText })}</p>}
          {decided.state === 'rejected' && <p>{t('explain.rejectedNext')}</p>}
        </>
      )}
      {display === 'failed' && (
        <>
          <p>{t(`failure.${failureCode && isFailureCode(failureCode) ? failureCode : 'default'}`)}</p>
          {/* The photo or video itself was refused: say it is not the person's fault and what to do. */}
          <p>{t(isEvidenceRefusalCode(failureCode) ? 'explain.failedEvidence' : 'explain.failed')}</p>
        </>
      )}
      {children}
    </section>
  );
}
