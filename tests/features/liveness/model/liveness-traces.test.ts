import { describe, expect, it } from 'vitest';
import type { ChallengeKind } from '../../../../src/features/liveness/model/challenge';
import { challengeKinds } from '../../../../src/features/liveness/model/challenge';
import { practiceLivenessConfig } from '../../../../src/features/liveness/model/liveness-config';
import type { ClipLabels } from '../../../support/traces';
import { loadManifest, loadTrace, runEngine, traceIds, traceMeasurements } from '../../../support/traces';

/**
 * The engine on the recorded MediaPipe traces of real and photo-attack clips (shared/testdata/faces). Each
 * trace is played twice in a row because Chromium's fake camera loops a clip (and real-06 only closes its
 * mouth at the loop); times are compared per pass.
 */
const passes = 2;

/**
 * Tolerances around the labelled intervals:
 * - an action may be seen to start up to 100 ms before the label: the detector analyses 22-28 of the 30
 *   frames per second (gaps up to 67 ms in the real clips) and labels are frame-accurate, not sample-accurate;
 * - it may be reported up to 600 ms after the labelled end: a blink's blendshape falls back over ~0.3 s after
 *   the lids reopen (README, real-04), some people keep the eyes narrowed a little longer (real-05 until
 *   0.26 s after the labelled end), the engine waits 100 ms to see the eyes stay open, and at 8 frames a
 *   second the next frame may be 130 ms away; a turn or mouth opening is complete at the first frame back
 *   near rest, which the labels include.
 * The start is the tight check: it must lie inside a labelled interval.
 */
const startToleranceMs = 100;
const endToleranceMs = 600;

const labelNames: Record<ChallengeKind, string> = {
  blink: 'blink',
  'mouth-open': 'mouthOpen',
  'turn-left': 'turnLeft',
  'turn-right': 'turnRight',
  // The MANIFEST labels every closure of both eyes as a blink; one held for over 0.6 s is a close-eyes.
  'close-eyes': 'blink',
};
/** A labelled eye closure this long is a deliberate close-eyes (real-04's 5.5 s), not a blink (0.14-0.35 s). */
const closeEyesMinLabelledS = 0.6;

/**
 * Labelled actions the engine deliberately refuses, with the reason. real-07's two "brief small 'o'" mouth
 * openings last 0.15-0.17 s and reach a mouth score of 0.39-0.48, below the 0.53 reached while talking
 * (real-05): accepting them would accept talking. A person asked to open the mouth wide does more.
 */
const refusedByDesign: Partial<Record<string, ChallengeKind[]>> = {
  'real-07-glasses-expressions-man': ['mouth-open'],
};

/** Which distractors imitate which action. */
const distractorImitates: Record<string, ChallengeKind[]> = {
  wink: ['blink', 'close-eyes'],
  smirkWink: ['blink', 'close-eyes'],
  eyesDowncastFrown: ['blink', 'close-eyes'],
  smileSquint: ['blink', 'close-eyes'],
  smile: ['blink', 'close-eyes'],
  smirk: ['blink', 'mouth-open'],
  lookUp: ['blink', 'close-eyes', 'turn-left', 'turn-right'],
  lookSideways: ['turn-left', 'turn-right'],
  talking: ['mouth-open', 'turn-left', 'turn-right'],
  pucker: ['mouth-open'],
  puckerChinDown: ['mouth-open'],
  cheekPuffLipTwist: ['mouth-open'],
};

const manifest = new Map(loadManifest().map((clip) => [clip.id, clip]));
const ids = traceIds();

function labelledIntervals(clip: ClipLabels, kind: ChallengeKind): { startMs: number; endMs: number }[] {
  return clip.events
    .filter((event) => event.action === labelNames[kind])
    .filter((event) => kind !== 'close-eyes' || event.end_s - event.start_s >= closeEyesMinLabelledS)
    .map((event) => ({ startMs: event.start_s * 1000, endMs: event.end_s * 1000 }));
}

/**
 * Which of the recorded frames the engine sees. The traces hold the 22-28 frames per second the recorder
 * managed; a slower phone analyses fewer, and which ones depends on timing. The results must not hinge on
 * that, so each check also runs on every 2nd frame (both phases) and every 3rd frame (8-9 per second).
 */
