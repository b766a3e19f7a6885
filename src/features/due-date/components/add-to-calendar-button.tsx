import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBrowserPlatform } from '../../../shared/browser-platform';
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

/**
 * A reminder for the phone's calendar (.ics), where a download can work. The page cannot know whether
 * the file arrived or was opened, so it never says it did: after the tap it says what to look for and
 * gives the date to write down. WeChat's built-in browser blocks downloads: there, only the date.
 */
export function AddToCalendarButton({ due, today, uidPrefix, forName }: Props) {
  const { t, i18n } = useTranslation('due');
  const [tapped, setTapped] = useState(false);
  const canDownload = useBrowserPlatform() !== 'wechat';
  const date = formatCalendarDateLong(due.dueBy, i18n.language);

  if (!canDownload) {
    return (
      <p className="due-write-down">
        {t('calendar.noDownload')}<strong className="due-write-down-date">{t('calendar.writeDownDate', { date })}</strong>
      </p>
    );
  }

  function add() {
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
    setTapped(true);
  }

  return (
    <>
      <button type="button" className="btn btn-secondary btn-block" onClick={add}>
        {t('calendar.add')}
      </button>
      {tapped && (
        <p className="due-write-down" role="status">
          {t('calendar.afterTap')}<strong className="due-write-down-date">{t('calendar.writeDownDate', { date })}</strong>
        </p>
      )}
    </>
  );
}
