import { describe, expect, it } from 'vitest';
import { runPrechecks, summarize, type PrecheckInput } from '../../src/certification/prechecks';
import type { EvidenceMetadataDto } from '../../../contract/certification-api';

const sessionCreatedAt = new Date('2026-11-27T08:00:00Z');

function input(overrides: Partial<EvidenceMetadataDto> = {}, video: Partial<PrecheckInput['video']> = {}): PrecheckInput {
  const metadata: EvidenceMetadataDto = {
    challengeId: 'c1',
    nonce: 'n',
    actions: [
      { kind: 'blink', startMs: 500, endMs: 900, peakScore: 0.7 },
      { kind: 'turn-left', startMs: 1200, endMs: 2200, peakScore: 25 },
    ],
    startedAt: '2026-11-27T08:01:00Z',
    durationMs: 3000,
    appVersion: '0.1.0',
    camera: 'front',
    device: { userAgent: 'ua', screen: '360x740', language: 'zh-CN' },
    video: { mimeType: 'video/webm;codecs=vp8', bytes: 5000 },
    photo: { mimeType: 'image/jpeg', bytes: 1000, width: 640, height: 480 },
    ...overrides,
  };
  return {
    challenges: ['blink', 'turn-left'],
    metadata,
    sessionCreatedAt,
    sessionExpiresAt: new Date('2026-11-27T08:15:00Z'),
    receivedAt: new Date('2026-11-27T08:02:00Z'),
    photo: { bytes: 1000, width: 640, height: 480, maxBytes: 2_000_000 },
    video: { bytes: 5000, mimeType: 'video/webm', durationMs: 3100, maxBytes: 8_000_000, maxDurationMs: 60_000, ...video },
  };
}

const outcomeOf = (results: ReturnType<typeof runPrechecks>, check: string) => results.find((result) => result.check === check)?.outcome;

describe('pre-checks', () => {
  it('passes consistent evidence', () => {
    const results = runPrechecks(input());
    expect(summarize(results)).toEqual({ passed: results.length, failed: 0, warnings: 0, unknown: 0, allPassed: true });
  });
  it('fails actions out of the challenge order', () => {
    const results = runPrechecks(input({ actions: [
      { kind: 'turn-left', startMs: 500, endMs: 900, peakScore: 25 },
      { kind: 'blink', startMs: 1200, endMs: 1500, peakScore: 0.7 },
    ] }));
    expect(outcomeOf(results, 'actions-in-challenge-order')).toBe('fail');
    expect(summarize(results).allPassed).toBe(false);
  });
  it('fails implausible timings: too short, overlapping, after the recording', () => {
    const results = runPrechecks(input({ actions: [
      { kind: 'blink', startMs: 500, endMs: 520, peakScore: 0.7 },
      { kind: 'turn-left', startMs: 510, endMs: 4000, peakScore: 25 },
    ] }));
    const detail = results.find((result) => result.check === 'action-timings')?.detail ?? '';
    expect(outcomeOf(results, 'action-timings')).toBe('fail');
    expect(detail).toContain('lasted 20 ms');
    expect(detail).toContain('starts before the previous one ended');
    expect(detail).toContain('ends after the recording');
  });
  it('fails a recording that started before the session', () => {
    expect(outcomeOf(runPrechecks(input({ startedAt: '2026-11-26T08:00:00Z' })), 'recorded-during-session')).toBe('fail');
  });
  it('warns when uploads begun in time were finished after the session expired', () => {
    const late = { ...input(), receivedAt: new Date('2026-11-27T08:40:00Z') };
    const results = runPrechecks(late);
    expect(outcomeOf(results, 'submitted-in-time')).toBe('warn');
    expect(results.find((result) => result.check === 'submitted-in-time')?.detail).toContain('25 min');
  });
  it('fails sizes that differ from the metadata', () => {
    expect(outcomeOf(runPrechecks(input({ video: { mimeType: 'video/webm', bytes: 4999 } })), 'file-sizes')).toBe('fail');
  });
  it('records an unknown duration, warns on a mismatch, fails an over-long video', () => {
    expect(outcomeOf(runPrechecks(input({}, { durationMs: null })), 'video-duration')).toBe('unknown');
    expect(outcomeOf(runPrechecks(input({}, { durationMs: 9000 })), 'video-duration')).toBe('warn');
    expect(outcomeOf(runPrechecks(input({ durationMs: 70_000 }, { durationMs: 70_000 })), 'video-duration')).toBe('fail');
  });
  it('warns when the container type differs from the declared one', () => {
    expect(outcomeOf(runPrechecks(input({}, { mimeType: 'video/mp4' })), 'video-type')).toBe('warn');
  });
});