type Sampling = { label: string; step: number; offset: number };
const samplings: Sampling[] = [
  { label: 'all frames', step: 1, offset: 0 },
  { label: 'every 2nd frame', step: 2, offset: 0 },
  { label: 'every 2nd frame, shifted', step: 2, offset: 1 },
  { label: 'every 3rd frame', step: 3, offset: 2 },
];

/** Runs a check asking for `kind` many times over, so that every detection in the clip shows up. */
function detections(id: string, kind: ChallengeKind, sampling: Sampling = samplings[0] as Sampling) {
  const trace = loadTrace(id);
  const durationMs = Math.round(trace.clip_duration_s * 1000);
  const measurements = traceMeasurements(trace, passes).filter(
    (_, index) => index % sampling.step === sampling.offset,
  );
  const run = runEngine(Array<ChallengeKind>(40).fill(kind), measurements);
  return { run, durationMs };
}

describe('trace files', () => {
  it('has the 13 labelled clips (8 real, 5 photo attacks)', () => {
    expect(ids).toHaveLength(13);
    expect(ids.filter((id) => manifest.get(id)?.kind === 'real')).toHaveLength(8);
    expect(ids.filter((id) => manifest.get(id)?.kind === 'photo-attack')).toHaveLength(5);
  });
});

describe.each(samplings)('$label', (sampling) => {
  describe.each(ids)('%s', (id) => {
    const clip = manifest.get(id);
    if (!clip) throw new Error(`no MANIFEST entry for ${id}`);

    it('gets through positioning (so actions, not positioning, decide)', () => {
      const run = runEngine(['blink'], traceMeasurements(loadTrace(id), 1));
      expect(run.readyAtMs).not.toBeNull();
    });

    it.each(challengeKinds)('%s: passes exactly when the clip contains it, at the labelled times', (kind) => {
      const intervals = clip.kind === 'real' ? labelledIntervals(clip, kind) : [];
      const expected = intervals.length > 0 && !(refusedByDesign[id] ?? []).includes(kind);
      const { run, durationMs } = detections(id, kind, sampling);
      if (!expected) {
        expect(run.successes.map((success) => success.atMs)).toEqual([]);
        return;
      }
      expect(run.successes.length).toBeGreaterThan(0);
      for (const success of run.successes) {
        const pass = Math.floor(success.startMs / durationMs);
        const shifted = intervals.map((interval) => ({
          startMs: interval.startMs + pass * durationMs,
          endMs: interval.endMs + pass * durationMs,
        }));
        const match = shifted.find(
          (interval) =>
            success.startMs >= interval.startMs - startToleranceMs &&
            success.startMs <= interval.endMs + startToleranceMs &&
            success.atMs <= interval.endMs + endToleranceMs,
        );
        expect(match, `${kind} detected ${success.startMs}-${success.atMs} ms outside the labels`).toBeDefined();
      }
    });

    it.each(clip.distractors.map((distractor) => [distractor.kind, distractor] as const))(
      'distractor %s does not trigger the action it imitates',
      (_kind, distractor) => {
        for (const kind of distractorImitates[distractor.kind] ?? []) {
          const { run, durationMs } = detections(id, kind, sampling);
          const labelled = labelledIntervals(clip, kind);
          for (const success of run.successes) {
            const clipStartMs = success.startMs % durationMs;
            const insideDistractor =
              clipStartMs >= distractor.start_s * 1000 && clipStartMs <= distractor.end_s * 1000;
            const insideLabel = labelled.some(
              (interval) =>
                clipStartMs >= interval.startMs - startToleranceMs && clipStartMs <= interval.endMs + startToleranceMs,
            );
            expect(insideDistractor && !insideLabel, `${kind} at ${clipStartMs} ms`).toBe(false);
          }
        }
      },
    );
  });
});

/**
 * Slow phones (a few analysed frames a second) are asked only the slow tier's actions (contract/challenges.ts):
 * these must still pass on their clips, at their labels, and nothing else may pass them.
 */
const slowSamplings: Sampling[] = [
  { label: 'every 5th frame (about 5 fps)', step: 5, offset: 2 },
  { label: 'every 8th frame (about 3 fps)', step: 8, offset: 4 },
];
const slowTierKinds: ChallengeKind[] = ['close-eyes', 'mouth-open', 'turn-left', 'turn-right'];

