import { describe, expect, it } from 'vitest';
import type { ChallengeKind } from '../../../../src/features/liveness/model/challenge';
import { defaultLivenessConfig, practiceLivenessConfig } from '../../../../src/features/liveness/model/liveness-config';
import type { LivenessEvent, LivenessState } from '../../../../src/features/liveness/model/liveness-engine';
import {
  actionRecordsFrom,
  analysedFps,
  createLivenessState,
  frameIntervalMs,
  scaledMs,
  stepLiveness,
} from '../../../../src/features/liveness/model/liveness-engine';
import type { FaceMeasurement } from '../../../../src/features/liveness/model/measure-face';
import { toLivenessView } from '../../../../src/features/liveness/model/to-view';
import type { MeasurementOverrides } from '../../../support/builders/measurement';
import { aFrameSequence, aMeasurement } from '../../../support/builders/measurement';
import { seededRandom } from '../../../support/builders/seeded-random';

const config = defaultLivenessConfig;

function feed(state: LivenessState, frames: readonly FaceMeasurement[], cfg = config): LivenessState {
  return frames.reduce((current, measurement) => stepLiveness(current, { type: 'frame', measurement }, cfg), state);
}

function send(state: LivenessState, events: readonly LivenessEvent[], cfg = config): LivenessState {
  return events.reduce((current, event) => stepLiveness(current, event, cfg), state);
}

/**
 * A state that has just finished positioning: steady good frames every 40 ms from 0 to 520 ms, and the
 * 520 ms frame completes the 500 ms hold and opens the first action.
 */
function positioned(challenges: readonly ChallengeKind[], at: (tMs: number) => MeasurementOverrides = () => ({})) {
  const state = feed(createLivenessState(challenges, config, 0), aFrameSequence(0, 560, at));
  expect(state.phase).toBe('challenge');
  return state;
}

/** Open eyes, then both eyes closed for `closedMs`, then open again until `toMs`. */
function blinkFrames(fromMs: number, toMs: number, closeAtMs: number, closedMs = 120, rest: MeasurementOverrides = {}) {
  return aFrameSequence(fromMs, toMs, (tMs) =>
    tMs >= closeAtMs && tMs < closeAtMs + closedMs ? { ...rest, eyesClosed: 0.85 } : rest,
  );
}

