import { describe, expect, it } from 'vitest';
import { buildIcsCalendar, escapeIcsText, foldIcsLine } from '../../../../src/features/due-date/model/ics';

const octets = (line: string) => new TextEncoder().encode(line).length;

/** Undoes RFC 5545 folding the way a calendar app reads the file. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldIcsLine', () => {
  it('leaves short lines alone', () => {
    expect(foldIcsLine('SUMMARY:短')).toBe('SUMMARY:短');
  });

  it('folds at 75 octets without splitting a Chinese character', () => {
    const line = `DESCRIPTION:${'养老金资格认证'.repeat(12)}`;
    const folded = foldIcsLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const [index, part] of physical.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (index > 0) expect(part.startsWith(' ')).toBe(true);
      // A split character would show up as a replacement character when decoded.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part);
    }
    expect(unfold(folded)).toBe(line);
  });

  it('folds long ASCII lines into exact 75-octet pieces', () => {
    const line = 'X'.repeat(200);
    const physical = foldIcsLine(line).split('\r\n');
    // 75 + 74 + 51 characters; each continuation line carries its leading space.
    expect(physical.map(octets)).toEqual([75, 75, 52]);
  });
});

describe('buildIcsCalendar', () => {
  const ics = buildIcsCalendar({
    uid: 'due-2026-05-20@pension-helper',
    date: '2026-04-20',
    summary: '养老金资格认证：请在2026年5月20日前完成',
    description: '可以用手机刷脸认证，或到社区、社保经办机构办理。\n不会操作，请拨打 12333；也可以请家人帮忙, 费用：不收费',
    now: new Date(Date.UTC(2026, 2, 20, 8, 30, 5)),
    alarmHour: 9,
  });

  it('is a well-formed VCALENDAR with CRLF line endings and no line over 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('holds an all-day event with an exclusive end, a stamp in UTC and one alarm at 9:00', () => {
    const lines = unfold(ics).split('\r\n');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260420');
    expect(lines).toContain('DTEND;VALUE=DATE:20260421');
    expect(lines).toContain('DTSTAMP:20260320T083005Z');
    expect(lines).toContain('UID:due-2026-05-20@pension-helper');
    expect(lines).toContain('TRIGGER;RELATED=START:PT9H');
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(1);
    expect(lines).toContain(
      'DESCRIPTION:可以用手机刷脸认证，或到社区、社保经办机构办理。\\n不会操作，请拨打 12333；也可以请家人帮忙\\, 费用：不收费',
    );
  });

  it('puts the event on the next day correctly at a month and year end', () => {
    const newYear = buildIcsCalendar({ uid: 'u', date: '2026-12-31', summary: 's', description: 'd', now: new Date(0), alarmHour: 9 });
    expect(newYear).toContain('DTEND;VALUE=DATE:20270101');
  });
});
