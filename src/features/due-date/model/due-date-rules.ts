import type { BenefitType } from './benefit-type';
import { addDays, addMonths, compareCalendarDates, daysBetween, parseCalendarDate, formatCalendarDate, type CalendarDate } from '../../../../contract/calendar-date';

/**
 * When is the next certification due? Rules are data, each dated and sourced
 * (../shared/reference/certification-process.md §3), because they differ by province and benefit
 * type and change over time. The official channel's 有效期 display always wins over this estimate.
 */
export { benefitTypes, isBenefitType, type BenefitType } from './benefit-type';

export type Cycle =
  /** Rolling: the clock restarts at each certification. */
  | { kind: 'months'; months: number }
  | { kind: 'days'; days: number }
  /** Fixed half-year windows (1–6月, 7–12月): once in each window. */
  | { kind: 'half-year-window' };

export type RuleSource = { title: string; url: string; date: string };

export const dueRuleIds = [
  'henan-dependants-180-days',
  'henan-365-days',
  'hebei-half-year-window',
  'liaoning-survivor-6-months',
  'liaoning-resident-half-year-window',
  'guangxi-survivor-6-months',
  'gansu-resident-6-months',
  'tibet-half-year-window',
  'national-12-months',
] as const;
export type DueRuleId = (typeof dueRuleIds)[number];

/** Provinces with a rule of their own; everywhere else uses the national rule. */
export const provincesWithOwnRules = ['13', '21', '41', '45', '54', '62'] as const;
export type ProvinceWithOwnRule = (typeof provincesWithOwnRules)[number];

export type DueRule = {
  id: DueRuleId;
  /** GB/T 2260 two-digit province codes; absent = everywhere. */
  provinces?: readonly string[];
  /** Absent = every benefit type. */
  benefitTypes?: readonly BenefitType[];
  cycle: Cycle;
  confidence: 'high' | 'medium';
  source: RuleSource;
};

const mohrss: RuleSource = {
  title: '人社部：12个自然月内进行一次即可（杨浦时报转载，2023-01-20）',
  url: 'https://yptimes.shyp.gov.cn/html/2023-02/02/content_9404_15758207.htm',
  date: '2023-02-02',
};

/** First match wins, so the most specific rules come first; the national default is last. */
export const dueRules: readonly DueRule[] = [
  {
    id: 'henan-dependants-180-days',
    provinces: ['41'],
    benefitTypes: ['survivor'],
    cycle: { kind: 'days', days: 180 },
    confidence: 'high',
    source: { title: '河南 豫社保〔2020〕22号（郑州二七区通知）', url: 'https://www.erqi.gov.cn/notice/9869562.jhtml', date: '2020' },
  },
  {
    id: 'henan-365-days',
    provinces: ['41'],
    cycle: { kind: 'days', days: 365 },
    confidence: 'high',
    source: { title: '河南 豫社保〔2020〕22号（郑州二七区通知）', url: 'https://www.erqi.gov.cn/notice/9869562.jhtml', date: '2020' },
  },
  {
    id: 'hebei-half-year-window',
    provinces: ['13'],
    benefitTypes: ['urban-rural-resident', 'survivor'],
    cycle: { kind: 'half-year-window' },
    confidence: 'medium',
    source: { title: '河北 肥乡 2026年度认证通知', url: 'https://m.hd.bendibao.com/live/19227.shtm', date: '2025' },
  },
  {
    id: 'liaoning-survivor-6-months',
    provinces: ['21'],
    benefitTypes: ['survivor'],
    cycle: { kind: 'months', months: 6 },
    confidence: 'medium',
    source: { title: '辽宁 葫芦岛（省人社转载）', url: 'http://www.jsqingtong.com/rst/zxzx/rdxw/2025081209215273413/index.shtml', date: '2025-08-12' },
  },
  {
    id: 'liaoning-resident-half-year-window',
    provinces: ['21'],
    benefitTypes: ['urban-rural-resident'],
    cycle: { kind: 'half-year-window' },
    confidence: 'medium',
    source: { title: '辽宁 葫芦岛（省人社转载）', url: 'http://www.jsqingtong.com/rst/zxzx/rdxw/2025081209215273413/index.shtml', date: '2025-08-12' },
  },
  {
    id: 'guangxi-survivor-6-months',
    provinces: ['45'],
    benefitTypes: ['survivor'],
    cycle: { kind: 'months', months: 6 },
    confidence: 'medium',
    source: { title: '广西 遗属待遇一年两次认证', url: 'https://m.gl.bendibao.com/tour/15672.shtm', date: '2024' },
  },
  {
    id: 'gansu-resident-6-months',
    provinces: ['62'],
    benefitTypes: ['urban-rural-resident'],
    cycle: { kind: 'months', months: 6 },
    confidence: 'medium',
    source: { title: '甘肃 会宁县：城乡居民每年两次，从上次成功认证起6个月', url: 'http://117.156.67.38/zwgk-view/5586.html', date: '2019-08-22' },
  },
  {
    id: 'tibet-half-year-window',
    provinces: ['54'],
    cycle: { kind: 'half-year-window' },
    confidence: 'medium',
    source: { title: '拉萨 2023：上半年、下半年各认证一次', url: 'https://m12333.cn/policy/fims.html', date: '2023' },
  },
  { id: 'national-12-months', cycle: { kind: 'months', months: 12 }, confidence: 'high', source: mohrss },
];

