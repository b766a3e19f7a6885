import { describe, expect, it } from 'vitest';
import { runPrechecks, summarize, type PrecheckInput } from '../../src/certification/prechecks';
import type { EvidenceMetadataDto } from '../../../contract/certification-api';

const sessionCreatedAt = new Date('2026-11-27T08:00:00Z');

function input(
  overrides: Partial<EvidenceMetadataDto> = {},
  video: Partial<PrecheckInput['video']> = {},
  session: PrecheckInput['session'] = { tier: 'standard', route: 'live', spokenCode: null },
): PrecheckInput {
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
    route: 'live',
    frameRate: { analysedFps: 22.4, tier: 'standard', tierFps: 24 },
    ...overrides,
  };
  return {
    challenges: ['blink', 'turn-left'],
    metadata,
    session,
    sessionCreatedAt,
    sessionExpiresAt: new Date('2026-11-27T08:15:00Z'),
    receivedAt: new Date('2026-11-27T08:02:00Z'),
    photo: { bytes: 1000, width: 640, height: 480, maxBytes: 2_000_000 },
    video: { bytes: 5000, mimeType: 'video/webm', durationMs: 3100, maxBytes: 8_000_000, maxDurationMs: 60_000, createdAt: null, ...video },
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

  describe('frame rate and tier', () => {
    it('passes a slow phone that did the slow tier\'s actions at the rate that earned it', () => {
      const results = runPrechecks(
        input({ frameRate: { analysedFps: 5.2, tier: 'slow', tierFps: 5.5 } }, {}, { tier: 'slow', route: 'live', spokenCode: null }),
      );
      expect(outcomeOf(results, 'frame-rate-tier')).toBe('pass');
    });
    it('fails a tier that is not the session\'s, and warns when the tier was not earned or the rate fell too low', () => {
      expect(outcomeOf(runPrechecks(input({ frameRate: { analysedFps: 5, tier: 'slow', tierFps: 5 } })), 'frame-rate-tier')).toBe('fail');
      expect(outcomeOf(runPrechecks(input({ frameRate: { analysedFps: 20, tier: 'standard', tierFps: 6 } })), 'frame-rate-tier')).toBe('warn');
      const slowedDown = runPrechecks(input({ frameRate: { analysedFps: 6, tier: 'standard', tierFps: 20 } }));
      expect(outcomeOf(slowedDown, 'frame-rate-tier')).toBe('warn');
      expect(slowedDown.find((result) => result.check === 'frame-rate-tier')?.detail).toContain('look at the video');
    });
    it('says "unknown" for an app too old to report it (its outbox entries still arrive)', () => {
      const { frameRate: _omitted, ...old } = input().metadata;
      const results = runPrechecks({ ...input(), metadata: old });
      expect(outcomeOf(results, 'frame-rate-tier')).toBe('unknown');
      expect(summarize(results).allPassed).toBe(false);
    });
  });

  describe('recorded route', () => {
    const recordedSession = { tier: 'slow', route: 'recorded', spokenCode: '4831' } as const;
    const recording = { spokenCode: '4831', issuedAt: '2026-11-27T08:00:05Z', fileCreatedAt: null };
    const recorded = (overrides: Partial<EvidenceMetadataDto> = {}, createdAt: Date | null = null) =>
      runPrechecks(
        input({ route: 'recorded', frameRate: { analysedFps: 29.9, tier: 'slow', tierFps: 0 }, recording, ...overrides }, { createdAt }, recordedSession),
      );

    it('is always a warning that names the code to listen for, so it is never all-passed (never auto-approved)', () => {
      const results = recorded({}, new Date('2026-11-27T08:00:40Z'));
      expect(outcomeOf(results, 'evidence-route')).toBe('warn');
      expect(results.find((result) => result.check === 'evidence-route')?.detail).toContain('4831');
      expect(outcomeOf(results, 'video-created')).toBe('pass');
      expect(summarize(results).allPassed).toBe(false);
    });
    it('fails a code that is not the session\'s, and says when the file does not say when it was made', () => {
      const results = recorded({ recording: { ...recording, spokenCode: '1111' } });
      expect(outcomeOf(results, 'spoken-code')).toBe('fail');
      expect(outcomeOf(results, 'video-created')).toBe('unknown');
    });
    it('fails a route the app and the session disagree on', () => {
      expect(outcomeOf(runPrechecks(input({ route: 'recorded' })), 'evidence-route')).toBe('fail');
    });

    it('a video the phone could not check: the action and frame-rate checks say "not checked on the phone", not "missing" or "out of order"', () => {
      const withoutRate = runPrechecks(
        input({ route: 'recorded', actions: [], recording: { ...recording, phoneCheck: 'not-possible' } }, { createdAt: new Date('2026-11-27T08:00:40Z') }, recordedSession),
      );
      const results = withoutRate.map((result) => ({ check: result.check, outcome: result.outcome, codes: result.notes?.map((note) => note.code) }));
      expect(results).toContainEqual({ check: 'metadata-complete', outcome: 'pass', codes: ['metadata-complete'] });
      expect(results).toContainEqual({ check: 'actions-in-challenge-order', outcome: 'unknown', codes: ['not-checked-on-phone'] });
      expect(results).toContainEqual({ check: 'action-timings', outcome: 'unknown', codes: ['not-checked-on-phone'] });
      expect(results).toContainEqual({ check: 'frame-rate-tier', outcome: 'unknown', codes: ['not-checked-on-phone'] });
      expect(results).toContainEqual({ check: 'evidence-route', outcome: 'warn', codes: ['route-recorded-unchecked'] });
      expect(withoutRate.find((result) => result.check === 'evidence-route')?.detail).toMatch(/not checked on the phone.*4831/);
      // The file's own date and the code are still checked.
      expect(outcomeOf(withoutRate, 'video-created')).toBe('pass');
      expect(summarize(withoutRate).allPassed).toBe(false);
    });
    it('a checked recording (or one from an app older than the field) with no actions is still missing them', () => {
      const results = recorded({ actions: [], recording: { ...recording, phoneCheck: 'passed' } });
      expect(outcomeOf(results, 'metadata-complete')).toBe('fail');
      expect(outcomeOf(results, 'actions-in-challenge-order')).toBe('fail');
    });
  });
});
