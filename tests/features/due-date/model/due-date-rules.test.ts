import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, parseCalendarDate } from '../../../../contract/calendar-date';
import { calendarReminderDate, dueRules, dueStateOn, nextDueDate, ruleFor } from '../../../../src/features/due-date/model/due-date-rules';

describe('calendar arithmetic', () => {
  it('clamps to the last day of shorter months', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addMonths('2026-01-15', -2)).toBe('2025-11-15');
  });

  it('counts days across leap years', () => {
    expect(addDays('2023-03-01', 365)).toBe('2024-02-29');
    expect(addDays('2024-03-01', 365)).toBe('2025-03-01');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
  });

  it('refuses dates that do not exist', () => {
    expect(parseCalendarDate('2025-02-29')).toBeNull();
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate('2025-13-01')).toBeNull();
    expect(parseCalendarDate('2025-1-1')).toBeNull();
    expect(() => nextDueDate({ lastCertifiedOn: '2025-02-30' })).toThrow(RangeError);
  });
});

describe('nextDueDate', () => {
  it('uses the national 12-month rolling rule by default, with its source', () => {
    const result = nextDueDate({ lastCertifiedOn: '2025-05-20' });
    expect(result.rule.id).toBe('national-12-months');
    expect(result.rule.source.url).toMatch(/^https:\/\//);
    expect(result.dueBy).toBe('2026-05-20');
    expect(result.remindFrom).toBe('2026-03-20'); // month 10
  });

  it('handles 29 February for the 12-month rule', () => {
    expect(nextDueDate({ lastCertifiedOn: '2024-02-29' }).dueBy).toBe('2025-02-28');
    expect(nextDueDate({ lastCertifiedOn: '2027-02-28' }).dueBy).toBe('2028-02-28');
  });

  it('gives Henan pensions 365 days and Henan dependants 180 days', () => {
    const pension = nextDueDate({ lastCertifiedOn: '2023-03-01', provinceCode: '41', benefitType: 'employee' });
    expect(pension.rule.id).toBe('henan-365-days');
    expect(pension.dueBy).toBe('2024-02-29'); // 2024 is a leap year: 365 days is one day short of a year
    expect(pension.remindFrom).toBe(addDays('2024-02-29', -60));
    const dependant = nextDueDate({ lastCertifiedOn: '2025-01-10', provinceCode: '41', benefitType: 'survivor' });
    expect(dependant.rule.id).toBe('henan-dependants-180-days');
    expect(dependant.dueBy).toBe('2025-07-09');
  });

  it('gives 6-month rolling cycles where a region says so, clamped at month end', () => {
    const gansu = nextDueDate({ lastCertifiedOn: '2025-08-31', provinceCode: '62', benefitType: 'urban-rural-resident' });
    expect(gansu.rule.id).toBe('gansu-resident-6-months');
    expect(gansu.dueBy).toBe('2026-02-28');
    expect(gansu.remindFrom).toBe('2025-12-28');
    expect(nextDueDate({ lastCertifiedOn: '2025-03-15', provinceCode: '21', benefitType: 'survivor' }).dueBy).toBe('2025-09-15');
    expect(nextDueDate({ lastCertifiedOn: '2025-03-15', provinceCode: '45', benefitType: 'survivor' }).rule.id).toBe(
      'guangxi-survivor-6-months',
    );
  });

  it('uses half-year windows in Hebei for residents and dependants, but 12 months for employees there', () => {
    const firstHalf = nextDueDate({ lastCertifiedOn: '2026-03-10', provinceCode: '13', benefitType: 'urban-rural-resident' });
    expect(firstHalf.rule.id).toBe('hebei-half-year-window');
    expect(firstHalf).toMatchObject({ remindFrom: '2026-07-01', dueBy: '2026-12-31' });
    const secondHalf = nextDueDate({ lastCertifiedOn: '2026-07-01', provinceCode: '13', benefitType: 'survivor' });
    expect(secondHalf).toMatchObject({ remindFrom: '2027-01-01', dueBy: '2027-06-30' });
    const lastDayOfJune = nextDueDate({ lastCertifiedOn: '2026-06-30', provinceCode: '13', benefitType: 'survivor' });
    expect(lastDayOfJune.dueBy).toBe('2026-12-31');
    expect(nextDueDate({ lastCertifiedOn: '2026-03-10', provinceCode: '13', benefitType: 'employee' }).rule.id).toBe(
      'national-12-months',
    );
  });

  it('falls back to the national rule for unknown provinces and missing benefit types', () => {
    expect(ruleFor('99', null).id).toBe('national-12-months');
    expect(ruleFor(null, 'survivor').id).toBe('national-12-months');
    expect(ruleFor('41', undefined).id).toBe('henan-365-days');
  });

  it('keeps every rule sourced and ends with a catch-all', () => {
    for (const rule of dueRules) {
      expect(rule.source.title.length, rule.id).toBeGreaterThan(0);
      expect(rule.source.url, rule.id).toMatch(/^https?:\/\//);
    }
    const last = dueRules[dueRules.length - 1];
    expect(last?.provinces).toBeUndefined();
    expect(last?.benefitTypes).toBeUndefined();
  });
});

describe('dueStateOn', () => {
  const result = nextDueDate({ lastCertifiedOn: '2025-05-20' });

  it('is quiet before month 10, reminds from month 10 and says when it is late', () => {
    expect(dueStateOn(result, '2026-03-19')).toEqual({ kind: 'not-yet', daysLeft: 62 });
    expect(dueStateOn(result, '2026-03-20')).toEqual({ kind: 'soon', daysLeft: 61 });
    expect(dueStateOn(result, '2026-05-20')).toEqual({ kind: 'soon', daysLeft: 0 });
    expect(dueStateOn(result, '2026-05-21')).toEqual({ kind: 'overdue', daysLate: 1 });
  });

  it('puts the calendar reminder a month ahead, never in the past', () => {
    expect(calendarReminderDate('2026-05-20', '2026-03-20')).toBe('2026-04-20');
    expect(calendarReminderDate('2026-05-20', '2026-05-01')).toBe('2026-05-02');
    expect(calendarReminderDate('2026-05-20', '2026-06-01')).toBe('2026-06-02');
  });
});