export type DueInput = {
  lastCertifiedOn: CalendarDate;
  /** Where the pension is paid from (参保地), not the ID number's birthplace. */
  provinceCode?: string | null;
  benefitType?: BenefitType | null;
};

export type DueResult = {
  /** Certify again on or before this day. */
  dueBy: CalendarDate;
  /** From this day on, remind (month 10 of a 12-month cycle). */
  remindFrom: CalendarDate;
  rule: DueRule;
};

/** Reminders start this long before the due day: month 10 of a yearly cycle (the Hainan guides' advice). */
const remindMonthsBefore = 2;
const remindDaysBefore = 60;

export function ruleFor(provinceCode?: string | null, benefitType?: BenefitType | null): DueRule {
  const type = benefitType ?? 'employee';
  const rule = dueRules.find(
    (r) =>
      (r.provinces === undefined || (provinceCode != null && r.provinces.includes(provinceCode))) &&
      (r.benefitTypes === undefined || r.benefitTypes.includes(type)),
  );
  // The last rule matches everything, so this only guards against an edited table.
  if (!rule) throw new Error('dueRules has no catch-all rule');
  return rule;
}

function halfYearWindowAfter(date: CalendarDate): { start: CalendarDate; end: CalendarDate } {
  const parts = parseCalendarDate(date);
  if (!parts) throw new RangeError(`not a calendar date: ${date}`);
  return parts.month <= 6
    ? { start: formatCalendarDate({ year: parts.year, month: 7, day: 1 }), end: formatCalendarDate({ year: parts.year, month: 12, day: 31 }) }
    : {
        start: formatCalendarDate({ year: parts.year + 1, month: 1, day: 1 }),
        end: formatCalendarDate({ year: parts.year + 1, month: 6, day: 30 }),
      };
}

export function nextDueDate(input: DueInput): DueResult {
  if (parseCalendarDate(input.lastCertifiedOn) === null) throw new RangeError(`not a calendar date: ${input.lastCertifiedOn}`);
  const rule = ruleFor(input.provinceCode, input.benefitType);
  const last = input.lastCertifiedOn;
  switch (rule.cycle.kind) {
    case 'months': {
      const dueBy = addMonths(last, rule.cycle.months);
      return { dueBy, remindFrom: addMonths(dueBy, -Math.min(remindMonthsBefore, rule.cycle.months - 1)), rule };
    }
    case 'days': {
      const dueBy = addDays(last, rule.cycle.days);
      return { dueBy, remindFrom: addDays(dueBy, -Math.min(remindDaysBefore, Math.floor(rule.cycle.days / 3))), rule };
    }
    case 'half-year-window': {
      const window = halfYearWindowAfter(last);
      return { dueBy: window.end, remindFrom: window.start, rule };
    }
  }
}

export type DueState =
  | { kind: 'not-yet'; daysLeft: number }
  | { kind: 'soon'; daysLeft: number }
  | { kind: 'overdue'; daysLate: number };

export function dueStateOn(result: DueResult, today: CalendarDate): DueState {
  const daysLeft = daysBetween(today, result.dueBy);
  if (daysLeft < 0) return { kind: 'overdue', daysLate: -daysLeft };
  if (compareCalendarDates(today, result.remindFrom) >= 0) return { kind: 'soon', daysLeft };
  return { kind: 'not-yet', daysLeft };
}

/**
 * The day a calendar reminder goes on: a month before the due day, so there is time to go to the
 * community if the phone check fails; never in the past.
 */
export function calendarReminderDate(dueBy: CalendarDate, today: CalendarDate): CalendarDate {
  const wanted = addDays(dueBy, -30);
  const tomorrow = addDays(today, 1);
  return compareCalendarDates(wanted, tomorrow) >= 0 ? wanted : tomorrow;
}