describe('positioning', () => {
  const cases: [string, MeasurementOverrides, string][] = [
    ['no face', { face: null }, 'no-face'],
    ['too dark', { brightness: 20 }, 'too-dark'],
    ['too far', { box: { x: 0.45, y: 0.4, width: 0.1, height: 0.18 } }, 'move-closer'],
    ['too close', { box: { x: 0.02, y: 0, width: 0.96, height: 1 } }, 'move-back'],
    ['off centre', { box: { x: 0.0, y: 0.05, width: 0.3, height: 0.45 } }, 'center-face'],
    ['looking away', { yawDeg: 28 }, 'look-at-camera'],
    ['looking down', { pitchDeg: -30 }, 'look-at-camera'],
    ['two people', { faceCount: 2, secondFaceRelativeWidth: 0.9 }, 'one-person-only'],
  ];
  it.each(cases)('%s: stays positioning and says what to change', (_name, overrides, hint) => {
    const state = feed(createLivenessState(['blink'], config, 0), aFrameSequence(0, 2000, () => overrides));
    expect(state.phase).toBe('positioning');
    expect(toLivenessView(state).prompt).toBe(hint);
  });

  it('ignores a small face far behind (a photo on the wall)', () => {
    const state = feed(
      createLivenessState(['blink'], config, 0),
      aFrameSequence(0, 700, () => ({ faceCount: 2, secondFaceRelativeWidth: 0.15 })),
    );
    expect(state.phase).toBe('challenge');
  });

  it('needs the good position held steadily before the first action', () => {
    const short = feed(createLivenessState(['blink'], config, 0), aFrameSequence(0, 300));
    expect(short.phase).toBe('positioning');
    expect(toLivenessView(short).prompt).toBe('hold-still');
    expect(toLivenessView(short).positionProgress).toBeGreaterThan(0.3);
    expect(toLivenessView(short).positionProgress).toBeLessThan(1);
    // Moving away resets the hold: 300 ms good + bad frame + 300 ms good is not enough.
    const interrupted = feed(short, [
      aMeasurement({ timestampMs: 320, brightness: 10 }),
      ...aFrameSequence(360, 660),
    ]);
    expect(interrupted.phase).toBe('positioning');
    const held = feed(interrupted, aFrameSequence(660, 900));
    expect(held.phase).toBe('challenge');
    expect(toLivenessView(held).prompt).toBe('blink');
  });

  it('takes the baselines from one face only (a face moving or swapping in restarts the window)', () => {
    // Same eyes and pose, so only the box tells the two apart; the mouth shows whose baseline was taken.
    const first = () => ({ jawOpen: 0.02 });
    const second = () => ({ jawOpen: 0.16, box: { x: 0.38, y: 0.28, width: 0.25, height: 0.42 } });
    let state = feed(createLivenessState(['blink'], config, 0), aFrameSequence(0, 320, first));
    state = feed(state, aFrameSequence(320, 600, second));
    expect(state.phase).toBe('positioning');
    state = feed(state, aFrameSequence(600, 1000, second));
    expect(state.phase).toBe('challenge');
    expect(state.baseline?.mouthScore).toBeCloseTo(0.15);
  });

  it('does not take a mouth held open as the resting face: asks to close it, then calibrates', () => {
    const open = { jawOpen: 0.56, mouthClose: 0.01 };
    let state = feed(createLivenessState(['mouth-open'], config, 0), aFrameSequence(0, 2000, () => open));
    expect(state.phase).toBe('positioning');
    expect(toLivenessView(state).prompt).toBe('close-mouth');
    expect(toLivenessView(state).positionProgress).toBe(0);
    state = feed(state, aFrameSequence(2000, 2600));
    expect(state.phase).toBe('challenge');
    expect(state.baseline?.mouthScore).toBeLessThan(0.1);
    // ...so the same opening now counts.
    state = feed(state, aFrameSequence(2600, 3600, (tMs) => (tMs < 3200 ? open : {})));
    expect(state.phase).toBe('passed');
  });

  it('does not take eyes held shut as the resting face: asks to open them, then calibrates', () => {
    let state = feed(createLivenessState(['close-eyes'], config, 0), aFrameSequence(0, 2000, () => ({ eyesClosed: 0.78 })));
    expect(state.phase).toBe('positioning');
    expect(toLivenessView(state).prompt).toBe('keep-eyes-open');
    state = feed(state, aFrameSequence(2000, 2600));
    expect(state.phase).toBe('challenge');
    expect(state.baseline?.blinkScore).toBeLessThan(0.1);
  });

  it('a moment of talking while holding still does not hold up calibration (the median ignores it)', () => {
    const state = feed(
      createLivenessState(['mouth-open'], config, 0),
      aFrameSequence(0, 560, (tMs) => (tMs >= 200 && tMs < 320 ? { jawOpen: 0.53, mouthClose: 0.02 } : {})),
    );
    expect(state.phase).toBe('challenge');
  });

  it('does not calibrate while the eyes or head are moving (a blink restarts the window)', () => {
    const state = feed(createLivenessState(['blink'], config, 0), blinkFrames(0, 560, 400));
    expect(state.phase).toBe('positioning');
    expect(state.hint).toBe('hold-still');
  });
});

