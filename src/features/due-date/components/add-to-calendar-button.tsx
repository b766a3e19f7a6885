import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadIcs } from '../effects/download-ics';
import { calendarReminderDate, type DueResult } from '../model/due-date-rules';
import { formatCalendarDateLong } from '../model/format-date';
import { buildIcsCalendar } from '../model/ics';
import type { CalendarDate } from '../../../../contract/calendar-date';

type Props = {
  due: DueResult;
  today: CalendarDate;
  /** Stable per person, so adding again replaces the old event instead of adding a second one. */
  uidPrefix: string;
  /** Whose certification (a family member's name); absent for the phone's owner. */
  forName?: string;
};

export function AddToCalendarButton({ due, today, uidPrefix, forName }: Props) {
  const { t, i18n } = useTranslation('due');
  const [done, setDone] = useState(false);

  function add() {
    const date = formatCalendarDateLong(due.dueBy, i18n.language);
    const summary = t('calendar.summary', { date });
    const ics = buildIcsCalendar({
      uid: `${uidPrefix}-${due.dueBy}@pension-certification-helper`,
      date: calendarReminderDate(due.dueBy, today),
      summary: forName ? `${forName} · ${summary}` : summary,
      description: t('calendar.description'),
      now: new Date(),
      alarmHour: 9,
    });
    downloadIcs(ics, `pension-certification-${due.dueBy}.ics`);
    setDone(true);
  }

  return (
    <>
      <button type="button" className="btn btn-secondary btn-block" onClick={add}>
        {t('calendar.add')}
      </button>
      {done && (
        <p className="notice" role="status">
          {t('calendar.added')}
        </p>
      )}
    </>
  );
}
