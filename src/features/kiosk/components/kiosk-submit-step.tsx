import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../../../shared/ui/screen';
import type { OutboxSync } from '../../submission/effects/outbox-sync';
import type { Evidence } from '../../liveness/model/evidence';
import type { CertificationSession } from '../../submission/model/certification-backend';
import { calendarDateOf } from '../../../../contract/calendar-date';
import { useKioskPersonStore, type KioskPerson } from '../kiosk-person-store';
import { useKioskStore } from '../kiosk-store';

type Props = { outbox: OutboxSync; person: KioskPerson; session: CertificationSession; evidence: Evidence };

/**
 * A separate, explicit 提交: nothing is sent before it. The submission goes through the outbox,
 * so a dropped network or a 下一位 pressed mid-upload never loses it.
 */
export function KioskSubmitStep({ outbox, person, session, evidence }: Props) {
  const { t } = useTranslation('kiosk');
  const go = useKioskPersonStore((s) => s.go);
  const addRecord = useKioskStore((s) => s.addRecord);
  const [entryId, setEntryId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const snapshot = useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);
  const entry = entryId ? snapshot.entries.find((e) => e.id === entryId) : undefined;
  const progress = entryId ? snapshot.progress[entryId] : undefined;

  useEffect(() => {
    if (entry?.phase === 'submitted' && entry.receipt) {
      go({ kind: 'receipt', person, receipt: { ...entry.receipt, submittedAt: entry.receivedAt ?? new Date().toISOString() } });
    }
  }, [entry, go, person]);

  async function submit() {
    setStarting(true);
    const created = await outbox.enqueue({ person, session, evidence });
    addRecord({ id: created.id, day: calendarDateOf(new Date()), state: 'uploading' });
    setEntryId(created.id);
    setStarting(false);
  }

  const percent = progress && progress.bytesTotal > 0 ? Math.floor((progress.bytesSent / progress.bytesTotal) * 100) : 0;
  const sending = starting || entry?.phase === 'uploading' || (entry?.phase === 'waiting' && !entry.lastErrorCode);
  const stuck = entry?.phase === 'waiting' && Boolean(entry.lastErrorCode);
  const refused = entry?.phase === 'failed';

  return (
    <Screen title={t('submit.title')} backTo="/kiosk">
      <p className="lead">{t('submit.intro')}</p>
      {!entryId && (
        <button type="button" className="btn btn-primary btn-block" disabled={starting} onClick={() => void submit()}>
          {t('submit.button')}
        </button>
      )}
      {sending && (
        <div role="status" className="kiosk-progress">
          <p>{t('submit.uploading', { percent })}</p>
          <progress max={100} value={percent} aria-label={t('submit.uploading', { percent })} />
        </div>
      )}
      {(stuck || refused) && (
        <>
          <p className="notice" role="alert">
            {t('submit.failed')}
          </p>
          {stuck && (
            <button type="button" className="btn btn-primary btn-block" onClick={() => void outbox.syncNow()}>
              {t('submit.retry')}
            </button>
          )}
        </>
      )}
    </Screen>
  );
}