describe('blink', () => {
  it('passes a quick closure of both eyes and records it', () => {
    const state = feed(positioned(['blink']), blinkFrames(640, 1400, 880));
    expect(state.phase).toBe('passed');
    expect(state.records).toHaveLength(1);
    const [record] = state.records;
    expect(record?.kind).toBe('blink');
    expect(record?.startMs).toBe(880);
    expect(record?.endMs).toBe(1000);
    expect(record?.peakScore).toBeCloseTo(0.85);
    expect(actionRecordsFrom(state, 500)[0]).toMatchObject({ startMs: 380, endMs: 500 });
  });

  it('counts a blink right after the prompt (the steady calibration showed the eyes at rest)', () => {
    expect(feed(positioned(['blink']), blinkFrames(560, 1200, 560)).phase).toBe('passed');
  });

  it('needs the eyes open and resting before the closure (not a squint that dips open for a frame)', () => {
    const squint: MeasurementOverrides = { eyesClosed: 0.25 };
    const dip = aFrameSequence(560, 2000, (tMs) => {
      if (tMs < 800) return {};
      if (tMs < 1200) return squint; // smiling, eyes narrowed
      if (tMs < 1240) return {}; // one frame that looks open
      if (tMs < 1360) return { eyesClosed: 0.6 };
      return {};
    });
    expect(feed(positioned(['blink']), dip).records).toHaveLength(0);
  });

  it('does not count a wink (one eye)', () => {
    const state = feed(
      positioned(['blink']),
      aFrameSequence(640, 3000, (tMs) =>
        tMs >= 800 && tMs < 960 ? { eyeBlinkLeft: 0.85, eyeBlinkRight: 0.12 } : {},
      ),
    );
    expect(state.phase).toBe('challenge');
    expect(state.records).toHaveLength(0);
  });

  it('does not count a long closure (eyes held shut, or cast down) as a blink', () => {
    const state = feed(positioned(['blink']), blinkFrames(640, 4000, 800, 2000));
    expect(state.phase).toBe('challenge');
    // ...but a real blink afterwards still counts.
    expect(feed(state, blinkFrames(4000, 4600, 4200)).phase).toBe('passed');
  });

  it('does not count eyes cast down for a moment and raised again', () => {
    // Lids lower over 400 ms, stay down 800 ms, rise over 400 ms (real-06's downcast eyes reach 0.6-0.77).
    const downcast = aFrameSequence(640, 4000, (tMs) => {
      const t = tMs - 800;
      const lowered = t < 0 ? 0 : t < 400 ? t / 400 : t < 1200 ? 1 : t < 1600 ? 1 - (t - 1200) / 400 : 0;
      return { eyesClosed: 0.05 + 0.7 * lowered };
    });
    expect(feed(positioned(['blink']), downcast).records).toHaveLength(0);
  });

  it('still detects a blink with drooping eyelids (high resting score)', () => {
    const droopy: MeasurementOverrides = { eyesClosed: 0.62 };
    const state = positioned(['blink'], () => droopy);
    expect(state.baseline?.blinkScore).toBeCloseTo(0.62);
    // Resting at 0.62 for seconds does not pass...
    const resting = feed(state, aFrameSequence(640, 3000, () => droopy));
    expect(resting.phase).toBe('challenge');
    // ...a closure to 0.9 does.
    const blinked = feed(
      resting,
      aFrameSequence(3000, 3600, (tMs) => (tMs >= 3200 && tMs < 3320 ? { eyesClosed: 0.9 } : droopy)),
    );
    expect(blinked.phase).toBe('passed');
  });

  it('uses the eye landmarks where the blendshape barely moves (heavy lids)', () => {
    const heavy: MeasurementOverrides = { eyesClosed: 0.3, eyeAspectRatioLeft: 0.22, eyeAspectRatioRight: 0.22 };
    const shut: MeasurementOverrides = { eyesClosed: 0.45, eyeAspectRatioLeft: 0.08, eyeAspectRatioRight: 0.08 };
    const blink = (tMs: number) => (tMs >= 800 && tMs < 920 ? shut : heavy);
    expect(feed(positioned(['blink'], () => heavy), aFrameSequence(560, 1400, blink)).phase).toBe('passed');
    // Without the landmarks the same blendshape rise (+0.15) is too small to count.
    const noEar = (tMs: number) => ({ eyesClosed: tMs >= 800 && tMs < 920 ? 0.45 : 0.3 });
    expect(feed(positioned(['blink'], noEar), aFrameSequence(560, 1400, noEar)).records).toHaveLength(0);
  });

  it('does not take landmark jitter for a blink', () => {
    const jitter = (tMs: number) => {
      const ear = 0.26 * (1 - 0.3 * Math.abs(Math.sin(tMs / 90)));
      return { eyeAspectRatioLeft: ear, eyeAspectRatioRight: ear, eyesClosed: 0.1 + 0.08 * Math.abs(Math.sin(tMs / 90)) };
    };
    const steady = { eyeAspectRatioLeft: 0.26, eyeAspectRatioRight: 0.26, eyesClosed: 0.1 };
    expect(feed(positioned(['blink'], () => steady), aFrameSequence(560, 5000, jitter)).records).toHaveLength(0);
  });

  it('ignores eye movement on a turned head', () => {
    const state = feed(positioned(['blink']), blinkFrames(640, 1400, 800, 120, { yawDeg: 30 }));
    expect(state.records).toHaveLength(0);
  });
});

describe('mouth open', () => {
  const open: MeasurementOverrides = { jawOpen: 0.75, mouthClose: 0.02 };

  it('passes a held opening once the mouth closes again', () => {
    const state = positioned(['mouth-open']);
    const held = feed(state, aFrameSequence(640, 1400, (tMs) => (tMs >= 800 ? open : {})));
    expect(held.phase).toBe('challenge');
    expect(toLivenessView(held).awaitingReturn).toBe(true);
    const closed = feed(held, aFrameSequence(1400, 1600));
    expect(closed.phase).toBe('passed');
    expect(closed.records[0]).toMatchObject({ kind: 'mouth-open', startMs: 800, endMs: 1400 });
    expect(closed.records[0]?.peakScore).toBeCloseTo(0.73);
  });

  it('does not pass talking: short bursts of an open jaw', () => {
    // 150 ms open, 200 ms closed, for 6 s: like syllables.
    const talking = aFrameSequence(640, 6640, (tMs) =>
      (tMs - 640) % 350 < 150 ? { jawOpen: 0.55, mouthClose: 0.02 } : { jawOpen: 0.12 },
    );
    const state = feed(positioned(['mouth-open']), talking);
    expect(state.phase).toBe('challenge');
    expect(state.records).toHaveLength(0);
  });

  it('does not pass a pucker (jaw moves, lips stay closed)', () => {
    const pucker = aFrameSequence(640, 3000, (tMs) => (tMs > 800 ? { jawOpen: 0.56, mouthClose: 0.47 } : {}));
    expect(feed(positioned(['mouth-open']), [...pucker, ...aFrameSequence(3000, 3400)]).records).toHaveLength(0);
  });

  it('does not count a mouth that was already open when the action began', () => {
    const state = feed(positioned(['mouth-open']), aFrameSequence(560, 2000, () => open));
    // It must close first; closing without a fresh opening is not the action.
    expect(feed(state, aFrameSequence(2000, 2400)).records).toHaveLength(0);
  });
});

