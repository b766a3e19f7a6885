import { parseCalendarDate, type CalendarDate } from '../../../../contract/calendar-date';

/** 2026年5月20日 / May 20, 2026: in the reader's language, never shifted by a time zone. */
export function formatCalendarDateLong(date: CalendarDate, language: string): string {
  const parts = parseCalendarDate(date);
  if (!parts) return date;
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(parts.year, parts.month - 1, parts.day)),
  );
}
