import { useTranslation } from 'react-i18next';
import { Screen } from '../../../shared/ui/screen';
import { SentEntry, type SentStepProps } from '../../certify';
import { useOutboxSnapshot } from '../../submission';
import { KioskReceiptView } from './kiosk-receipt';

/**
 * After 提交 at the kiosk: the submission's progress (the same card as everywhere: sending, saved
 * for later, refused with a way to start again), then, once the server has it, the receipt.
 */
export function KioskSent({ entryId, restart, banner, onNext }: SentStepProps & { onNext(): void }) {
  const { t } = useTranslation('kiosk');
  const entry = useOutboxSnapshot().entries.find((e) => e.id === entryId);
  if (entry?.phase === 'submitted' && entry.receipt) {
    return (
      // Nothing to go back to once it is sent: 下一位 is the way on.
      <Screen title={t('receipt.title')}>
        <KioskReceiptView entry={entry} receipt={entry.receipt} />
        <p className="receipt-no-print">{t('next.hint')}</p>
        <button type="button" className="btn btn-primary btn-block receipt-no-print" onClick={onNext}>
          {t('next.button')}
        </button>
      </Screen>
    );
  }
  return (
    <Screen title={t('submit.title')}>
      {banner}
      <SentEntry entryId={entryId} onCertifyAgain={restart} />
    </Screen>
  );
}