describe('head turns', () => {
  const turnTo = (yawDeg: number) => (tMs: number) => (tMs >= 800 && tMs < 1600 ? { yawDeg } : {});

  it('turn-left passes on yaw > 0 (the person turns to their own left) and back to frontal', () => {
    const state = feed(positioned(['turn-left']), aFrameSequence(640, 2000, turnTo(30)));
    expect(state.phase).toBe('passed');
    expect(state.records[0]).toMatchObject({ kind: 'turn-left', startMs: 800, endMs: 1600, peakScore: 30 });
  });

  it('turn-left does not pass on yaw < 0 (mirrored direction), turn-right does', () => {
    expect(feed(positioned(['turn-left']), aFrameSequence(640, 2000, turnTo(-30))).records).toHaveLength(0);
    expect(feed(positioned(['turn-right']), aFrameSequence(640, 2000, turnTo(-30))).phase).toBe('passed');
  });

  it('a limited turn of 22° is enough', () => {
    expect(feed(positioned(['turn-right']), aFrameSequence(640, 2000, turnTo(-22))).phase).toBe('passed');
  });

  it('does not pass a slow small head sway', () => {
    const sway = aFrameSequence(640, 10_640, (tMs) => ({ yawDeg: 15 * Math.sin((2 * Math.PI * tMs) / 3000) }));
    expect(feed(positioned(['turn-left']), sway).records).toHaveLength(0);
    expect(feed(positioned(['turn-right']), sway).records).toHaveLength(0);
  });

  it('a print turned in the hand does not count as a head turn', () => {
    // Measured: photos rotated up to ±60° about their vertical axis read as |yaw| ≤ 13.4° while the box narrows.
    const rotatingPrint = aFrameSequence(560, 8560, (tMs) => {
      const angle = Math.sin((2 * Math.PI * tMs) / 4000);
      return { yawDeg: 13.4 * angle, box: { x: 0.35 + 0.075 * Math.abs(angle), width: 0.3 * (1 - 0.5 * Math.abs(angle)) } };
    });
    expect(feed(positioned(['turn-left']), rotatingPrint).records).toHaveLength(0);
    expect(feed(positioned(['turn-right']), rotatingPrint).records).toHaveLength(0);
  });

  it('needs the turn to be held, not a flick through one frame', () => {
    const flick = aFrameSequence(640, 2000, (tMs) => (tMs === 800 ? { yawDeg: 35 } : {}));
    expect(feed(positioned(['turn-left']), flick).records).toHaveLength(0);
  });

  it('measures the turn from the person’s own straight-ahead pose', () => {
    // Camera off to one side: resting yaw −8°. −8 + 22 = +14 is not yet a turn to the left; +22 is.
    const offset = (yawDeg: number) => (tMs: number) => ({ yawDeg: tMs >= 800 && tMs < 1600 ? yawDeg : -8 });
    const state = positioned(['turn-left'], () => ({ yawDeg: -8 }));
    expect(feed(state, aFrameSequence(640, 2000, offset(14))).records).toHaveLength(0);
    expect(feed(state, aFrameSequence(640, 2000, offset(22))).phase).toBe('passed');
  });
});

