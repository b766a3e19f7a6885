import { useEffect, useState } from 'react';
import { calendarDateOf, type CalendarDate } from '../../../../contract/calendar-date';

/** Today's local date, updated when the page comes back after midnight. */
export function useToday(now: () => Date = () => new Date()): CalendarDate {
  const [today, setToday] = useState(() => calendarDateOf(now()));
  useEffect(() => {
    const refresh = () => setToday(calendarDateOf(now()));
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, [now]);
  return today;
}
