import { describe, expect, it } from 'vitest';
import { precheckNoteCodes, type PrecheckResult } from '../../contract/review-api';
import { precheckNoteText } from '../../review/src/model/precheck-notes';
import { createReviewI18n } from '../../review/src/i18n/review-i18n';
import { runPrechecks, type PrecheckInput } from '../../server/src/certification/prechecks';
import { supportedLanguages } from '../../src/i18n/languages';

/** Evidence that trips every pre-check the server has, and evidence that passes them all. */
function inputs(): PrecheckInput[] {
  const base: PrecheckInput = {
    challenges: ['blink', 'turn-left'],
    session: { tier: 'standard', route: 'live', spokenCode: null },
    metadata: {
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
      frameRate: { analysedFps: 20, tier: 'standard', tierFps: 20 },
    },
    sessionCreatedAt: new Date('2026-11-27T08:00:00Z'),
    sessionExpiresAt: new Date('2026-11-27T08:15:00Z'),
    receivedAt: new Date('2026-11-27T08:02:00Z'),
    photo: { bytes: 1000, width: 640, height: 480, maxBytes: 2_000_000 },
    video: { bytes: 5000, mimeType: 'video/webm', durationMs: 3100, maxBytes: 8_000_000, maxDurationMs: 60_000, createdAt: null },
  };
  const bad: PrecheckInput = {
    ...base,
    metadata: {
      ...base.metadata,
      appVersion: ' ',
      actions: [
        { kind: 'turn-left', startMs: 500, endMs: 520, peakScore: 25 },
        { kind: 'blink', startMs: 510, endMs: 90_000, peakScore: 0.7 },
      ],
      startedAt: '2026-11-26T08:00:00Z',
      video: { mimeType: 'video/mp4', bytes: 4 },
      photo: { mimeType: 'image/jpeg', bytes: 3, width: 1, height: 2 },
      frameRate: { analysedFps: 20, tier: 'slow', tierFps: 20 },
      route: 'recorded',
    },
    receivedAt: new Date('2026-11-27T08:40:00Z'),
    photo: { ...base.photo, bytes: 3_000_000 },
    video: { ...base.video, bytes: 9_000_000, durationMs: 70_000 },
  };
  const rate = (frameRate: PrecheckInput['metadata']['frameRate']): PrecheckInput => ({ ...base, metadata: { ...base.metadata, frameRate } });
  const recorded = (spokenCode: string, createdAt: Date | null): PrecheckInput => ({
    ...base,
    session: { tier: 'standard', route: 'recorded', spokenCode: '1234' },
    metadata: { ...base.metadata, route: 'recorded', recording: { spokenCode, issuedAt: '2026-11-27T08:00:30Z', fileCreatedAt: null } },
    video: { ...base.video, createdAt },
  });
  return [
    base,
    bad,
    { ...rate(undefined), video: { ...base.video, durationMs: null } },
    { ...rate({ analysedFps: 20, tier: 'standard', tierFps: 4 }), video: { ...base.video, durationMs: 9000 } },
    rate({ analysedFps: 1, tier: 'standard', tierFps: 20 }),
    rate({ analysedFps: 5, tier: 'standard', tierFps: 20 }),
    recorded('9999', null),
    recorded('1234', new Date('2026-11-27T08:01:00Z')),
    // A phone that could not check its recording (no WebGL): no actions, no frame rate.
    (() => {
      const unchecked = recorded('1234', null);
      const { frameRate: _frameRate, ...metadata } = unchecked.metadata;
      return { ...unchecked, metadata: { ...metadata, actions: [], recording: { spokenCode: '1234', issuedAt: '2026-11-27T08:00:30Z', fileCreatedAt: null, phoneCheck: 'not-possible' as const } } };
    })(),
  ];
}

describe('pre-check lines in the review console', () => {
  const results: PrecheckResult[] = inputs().flatMap((input) => runPrechecks(input));

  it('the server gives every result notes, with codes the contract lists', () => {
    for (const result of results) {
      expect(result.notes?.length, result.check).toBeGreaterThan(0);
      for (const note of result.notes ?? []) expect(precheckNoteCodes).toContain(note.code);
    }
  });

  for (const language of supportedLanguages) {
    it(`${language}: every note the server sends reads in the console's language, with every value filled in`, async () => {
      const i18n = await createReviewI18n(language);
      const t = (key: string, values?: Record<string, string>) => String(i18n.t(key as never, { ns: 'review', ...values }));
      const seen = new Set<string>();
      for (const note of results.flatMap((result) => result.notes ?? [])) {
        const text = precheckNoteText(note, t, language);
        seen.add(note.code);
        expect(text, note.code).not.toBeNull();
        expect(text, note.code).not.toContain('precheck.');
        expect(text, note.code).not.toMatch(/\{\{|\}\}/);
        if (language !== 'en') {
          expect(text, note.code).toMatch(/[\u4e00-\u9fff]/);
          // No English words left in a Chinese line (formats like video/webm and 640×480 are fine).
          expect(text?.replace(/video\/[a-z0-9]+(;codecs=[a-z0-9]+)?|image\/[a-z]+/g, ''), note.code).not.toMatch(/[A-Za-z]{3,}/);
        }
      }
      // The inputs above reach every code the contract lists.
      expect([...seen].sort()).toEqual([...precheckNoteCodes].sort());
    });
  }
});