describe('refusing what is not live', () => {
  it('stops when a second person stays in view', () => {
    const state = feed(
      positioned(['blink']),
      aFrameSequence(640, 1400, (tMs) => (tMs >= 800 ? { faceCount: 2, secondFaceRelativeWidth: 0.8 } : {})),
    );
    expect(state.phase).toBe('failed');
    expect(state.failure).toBe('multiple-faces');
    expect(toLivenessView(state).failureReason).toBe('multiple-faces');
  });

  it('tolerates a second face for a single frame', () => {
    const state = feed(positioned(['blink']), [
      aMeasurement({ timestampMs: 680, faceCount: 2, secondFaceRelativeWidth: 0.8 }),
      ...blinkFrames(720, 1400, 900),
    ]);
    expect(state.phase).toBe('passed');
  });

  it('tolerates a short loss of the face', () => {
    const state = feed(positioned(['blink']), [
      ...aFrameSequence(640, 1400, (tMs) => (tMs >= 800 && tMs < 1400 ? { face: null } : {})),
      ...blinkFrames(1400, 2200, 1600),
    ]);
    expect(state.restartCount).toBe(0);
    expect(state.phase).toBe('passed');
  });

  it('goes back to positioning when the face is gone too long (frames without a face)', () => {
    const state = feed(positioned(['blink', 'turn-left']), [
      ...blinkFrames(640, 1400, 800),
      ...aFrameSequence(1400, 3000, () => ({ face: null })),
    ]);
    expect(state.phase).toBe('positioning');
    expect(state.records).toHaveLength(0); // everything again
    expect(toLivenessView(state).restartReason).toBe('face-lost');
  });

  it('goes back to positioning when no frames arrive for too long (ticks only)', () => {
    const state = send(positioned(['blink']), [{ type: 'tick', nowMs: 1000 }, { type: 'tick', nowMs: 2000 }]);
    expect(state.phase).toBe('positioning');
    expect(state.restartReason).toBe('face-lost');
  });

  const elsewhere = { box: { x: 0.05, y: 0.3, width: 0.2, height: 0.35 } };

  it('restarts when the face jumps implausibly and stays there (a different face)', () => {
    const state = feed(positioned(['blink']), [
      aMeasurement({ timestampMs: 680 }),
      aMeasurement({ timestampMs: 720, ...elsewhere }),
      aMeasurement({ timestampMs: 760, ...elsewhere }),
    ]);
    expect(state.phase).toBe('positioning');
    expect(state.restartReason).toBe('identity-changed');
  });

  it('ignores a single odd frame (a detector glitch) and carries on', () => {
    const state = feed(positioned(['blink']), [
      aMeasurement({ timestampMs: 680 }),
      aMeasurement({ timestampMs: 720, ...elsewhere, eyesClosed: 0.9 }),
      ...blinkFrames(760, 1600, 1000),
    ]);
    expect(state.restartCount).toBe(0);
    expect(state.phase).toBe('passed');
  });

  it('notices a different face that appears after a short moment without any face', () => {
    const state = feed(positioned(['blink']), [
      ...aFrameSequence(560, 800),
      ...aFrameSequence(800, 1400, () => ({ face: null })),
      // Another, smaller face in the corner (someone further away).
      ...aFrameSequence(1400, 1600, () => ({ box: { x: 0.0, y: 0.1, width: 0.12, height: 0.2 } })),
    ]);
    expect(state.restartReason).toBe('identity-changed');
  });

  it('does not call natural movement a jump', () => {
    const drift = aFrameSequence(640, 2640, (tMs) => ({ box: { x: 0.3 + 0.1 * Math.sin(tMs / 300), width: 0.3 } }));
    expect(feed(positioned(['blink']), drift).restartCount).toBe(0);
  });

  it('restarts when the face geometry changes grossly (a very different face shape)', () => {
    const mine = [0.39, 0.55, 1.55, 0.56, 0.31, 0.31];
    const other = [0.5, 0.7, 1.85, 0.7, 0.27, 0.27];
    const state = positioned(['blink'], () => ({ signature: mine }));
    // Landmark jitter of up to ±9 % (as measured within one person) is not a swap.
    const jitter = (tMs: number) => ({ signature: mine.map((value, index) => value * (1 + 0.09 * Math.sin(tMs / 50 + index))) });
    expect(feed(state, aFrameSequence(640, 3000, jitter)).restartCount).toBe(0);
    const swapped = feed(state, aFrameSequence(640, 1400, () => ({ signature: other })));
    expect(swapped.restartReason).toBe('identity-changed');
  });

  it('a photo moving in the hand (box and roll move, nothing else) passes nothing', () => {
    const photo = aFrameSequence(0, 30_000, (tMs) => ({
      eyesClosed: 0.3,
      jawOpen: 0.1,
      mouthClose: 0.05,
      rollDeg: 8 * Math.sin(tMs / 700),
      yawDeg: 3 * Math.sin(tMs / 1100),
      box: { x: 0.35 + 0.03 * Math.sin(tMs / 900), width: 0.3 * (1 + 0.05 * Math.sin(tMs / 1300)) },
    }));
    for (const kind of ['blink', 'mouth-open', 'turn-left', 'turn-right'] as const) {
      const state = send(feed(createLivenessState([kind], config, 0), photo), [{ type: 'tick', nowMs: 30_000 }]);
      expect(state.records, kind).toHaveLength(0);
      expect(state.phase, kind).toBe('timed-out');
    }
  });
});

