import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { OutboxSync } from '../effects/outbox-sync';
import { isBackendError } from '../../../adapters/backend/backend-error';
import type { UploadProgress } from '../../../adapters/backend/certification-backend';
import { entryDisplay } from '../model/outbox';
import type { OutboxEntry } from '../../../adapters/storage/outbox-storage';
import '../../../shared/ui/form-field.css';
import { SubmissionStatusCard } from './submission-status-card';

type Props = {
  entry: OutboxEntry;
  progress?: UploadProgress;
  outbox: OutboxSync;
  /** Where 再试一次 / 重新认证 go (the kiosk and family flows pass their own)… */
  certifyHref: string;
  /** …or what they do, inside a flow that restarts itself. */
  onCertifyAgain?: () => void;
  /** Offer 从这部手机上删除 for finished entries (not inside the flow that just sent it). */
  allowForget?: boolean;
  headingLevel?: 2 | 3;
};

/** One submission on this device with the actions that fit its state. */
export function OutboxEntryCard({ entry, progress, outbox, certifyHref, onCertifyAgain, allowForget = true, headingLevel }: Props) {
  const { t } = useTranslation('submission');
  const [confirmingWithdraw, setConfirmingWithdraw] = useState(false);
  const [busy, setBusy] = useState(false);
  // 'decided': a reviewer decided meanwhile, so it can no longer be withdrawn (the status updates by itself).
  const [withdrawFailed, setWithdrawFailed] = useState<false | 'decided' | 'other'>(false);
  const display = entryDisplay(entry);
  const canWithdraw = entry.receipt !== undefined && (display === 'received' || display === 'in-review');
  // Finished or refused: the person may clear it from this phone (the agency keeps its own record).
  const canForget = allowForget && (display === 'approved' || display === 'rejected' || display === 'redo-requested' || display === 'failed');

  const run = (action: () => Promise<void>, onError: (error: unknown) => void = () => {}) => {
    setBusy(true);
    void action()
      .catch(onError)
      .finally(() => setBusy(false));
  };

  return (
    <SubmissionStatusCard
      display={display}
      status={entry.status}
      progress={progress}
      failureCode={entry.lastErrorCode}
      headingLevel={headingLevel}
      demo={entry.backendKind === 'demo'}
    >
      {display === 'saved-offline' && (
        <button type="button" className="btn btn-secondary btn-block" disabled={busy} onClick={() => run(() => outbox.syncNow())}>
          {t('action.retryNow')}
        </button>
      )}
      {(display === 'rejected' || display === 'redo-requested' || display === 'failed') &&
        (onCertifyAgain ? (
          <button type="button" className="btn btn-primary btn-block" onClick={onCertifyAgain}>
            {t(display === 'rejected' ? 'action.tryAgain' : 'action.redo')}
          </button>
        ) : (
          <Link href={certifyHref} className="btn btn-primary btn-block">
            {t(display === 'rejected' ? 'action.tryAgain' : 'action.redo')}
          </Link>
        ))}
      {canWithdraw && !confirmingWithdraw && (
        <button type="button" className="btn btn-secondary btn-block" onClick={() => setConfirmingWithdraw(true)}>
          {t('action.withdraw')}
        </button>
      )}
      {canWithdraw && confirmingWithdraw && (
        <div role="group" aria-label={t('action.withdraw')}>
          <p>{t('action.withdrawConfirm')}</p>
          <div className="button-row">
            <button
              type="button"
              className="btn btn-secondary"
              disabled={busy}
              onClick={() => {
                setWithdrawFailed(false);
                run(
                  () => outbox.withdraw(entry.id),
                  (error: unknown) => setWithdrawFailed(isBackendError(error) && error.serverCode === 'already-decided' ? 'decided' : 'other'),
                );
              }}
            >
              {t('action.withdrawYes')}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setConfirmingWithdraw(false)}>
              {t('action.withdrawNo')}
            </button>
          </div>
          {withdrawFailed && (
            <p role="alert" className="field-error">
              {t(withdrawFailed === 'decided' ? 'action.withdrawDecided' : 'action.withdrawFailed')}
            </p>
          )}
        </div>
      )}
      {canForget && (
        <button type="button" className="btn btn-secondary btn-block" disabled={busy} onClick={() => run(() => outbox.forget(entry.id))}>
          {t('action.forget')}
        </button>
      )}
    </SubmissionStatusCard>
  );
}
