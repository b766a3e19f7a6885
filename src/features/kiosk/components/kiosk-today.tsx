import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificationBackend } from '../../../adapters/backend/certification-backend';
import { useToday } from '../../due-date';
import { useKioskStore } from '../kiosk-store';
import { isFinalState, kioskRecordStates, summarizeDay } from '../model/kiosk-day';

/** How often the start screen asks the server for today's results: a count, not a live feed. */
const refreshEveryMs = 60_000;

/** Today's count on this kiosk and their review states: numbers only, no names or ID numbers. */
export function KioskToday({ backend }: { backend: CertificationBackend }) {
  const { t } = useTranslation('kiosk');
  const today = useToday();
  const records = useKioskStore((s) => s.records);
  const dropOtherDays = useKioskStore((s) => s.dropOtherDays);
  const updateRecord = useKioskStore((s) => s.updateRecord);

  useEffect(() => dropOtherDays(today), [today, dropOtherDays]);

  useEffect(() => {
    const controller = new AbortController();
    const refresh = async () => {
      const open = useKioskStore.getState().records.filter((r) => r.statusToken && !isFinalState(r.state));
      for (const record of open) {
        try {
          const result = await backend.getStatus({ statusToken: record.statusToken ?? '' }, { signal: controller.signal });
          if (!result.notModified) updateRecord(record.id, { state: result.status.state, statusToken: record.statusToken });
        } catch {
          // Offline or the server is busy: the count shows the last known state and tries again later.
        }
      }
    };
    void refresh();
    const timer = window.setInterval(() => void refresh(), refreshEveryMs);
    return () => {
      controller.abort();
      window.clearInterval(timer);
    };
  }, [backend, updateRecord]);

  const summary = summarizeDay(records, today);
  return (
    <section className="kiosk-today" aria-labelledby="kiosk-today-heading">
      <h2 id="kiosk-today-heading">{t('today.title')}</h2>
      <p className="kiosk-today-total">{t('today.total', { count: summary.total })}</p>
      <ul className="kiosk-today-states">
        {kioskRecordStates
          .filter((state) => summary.byState[state] > 0)
          .map((state) => (
            <li key={state}>{t(`today.state.${state}`, { count: summary.byState[state] })}</li>
          ))}
      </ul>
      <p className="small-print">{t('today.privacy')}</p>
    </section>
  );
}
