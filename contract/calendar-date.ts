/**
 * Calendar dates as 'YYYY-MM-DD' strings: a certification is done "on a day", in the person's own
 * calendar, so no time zone may move it to the day before or after.
 */
export type CalendarDate = string;

export type DateParts = { year: number; month: number; day: number };

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseCalendarDate(value: string): DateParts | null {
  const match = pattern.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && parseCalendarDate(value) !== null;
}

function mustParse(value: CalendarDate): DateParts {
  const parts = parseCalendarDate(value);
  if (!parts) throw new RangeError(`not a calendar date: ${value}`);
  return parts;
}

export function formatCalendarDate({ year, month, day }: DateParts): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The local calendar day of an instant (what the person's own phone shows as "today"). */
export function calendarDateOf(instant: Date): CalendarDate {
  return formatCalendarDate({ year: instant.getFullYear(), month: instant.getMonth() + 1, day: instant.getDate() });
}

/**
 * Adds whole months; a day that does not exist in the target month becomes that month's last day
 * (31 Aug + 6 months = 28/29 Feb), the usual reading of "N 个月" in notices.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = mustParse(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return formatCalendarDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = mustParse(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return formatCalendarDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const a = mustParse(from);
  const b = mustParse(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