describe('time: per-action windows, extend, pause', () => {
  it('warns before the window ends, times out, and extend opens a fresh window', () => {
    const start = positioned(['blink']);
    const opened = start.actionStartedAtMs ?? 0;
    const early = send(start, [{ type: 'tick', nowMs: opened + 1000 }]);
    expect(toLivenessView(early).timeWarning).toBe(false);
    const late = feed(early, aFrameSequence(opened + 1000, opened + 16_000));
    expect(toLivenessView(late).timeWarning).toBe(true);
    expect(toLivenessView(late).actionTimeLeftMs).toBeLessThanOrEqual(config.actionTimeWarningMs);
    const over = feed(late, aFrameSequence(opened + 16_000, opened + 20_400));
    expect(over.phase).toBe('timed-out');
    expect(toLivenessView(over)).toMatchObject({ failureReason: 'action-timeout', canExtend: true, actionTimeLeftMs: 0 });
    // A blink while timed out does not count: the person must ask for another try.
    const ignored = feed(over, blinkFrames(opened + 20_400, opened + 21_000, opened + 20_600));
    expect(ignored.records).toHaveLength(0);
    const extended = send(ignored, [{ type: 'extend' }]);
    expect(extended.phase).toBe('challenge');
    expect(toLivenessView(extended).actionTimeLeftMs).toBe(config.actionTimeoutMs);
    expect(feed(extended, blinkFrames(opened + 21_000, opened + 22_000, opened + 21_200)).phase).toBe('passed');
  });

  it('each action gets its own window (no global timeout)', () => {
    let state = positioned(['turn-left', 'blink']);
    // 15 s pass, then the turn: the blink window starts afresh.
    state = feed(state, aFrameSequence(640, 15_640));
    state = feed(state, aFrameSequence(15_640, 17_000, (tMs) => (tMs >= 15_800 && tMs < 16_600 ? { yawDeg: 30 } : {})));
    expect(state.index).toBe(1);
    expect(toLivenessView(state).actionTimeLeftMs).toBeGreaterThan(config.actionTimeoutMs - 1000);
  });

  it('time spent paused does not count, and frames while paused are ignored', () => {
    const start = positioned(['blink']);
    const leftBefore = toLivenessView(start).actionTimeLeftMs ?? 0;
    const paused = send(start, [{ type: 'pause' }]);
    expect(toLivenessView(paused).phase).toBe('paused');
    const duringPause = feed(paused, blinkFrames(700, 1500, 900));
    expect(duringPause.records).toHaveLength(0);
    const ticked = send(duringPause, [{ type: 'tick', nowMs: 60_000 }]);
    expect(ticked.phase).toBe('challenge');
    const resumed = send(ticked, [{ type: 'resume', nowMs: 60_000 }]);
    expect(resumed.phase).toBe('challenge');
    expect(toLivenessView(resumed).actionTimeLeftMs).toBe(leftBefore);
    // Not treated as a lost face either.
    expect(feed(resumed, blinkFrames(60_040, 60_800, 60_280)).phase).toBe('passed');
  });

  it('practice mode gives longer windows', () => {
    const state = feed(createLivenessState(['blink'], practiceLivenessConfig, 0), aFrameSequence(0, 560), practiceLivenessConfig);
    expect(state.phase).toBe('challenge');
    expect(toLivenessView(state).actionTimeLeftMs).toBe(practiceLivenessConfig.actionTimeoutMs);
    expect(toLivenessView(state).timeWarning).toBe(false);
    expect(practiceLivenessConfig.actionTimeoutMs).toBeGreaterThan(defaultLivenessConfig.actionTimeoutMs);
  });
});

describe('noise', () => {
  it('a still face with detector jitter passes no action (100 seeded sequences of 20 s)', () => {
    for (let seed = 1; seed <= 100; seed += 1) {
      const random = seededRandom(seed);
      const jitter = (amplitude: number) => (random() - 0.5) * 2 * amplitude;
      // Per-frame jitter as in the quiet stretches of the traces, plus a slow drift of the head.
      const frames = aFrameSequence(0, 20_000, (tMs) => ({
        eyeBlinkLeft: 0.08 + jitter(0.06),
        eyeBlinkRight: 0.08 + jitter(0.06),
        jawOpen: 0.08 + jitter(0.08),
        mouthClose: 0.03 + jitter(0.03),
        yawDeg: 5 * Math.sin(tMs / 1000 + seed) + jitter(1.5),
        pitchDeg: 4 * Math.sin(tMs / 1300 + seed) + jitter(1.5),
        rollDeg: jitter(3),
      }));
      for (const kind of ['blink', 'mouth-open', 'turn-left', 'turn-right'] as const) {
        const state = feed(createLivenessState([kind], config, 0), frames);
        expect(state.baseline, `seed ${seed}`).not.toBeNull();
        expect(state.records, `seed ${seed} ${kind}`).toHaveLength(0);
      }
    }
  });
});

