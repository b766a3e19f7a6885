import { addDays, parseCalendarDate, type CalendarDate } from '../../../../contract/calendar-date';

/** An all-day calendar event with one reminder alarm, as an iCalendar (RFC 5545) file. */
export type IcsEvent = {
  /** Globally unique and stable, so adding the same reminder twice updates it instead of duplicating it. */
  uid: string;
  date: CalendarDate;
  summary: string;
  description: string;
  /** When the file was made (DTSTAMP). */
  now: Date;
  /** Local wall-clock hour of the alarm on the event day (9 = 9:00). */
  alarmHour: number;
};

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values. */
export function escapeIcsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();
const maxLineOctets = 75;

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + one space. Octets, not
 * characters: a Chinese character is 3 octets in UTF-8 and must never be split across lines.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  // Continuation lines start with a space that counts towards their 75 octets.
  let limit = maxLineOctets;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
      limit = maxLineOctets - 1;
    }
    current += character;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function compactDate(date: CalendarDate): string {
  if (!parseCalendarDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return date.replace(/-/g, '');
}

function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function buildIcsCalendar(event: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//pension-certification-helper//due-date reminder//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${utcStamp(event.now)}`,
    `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
    // DTEND of an all-day event is exclusive: the next day.
    `DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    `DESCRIPTION:${escapeIcsText(event.description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeIcsText(event.summary)}`,
    `TRIGGER;RELATED=START:PT${Math.max(0, Math.min(23, Math.trunc(event.alarmHour)))}H`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
