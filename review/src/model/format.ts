import type { PrecheckSummary } from '../../../contract/review-api';
import type { SubmissionState } from '../../../contract/certification-api';

/** Queue filters the console offers; "open" is what still needs a person's decision. */
export const queueFilters = ['open', 'approved', 'rejected', 'redo-requested'] as const;
export type QueueFilter = (typeof queueFilters)[number];

export function isQueueFilter(value: unknown): value is QueueFilter {
  return typeof value === 'string' && (queueFilters as readonly string[]).includes(value);
}

export function statesForFilter(filter: QueueFilter): SubmissionState[] {
  return filter === 'open' ? ['received', 'in-review'] : [filter];
}

/** A date and time in the reviewer's language; the raw string when it is not a date. */
export function formatDateTime(iso: string, language: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

/** Milliseconds as seconds with one decimal ("2.5"). */
export function formatSeconds(ms: number): string {
  return (Math.round(ms / 100) / 10).toFixed(1);
}

/** Peak scores are 0..1 for blink / mouth-open and degrees for turns: shown in their own unit. */
export function formatPeak(kind: string, peakScore: number): string {
  if (kind === 'turn-left' || kind === 'turn-right') return `${Math.round(Math.abs(peakScore))}°`;
  return peakScore.toFixed(2);
}

export type PrecheckTone = 'pass' | 'fail' | 'warn';

/** The one word + icon a reviewer sees first: fail beats warn beats pass. */
export function precheckTone(summary: PrecheckSummary): PrecheckTone {
  if (summary.failed > 0) return 'fail';
  if (!summary.allPassed || summary.warnings > 0 || summary.unknown > 0) return 'warn';
  return 'pass';
}

export const outcomeIcon: Record<'pass' | 'fail' | 'warn' | 'unknown', string> = {
  pass: '✓',
  fail: '✗',
  warn: '!',
  unknown: '?',
};

export type SummaryPart = { part: 'failed' | 'warnings' | 'unknown' | 'passed'; count: number };

/** The non-zero counts, worst first: what needs the reviewer's eye leads. */
export function summaryParts(summary: PrecheckSummary): SummaryPart[] {
  const parts: SummaryPart[] = [
    { part: 'failed', count: summary.failed },
    { part: 'warnings', count: summary.warnings },
    { part: 'unknown', count: summary.unknown },
    { part: 'passed', count: summary.passed },
  ];
  return parts.filter((p) => p.count > 0);
}

/** Pre-check codes the console has a name for (server/src/certification/prechecks.ts). */
export const knownPrecheckCodes = [
  'metadata-complete',
  'actions-in-challenge-order',
  'action-timings',
  'recorded-during-session',
  'submitted-in-time',
  'file-sizes',
  'photo-dimensions',
  'video-type',
  'video-duration',
  'frame-rate-tier',
  'evidence-route',
  'spoken-code',
  'video-created',
] as const;
export type KnownPrecheckCode = (typeof knownPrecheckCodes)[number];

export function isKnownPrecheckCode(code: string): code is KnownPrecheckCode {
  return (knownPrecheckCodes as readonly string[]).includes(code);
}