describe.each(slowSamplings)('slow phone, $label', (sampling) => {
  it.each(ids.flatMap((id) => slowTierKinds.map((kind) => [id, kind] as const)))('%s, %s: passes exactly when the clip contains it', (id, kind) => {
    const clip = manifest.get(id);
    if (!clip) throw new Error(`no MANIFEST entry for ${id}`);
    const intervals = clip.kind === 'real' ? labelledIntervals(clip, kind) : [];
    const expected = intervals.length > 0 && !(refusedByDesign[id] ?? []).includes(kind);
    const { run, durationMs } = detections(id, kind, sampling);
    if (!expected) {
      expect(run.successes.map((success) => success.atMs)).toEqual([]);
      return;
    }
    expect(run.successes.length).toBeGreaterThan(0);
    // A frame every 170-270 ms: an action may be seen to start up to one interval before its label.
    const toleranceMs = sampling.step * 40;
    for (const success of run.successes) {
      const clipStartMs = success.startMs % durationMs;
      const inside = intervals.some((interval) => clipStartMs >= interval.startMs - toleranceMs && clipStartMs <= interval.endMs + toleranceMs);
      expect(inside, `${kind} detected at ${clipStartMs} ms outside the labels`).toBe(true);
    }
  });
});

describe('whole checks on real clips', () => {
  it('real-03 passes both turns in either order (the order is an input, not a script)', () => {
    const measurements = traceMeasurements(loadTrace('real-03-head-turn-woman-hijab'), passes);
    expect(runEngine(['turn-right', 'turn-left'], measurements).finalState.phase).toBe('passed');
    expect(runEngine(['turn-left', 'turn-right'], measurements).finalState.phase).toBe('passed');
  });

  it('real-02 passes mouth-open then blink; photo attacks pass no part of any check', () => {
    const real = traceMeasurements(loadTrace('real-02-mouth-open-man'), passes);
    expect(runEngine(['mouth-open', 'blink'], real).finalState.phase).toBe('passed');
    for (const id of ids.filter((item) => manifest.get(item)?.kind === 'photo-attack')) {
      const run = runEngine(['blink', 'mouth-open', 'turn-left'], traceMeasurements(loadTrace(id), passes));
      expect(run.finalState.records, id).toHaveLength(0);
    }
  });
});

/**
 * A slow phone meets the clip wherever the fake camera happens to be when the check starts (it loops the clip,
 * and starting up takes seconds at 4× CPU throttling). real-06 holds a surprised "O" from 9.9 s to the end of
 * the clip: the stillest stretch in it, so a phone that started after her last quiet moment (~3 s) used to take
 * its resting face from the open mouth (baseline 0.56), and then no opening could ever rise above it.
 */
describe('slow phone that starts mid-clip', () => {
  function slowFrom(id: string, startMs: number, step: number) {
    const measurements = traceMeasurements(loadTrace(id), 4).filter((measurement) => measurement.timestampMs >= startMs);
    return measurements.filter((_, index) => index % step === 0);
  }

  it.each([3000, 5000, 7000, 9000])('real-06 at about 4 fps from %i ms: calibrates on a closed mouth and passes mouth-open', (startMs) => {
    const run = runEngine(['mouth-open'], slowFrom('real-06-expressions-woman', startMs, 7), practiceLivenessConfig);
    expect(run.finalState.baseline?.mouthScore).toBeLessThan(0.3);
    expect(run.finalState.phase).toBe('passed');
    const durationMs = Math.round(loadTrace('real-06-expressions-woman').clip_duration_s * 1000);
    const clipStartMs = (run.successes[0]?.startMs ?? -1) % durationMs;
    expect(clipStartMs).toBeGreaterThanOrEqual(9900 - 7 * 40);
  });

  // The same with the other actions held still: real-02's openings, real-04's eyes shut from 3.5 to 9.05 s.
  it.each([
    ['real-02-mouth-open-man', 'mouth-open', 2000],
    ['real-02-mouth-open-man', 'mouth-open', 4000],
    ['real-04-eyes-closed-man', 'close-eyes', 4000],
    ['real-04-eyes-closed-man', 'close-eyes', 7000],
  ] as const)('%s at about 4 fps, %s, from %i ms: calibrates on a resting face and passes', (id, kind, startMs) => {
    const run = runEngine([kind], slowFrom(id, startMs, 7), practiceLivenessConfig);
    expect(run.finalState.phase).toBe('passed');
  });
});