describe('slow phones', () => {
  it('calibrates and detects actions at 5 frames a second', () => {
    const every200Ms = (fromMs: number, toMs: number, at: (tMs: number) => MeasurementOverrides = () => ({})) =>
      aFrameSequence(fromMs, toMs, at, 200);
    let state = feed(createLivenessState(['blink', 'turn-left', 'mouth-open'], config, 0), every200Ms(0, 1000));
    expect(state.phase).toBe('challenge');
    state = feed(state, every200Ms(1000, 2400, (tMs) => (tMs === 1600 ? { eyesClosed: 0.8 } : {})));
    state = feed(state, every200Ms(2400, 4000, (tMs) => (tMs >= 2800 && tMs < 3400 ? { yawDeg: 28 } : {})));
    state = feed(state, every200Ms(4000, 5600, (tMs) => (tMs >= 4400 && tMs < 5000 ? { jawOpen: 0.8 } : {})));
    expect(state.records.map((record) => record.kind)).toEqual(['blink', 'turn-left', 'mouth-open']);
    expect(state.phase).toBe('passed');
  });
});

describe('a whole check', () => {
  it('runs the actions in the order given, reports progress and success, and passes', () => {
    const order: ChallengeKind[] = ['turn-right', 'blink', 'mouth-open'];
    let state = positioned(order);
    expect(toLivenessView(state)).toMatchObject({ prompt: 'turn-right', actionNumber: 1, actionCount: 3, successCount: 0 });
    // A blink first does nothing: the order is what was asked.
    state = feed(state, blinkFrames(640, 1200, 800));
    expect(state.records).toHaveLength(0);
    state = feed(state, aFrameSequence(1200, 2400, (tMs) => (tMs >= 1400 && tMs < 2000 ? { yawDeg: -28 } : {})));
    expect(toLivenessView(state)).toMatchObject({
      prompt: 'blink',
      actionNumber: 2,
      justSucceeded: true,
      successCount: 1,
      lastSucceededKind: 'turn-right',
    });
    state = feed(state, blinkFrames(2400, 4800, 3000));
    expect(toLivenessView(state)).toMatchObject({ prompt: 'mouth-open', actionNumber: 3, justSucceeded: false });
    state = feed(state, aFrameSequence(4800, 6200, (tMs) => (tMs >= 5000 && tMs < 5800 ? { jawOpen: 0.8 } : {})));
    expect(state.phase).toBe('passed');
    expect(state.records.map((record) => record.kind)).toEqual(order);
    expect(toLivenessView(state)).toMatchObject({ phase: 'passed', prompt: null, completedCount: 3, successCount: 3 });
  });

  it('cancel stops the check for good', () => {
    const state = send(positioned(['blink']), [{ type: 'cancel' }]);
    expect(state.phase).toBe('failed');
    expect(state.failure).toBe('cancelled');
    expect(feed(state, blinkFrames(700, 1400, 900)).phase).toBe('failed');
  });

  it('keeps a frontal, open-eyed frame as the best photo and rejects others', () => {
    const state = positioned(['blink']);
    expect(toLivenessView(feed(state, [aMeasurement({ timestampMs: 700 })])).frameQuality).toBeGreaterThan(0.8);
    expect(toLivenessView(feed(state, [aMeasurement({ timestampMs: 700, eyesClosed: 0.8 })])).frameQuality).toBe(0);
    expect(toLivenessView(feed(state, [aMeasurement({ timestampMs: 700, yawDeg: 25 })])).frameQuality).toBe(0);
    const slightlyTurned = toLivenessView(feed(state, [aMeasurement({ timestampMs: 700, yawDeg: 6 })])).frameQuality;
    expect(slightlyTurned).toBeGreaterThan(0);
    expect(slightlyTurned).toBeLessThan(toLivenessView(feed(state, [aMeasurement({ timestampMs: 700 })])).frameQuality);
    expect(toLivenessView(feed(state, [aMeasurement({ timestampMs: 700, sharpness: 0.2 })])).frameQuality).toBeLessThan(0.3);
  });
});

describe('frame rate', () => {
  it('measures the analysed frame rate from the frames while positioning, ignoring a pause-sized gap', () => {
    let state = feed(createLivenessState(['blink'], config, 0), aFrameSequence(0, 1000, () => ({}), 200));
    expect(analysedFps(state)).toBeCloseTo(5, 5);
    state = feed(state, aFrameSequence(5000, 5500, () => ({}), 100));
    // The 4 s gap is not an interval; the median of 200s and 100s is between them.
    expect(frameIntervalMs(state)).toBeGreaterThanOrEqual(100);
    expect(frameIntervalMs(state)).toBeLessThanOrEqual(200);
  });

  it('widens a timing window to whole frame intervals on a slow phone, never below what is configured', () => {
    const fast = feed(createLivenessState(['blink'], config, 0), aFrameSequence(0, 600, () => ({}), 40));
    const slow = feed(createLivenessState(['blink'], config, 0), aFrameSequence(0, 2000, () => ({}), 250));
    expect(scaledMs(fast, 300, 2)).toBe(300);
    expect(scaledMs(slow, 300, 2)).toBe(500);
  });

  it('sees a blink at 4 frames a second when it spans one frame between two open ones', () => {
    let state = feed(createLivenessState(['blink'], config, 0), aFrameSequence(0, 1500, () => ({}), 250));
    expect(state.phase).toBe('challenge');
    state = feed(state, aFrameSequence(1500, 4000, (t) => (t === 2500 ? { eyesClosed: 0.85 } : {}), 250));
    expect(state.phase).toBe('passed');
  });
});

