import { addMonths, formatCalendarDate, type CalendarDate } from './calendar-date';

/**
 * When an approval makes the next certification due, the same on the server (the status it
 * answers) and in the app (the reminder and the demo backend).
 */

/** The usual cycle: 12 months from the last certification (certification-process.md §3). */
export const annualCycleMonths = 12;

/** China keeps one time zone, UTC+8, with no summer time: the agency's calendar day of an instant. */
const chinaOffsetMs = 8 * 60 * 60 * 1000;

export function chinaCalendarDateOf(instant: Date): CalendarDate {
  const shifted = new Date(instant.getTime() + chinaOffsetMs);
  return formatCalendarDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}

/**
 * The day an approval counts for, and 12 months later the day the next certification is due by;
 * a day the target month lacks becomes its last day (29 February → 28 February next year).
 * Regions with their own cycles are the app's due-date rules; the agency's own record always wins.
 */
export function approvalDay(decidedAt: Date | string): CalendarDate | null {
  const instant = typeof decidedAt === 'string' ? new Date(decidedAt) : decidedAt;
  return Number.isNaN(instant.getTime()) ? null : chinaCalendarDateOf(instant);
}

export function nextDueDateAfterApproval(decidedAt: Date | string): CalendarDate | null {
  const day = approvalDay(decidedAt);
  return day === null ? null : addMonths(day, annualCycleMonths);
}