describe('actions issued after positioning (for the frame rate measured)', () => {
  it('waits in "ready", saying hold still, until the actions arrive, then asks for the first', () => {
    let state = feed(createLivenessState(null, config, 0), aFrameSequence(0, 800));
    expect(state.phase).toBe('ready');
    expect(toLivenessView(state).prompt).toBe('hold-still');
    expect(toLivenessView(state).actionCount).toBe(0);
    state = stepLiveness(state, { type: 'challenges', challenges: ['mouth-open', 'turn-left'] }, config);
    expect(state.phase).toBe('challenge');
    expect(toLivenessView(state)).toMatchObject({ prompt: 'mouth-open', actionNumber: 1, actionCount: 2 });
    // Issued once: a second set is ignored.
    expect(stepLiveness(state, { type: 'challenges', challenges: ['blink'] }, config).challenges).toEqual(['mouth-open', 'turn-left']);
  });

  it('goes back to positioning if the face moves out of place while waiting, and starts the actions once placed again', () => {
    let state = feed(createLivenessState(null, config, 0), aFrameSequence(0, 800));
    state = feed(state, aFrameSequence(800, 1000, () => ({ box: { x: 0.0, y: 0.05, width: 0.3, height: 0.45 } })));
    expect(state.phase).toBe('positioning');
    state = stepLiveness(state, { type: 'challenges', challenges: ['blink'] }, config);
    expect(state.phase).toBe('positioning');
    state = feed(state, aFrameSequence(1000, 1800));
    expect(state.phase).toBe('challenge');
  });
});

describe('close-eyes (slow phones)', () => {
  const closed = (fromMs: number, toMs: number, overrides: MeasurementOverrides = {}) => (t: number) =>
    t >= fromMs && t < toMs ? { eyesClosed: 0.85, ...overrides } : {};

  it('passes when both eyes close from rest, stay shut about a second with the head still, and open again', () => {
    let state = positioned(['close-eyes']);
    state = feed(state, aFrameSequence(560, 3000, closed(1000, 2100)));
    expect(state.phase).toBe('passed');
    const record = state.records[0];
    expect(record?.kind).toBe('close-eyes');
    expect((record?.endMs ?? 0) - (record?.startMs ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it('says "open your eyes" once they have been shut long enough (the person cannot see the screen)', () => {
    let state = positioned(['close-eyes']);
    state = feed(state, aFrameSequence(560, 1500, closed(1000, 5000)));
    expect(toLivenessView(state).awaitingReturn).toBe(false);
    state = feed(state, aFrameSequence(1500, 1800, closed(1000, 5000)));
    expect(toLivenessView(state)).toMatchObject({ prompt: 'close-eyes', awaitingReturn: true });
  });

  it('does not take a blink, however many', () => {
    let state = positioned(['close-eyes']);
    for (let at = 1000; at < 9000; at += 1000) state = feed(state, blinkFrames(at, at + 1000, at + 300, 200));
    expect(state.records).toEqual([]);
  });

  it('does not take lowered lids with the head tilting down (looking down)', () => {
    let state = positioned(['close-eyes']);
    state = feed(state, aFrameSequence(560, 4000, (t) => (t >= 1000 && t < 2600 ? { eyesClosed: 0.85, pitchDeg: -((t - 1000) / 100) } : {})));
    expect(state.records).toEqual([]);
  });

  it('does not take eyes that stay half open (a squint)', () => {
    let state = positioned(['close-eyes']);
    state = feed(state, aFrameSequence(560, 4000, closed(1000, 2500, { eyesClosed: 0.3 })));
    expect(state.records).toEqual([]);
  });

  it('passes at 3 frames a second, where a one-second closure is three frames', () => {
    let state = feed(createLivenessState(['close-eyes'], config, 0), aFrameSequence(0, 2000, () => ({}), 333));
    expect(state.phase).toBe('challenge');
    state = feed(state, aFrameSequence(1998, 6000, closed(2600, 3700), 333));
    expect(state.phase).toBe('passed');
  });
});
