import { describe, expect, it } from 'vitest';
import type { Detection, FaceDetector } from '../../../../src/adapters/face-detector/face-detector';
import type { FrameScheduler } from '../../../../src/features/liveness/effects/frame-scheduler';
import type { BestFrameKeeper } from '../../../../src/features/liveness/effects/best-frame-keeper';
import { meanLuma, type FrameRegion } from '../../../../src/features/liveness/effects/brightness-meter';
import type { PageVisibility } from '../../../../src/features/liveness/effects/clock';
import {
  maxRebuildsPerCheck,
  runLivenessCheck,
  type CheckFailure,
  type CheckView,
  type LivenessCheckDeps,
} from '../../../../src/features/liveness/effects/run-liveness-check';
import type { ChallengeKind } from '../../../../src/features/liveness/model/challenge';
import type { ChallengeRequest } from '../../../../src/features/liveness/model/challenge-issue';
import type { Evidence } from '../../../../src/adapters/backend/evidence';
import { defaultLivenessConfig } from '../../../../src/features/liveness/model/liveness-config';
import { createFakeSession } from '../../../support/fakes/fake-camera';
import { createFakeFrameGrabber, settle } from '../../../support/fakes/fake-frame-grabber';
import { createFakeRecorder } from '../../../support/fakes/fake-recorder';
import { createManualClock } from '../../../support/fakes/manual-clock';
import { createScriptedFaceDetector } from '../../../support/fakes/scripted-face-detector';
import { loadTrace } from '../../../support/traces';

function manualFrames() {
  let pending: (() => void) | null = null;
  let requests = 0;
  const scheduler: FrameScheduler = {
    requestFrame(callback) {
      requests += 1;
      const wrapped = () => callback(0);
      pending = wrapped;
      return () => {
        if (pending === wrapped) pending = null;
      };
    },
  };
  return {
    scheduler,
    fire() {
      const next = pending;
      pending = null;
      next?.();
    },
    get hasPending() {
      return pending !== null;
    },
    get requests() {
      return requests;
    },
  };
}

function fakeBestFrame() {
  const offers: number[] = [];
  let cleared = false;
  const keeper: BestFrameKeeper = {
    get bestQuality() {
      return Math.max(-Infinity, ...offers);
    },
    offer(_frame, quality) {
      offers.push(quality);
    },
    toJpeg: () =>
      Promise.resolve(offers.length ? { blob: new Blob([new Uint8Array(2048)], { type: 'image/jpeg' }), width: 640, height: 480 } : null),
    clear() {
      cleared = true;
    },
  };
  return { keeper, offers, get cleared() {
    return cleared;
  } };
}

function fakeVisibility() {
  let hidden = false;
  const listeners = new Set<(hidden: boolean) => void>();
  const visibility: PageVisibility = {
    isHidden: () => hidden,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    visibility,
    set(next: boolean) {
      hidden = next;
      for (const listener of listeners) listener(next);
    },
    get listeners() {
      return listeners.size;
    },
  };
}

/** A detector whose results come back only when the test releases them, as a busy worker's would. */
function holdDetections(inner: FaceDetector) {
  const waiting: (() => void)[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const detector: FaceDetector = {
    get delegate() {
      return inner.delegate;
    },
    thread: 'worker',
    runtime: { thread: 'worker', delegate: 'CPU', wasm: 'simd', gpuSelfTest: 'not-tried' },
    get restarts() {
      return inner.restarts;
    },
    restart: (options) => inner.restart(options),
    simulateContextLoss: () => inner.simulateContextLoss(),
    load: (options) => inner.load(options),
    dispose: () => inner.dispose(),
    detect(frame, timestampMs) {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      return new Promise<Detection>((resolve, reject) => {
        waiting.push(() => {
          inFlight -= 1;
          inner.detect(frame, timestampMs).then(resolve, reject);
        });
      });
    },
  };
  return {
    detector,
    releaseNext() {
      waiting.shift()?.();
    },
    get waiting() {
      return waiting.length;
    },
    get mostInFlight() {
      return mostInFlight;
    },
  };
}

/** A check over a recorded trace at ~30 fps of clip time, with every adapter faked. */
function setUp(
  traceId: string,
  challenges: ChallengeKind[],
  measureBrightness: LivenessCheckDeps['measureBrightness'] = () => 128,
  options: { holdDetections?: boolean; issueFails?: boolean } = {},
) {
  const trace = loadTrace(traceId);
  const clock = createManualClock(0);
  const frames = manualFrames();
  const detector = createScriptedFaceDetector(trace);
  const held = holdDetections(detector);
  const grabber = createFakeFrameGrabber();
  const camera = createFakeSession('front');
  const recorder = createFakeRecorder(5000);
  const best = fakeBestFrame();
  const page = fakeVisibility();
  const views: CheckView[] = [];
  const passed: Evidence[] = [];
  const failures: CheckFailure[] = [];
  const tiers: ChallengeRequest[] = [];
  const video = { videoWidth: 640, videoHeight: 480 } as HTMLVideoElement;
  const deps: LivenessCheckDeps = {
    video,
    camera,
    detector: options.holdDetections ? held.detector : detector,
    grabFrame: grabber.grabFrame,
    recorder,
    frames: frames.scheduler,
    measureBrightness,
    bestFrame: best.keeper,
    clock,
    visibility: page.visibility,
    issueChallenges: (request) => {
      tiers.push(request);
      if (options.issueFails) return Promise.reject(new Error('the session did not start'));
      return Promise.resolve({ challenges, challengeId: 'challenge-123', nonce: 'nonce-abc', issuedAtEpochMs: clock.epochMs() });
    },
    config: defaultLivenessConfig,
    appVersion: '9.9.9',
    deviceFacts: { userAgent: 'test-agent', screen: '360x740@2', language: 'zh-CN' },
    onView: (view) => views.push(view),
    onPassed: (evidence) => passed.push(evidence),
    onFailure: (failure) => failures.push(failure),
  };
  const controls = runLivenessCheck(deps);
  /**
   * Plays frames every 33 ms of clock time until `untilMs` or until the check ends; each frame's
   * detection finishes before the next (as one detection in flight at a time does in the app).
   */
  const play = async (untilMs: number) => {
    while (clock.nowMs() + 33 <= untilMs && frames.hasPending) {
      clock.advance(33);
      frames.fire();
      await settle();
    }
  };
  return { trace, clock, frames, detector, held, grabber, camera, recorder, best, page, views, passed, failures, tiers, controls, play, flush: settle };
}

describe('runLivenessCheck', () => {
  it('passes a real blink clip and hands over evidence with the right metadata', async () => {
    const run = setUp('real-01-blink-webcam-man', ['blink']);
    await run.play(20_000);
    await run.flush();

    expect(run.failures).toEqual([]);
    expect(run.passed).toHaveLength(1);
    const evidence = run.passed[0] as Evidence;
    expect(evidence.photo.type).toBe('image/jpeg');
    expect(evidence.video.type).toBe('video/webm');
    const { metadata } = evidence;
    expect(metadata).toMatchObject({
      challengeId: 'challenge-123',
      nonce: 'nonce-abc',
      appVersion: '9.9.9',
      camera: 'front',
      device: { userAgent: 'test-agent', screen: '360x740@2', language: 'zh-CN' },
      video: { mimeType: 'video/webm', bytes: 5000 },
      photo: { mimeType: 'image/jpeg', bytes: 2048, width: 640, height: 480 },
      route: 'live',
      frameRate: { tier: 'standard' },
      detector: { thread: 'main', delegate: 'CPU', wasm: 'simd' },
    });
    // The actions were asked for once the person was in place, for the frame rate measured (a frame every 33 ms).
    expect(run.tiers).toEqual([{ tier: 'standard', analysedFps: expect.closeTo(30, 0) as number, route: 'live' }]);
    expect(metadata.frameRate?.tierFps).toBeCloseTo(30, 0);
    expect(metadata.frameRate?.analysedFps).toBeGreaterThan(25);
    expect(metadata.actions).toHaveLength(1);
    const action = metadata.actions[0];
    expect(action?.kind).toBe('blink');
    // The recording starts when the actions are issued (after positioning): shifted back by that, the action
    // times are clip times, at a labelled blink of real-01.
    const recordingStartedMs = Date.parse(metadata.startedAt) - Date.parse('2026-11-27T08:00:00.000Z');
    expect(recordingStartedMs).toBeGreaterThan(400);
    const labelledBlinksMs = [1620, 2720, 3750, 4680, 5750, 6650, 7880];
    expect(labelledBlinksMs.some((start) => Math.abs((action?.startMs ?? -1) + recordingStartedMs - start) < 400)).toBe(true);
    expect(action?.endMs).toBeGreaterThanOrEqual(action?.startMs ?? Infinity);
    expect(metadata.durationMs).toBeGreaterThanOrEqual(action?.endMs ?? Infinity);
    // A photo was only kept from frames the engine rated usable.
    expect(run.best.offers.length).toBeGreaterThan(0);
    expect(run.best.offers.every((quality) => quality > 0)).toBe(true);
    expect(run.recorder.state).toBe('stopped');
    expect(run.recorder.startedWith).toBe(run.camera.stream);
  });

  it('calls onView only when the view changes, not once per frame', async () => {
    const run = setUp('real-03-head-turn-woman-hijab', ['turn-right', 'turn-left']);
    await run.play(3000);
    expect(run.detector.detectCalls).toBeGreaterThan(80);
    expect(run.views.length).toBeGreaterThan(1);
    expect(run.views.length).toBeLessThan(run.detector.detectCalls / 3);
    for (let i = 1; i < run.views.length; i += 1) expect(run.views[i]).not.toEqual(run.views[i - 1]);
    run.controls.stop();
  });

  it('passes a head-turn clip: turn right, then turn left, in that order', async () => {
    const run = setUp('real-03-head-turn-woman-hijab', ['turn-right', 'turn-left']);
    await run.play(24_000);
    await run.flush();
    expect(run.passed).toHaveLength(1);
    expect(run.passed[0]?.metadata.actions.map((a) => a.kind)).toEqual(['turn-right', 'turn-left']);
  });

  it('never passes a printed photo, and discards everything when stopped', async () => {
    const run = setUp('attack-01-print-elderly-woman', ['blink']);
    await run.play(16_000);
    await run.flush();
    expect(run.passed).toEqual([]);
    expect(run.views.at(-1)?.phase).not.toBe('passed');
    run.controls.stop();
    expect(run.recorder.state).toBe('discarded');
    expect(run.best.cleared).toBe(true);
    expect(run.frames.hasPending).toBe(false);
    expect(run.clock.activeTimers).toBe(0);
    expect(run.page.listeners).toBe(0);
  });

  it('pauses while the page is hidden (no detection), and on return rebuilds the detector before going on', async () => {
    const run = setUp('real-01-blink-webcam-man', ['blink']);
    await run.play(500);
    run.page.set(true);
    expect(run.views.at(-1)).toMatchObject({ phase: 'paused', pausedBy: 'page-hidden' });
    const callsWhileHidden = run.detector.detectCalls;
    await run.play(3000);
    expect(run.detector.detectCalls).toBe(callsWhileHidden);
    run.page.set(false);
    // iOS may have dropped the WebGL context in the background: MediaPipe is started again first.
    expect(run.views.at(-1)).toMatchObject({ phase: 'paused', pausedBy: 'rebuilding' });
    await run.flush();
    expect(run.detector.restartCalls).toEqual([{ avoidGpu: false }]);
    expect(run.views.at(-1)?.phase).not.toBe('paused');
    expect(run.views.at(-1)?.pausedBy).toBeNull();
    await run.play(3500);
    expect(run.detector.detectCalls).toBeGreaterThan(callsWhileHidden);
    run.controls.stop();
  });

  it('rebuilds the detector when its WebGL context is lost mid-check, and still passes', async () => {
    const run = setUp('real-01-blink-webcam-man', ['blink']);
    await run.play(400);
    run.detector.simulateContextLoss();
    await run.play(800);
    expect(run.detector.restartCalls).toEqual([{ avoidGpu: false }]);
    expect(run.failures).toEqual([]);
    await run.play(20_000);
    expect(run.passed).toHaveLength(1);
    expect(run.views.some((view) => view.pausedBy === 'rebuilding')).toBe(true);
  });

  it('the person pauses and resumes with the buttons; page visibility does not resume a person-paused check', async () => {
    const run = setUp('real-01-blink-webcam-man', ['blink']);
    await run.play(300);
    run.controls.pause();
    expect(run.views.at(-1)).toMatchObject({ phase: 'paused', pausedBy: 'person' });
    run.page.set(true);
    run.page.set(false);
    expect(run.views.at(-1)).toMatchObject({ phase: 'paused', pausedBy: 'person' });
    run.controls.resume();
    expect(run.views.at(-1)?.phase).not.toBe('paused');
    run.controls.stop();
  });

  it('stops with a camera-ended failure when the camera is unplugged mid-check', async () => {
    const run = setUp('real-01-blink-webcam-man', ['blink']);
    await run.play(1000);
    run.camera.unplug();
    expect(run.failures).toHaveLength(1);
    const failure = run.failures[0];
    expect(failure?.kind === 'camera' ? failure.error.code : null).toBe('camera-ended');
    expect(run.recorder.state).toBe('discarded');
    expect(run.frames.hasPending).toBe(false);
    expect(run.passed).toEqual([]);
  });

  it('warns before an action times out, then offers 再试一次 (extend) with a fresh window', async () => {
    const run = setUp('real-08-near-neutral-glasses-man', ['blink']);
    await run.play(defaultLivenessConfig.actionTimeoutMs + 4000);
    const warned = run.views.findIndex((view) => view.timeWarning);
    const timedOut = run.views.findIndex((view) => view.phase === 'timed-out');
    expect(warned).toBeGreaterThan(-1);
    expect(timedOut).toBeGreaterThan(warned);
    run.controls.extend();
    expect(run.views.at(-1)?.phase).toBe('challenge');
    run.controls.stop();
  });

  it('measures light on the face, not the whole picture, and not on every frame', async () => {
    const regions: (FrameRegion | null | undefined)[] = [];
    const run = setUp('real-03-head-turn-woman-hijab', ['turn-right'], (_frame, region) => {
      regions.push(region);
      return 30;
    });
    await run.play(2000);
    expect(regions.length).toBeGreaterThan(5);
    expect(regions.length).toBeLessThan(run.detector.detectCalls / 2);
    const first = run.trace.frames[0]?.bbox ?? [0, 0, 0, 0];
    expect(regions[0]?.x).toBeCloseTo(first[0], 3);
    expect(regions[0]?.width).toBeCloseTo(first[2], 3);
    // 30 of 255 on the face: the engine asks for more light.
    expect(run.views.at(-1)?.hint).toBe('too-dark');
    run.controls.stop();
  });
  it('closes every camera frame it grabbed, whether the check passes or is stopped', async () => {
    const passing = setUp('real-01-blink-webcam-man', ['blink']);
    await passing.play(20_000);
    await passing.flush();
    expect(passing.passed).toHaveLength(1);
    expect(passing.grabber.grabbed).toBeGreaterThan(30);
    expect(passing.grabber.open).toBe(0);

    const stopped = setUp('attack-01-print-elderly-woman', ['blink']);
    await stopped.play(2000);
    stopped.controls.stop();
    await stopped.flush();
    expect(stopped.grabber.grabbed).toBeGreaterThan(30);
    expect(stopped.grabber.open).toBe(0);
  });

  it('runs one detection at a time, and drops a result that comes back after a pause', async () => {
    let brightnessReads = 0;
    const run = setUp(
      'real-01-blink-webcam-man',
      ['blink'],
      () => {
        brightnessReads += 1;
        return 128;
      },
      { holdDetections: true },
    );
    run.clock.advance(33);
    run.frames.fire();
    await run.flush();
    expect(run.held.waiting).toBe(1);
    // A camera frame arrives while the detector is busy: it waits, no second detection starts.
    run.clock.advance(33);
    run.frames.fire();
    await run.flush();
    expect(run.held.waiting).toBe(1);

    run.controls.pause();
    run.controls.resume();
    run.held.releaseNext();
    await run.flush();
    // That frame was seen before the pause: it is not measured, and its pixels are let go.
    expect(brightnessReads).toBe(0);
    // The frame that waited is taken at once, without waiting for yet another camera frame; it
    // is the only frame still open.
    expect(run.held.waiting).toBe(1);
    expect(run.grabber.open).toBe(1);
    run.held.releaseNext();
    await run.flush();
    expect(brightnessReads).toBe(1);
    expect(run.grabber.open).toBe(0);
    expect(run.held.mostInFlight).toBe(1);
    run.controls.stop();
  });

  it('stops with a detector failure when detection keeps breaking after each rebuild, and keeps no frame', async () => {
    const run = setUp('real-01-blink-webcam-man', ['blink']);
    await run.play(500);
    run.detector.detectError = new Error('the graph broke');
    await run.play(2000);
    expect(run.detector.restartCalls).toHaveLength(maxRebuildsPerCheck);
    expect(run.failures).toHaveLength(1);
    expect(run.failures[0]?.kind).toBe('detector');
    expect(run.recorder.state).toBe('discarded');
    expect(run.frames.hasPending).toBe(false);
    expect(run.grabber.open).toBe(0);
  });
});

describe('actions issued for the frame rate measured while positioning', () => {
  it('asks for the slow tier when only 4 frames a second are analysed, and passes a close-eyes on real-04', async () => {
    const run = setUp('real-04-eyes-closed-man', ['close-eyes']);
    // Each detection takes 250 ms of clock time: the phone analyses 4 frames a second.
    const slowPlay = async (untilMs: number) => {
      while (run.clock.nowMs() + 250 <= untilMs && run.frames.hasPending) {
        run.clock.advance(250);
        run.frames.fire();
        await run.flush();
      }
    };
    await slowPlay(20_000);
    expect(run.tiers).toEqual([{ tier: 'slow', analysedFps: 4, route: 'live' }]);
    expect(run.failures).toEqual([]);
    expect(run.passed).toHaveLength(1);
    expect(run.passed[0]?.metadata.frameRate).toEqual({ analysedFps: expect.closeTo(4, 0) as number, tier: 'slow', tierFps: 4 });
    expect(run.passed[0]?.metadata.actions.map((action) => action.kind)).toEqual(['close-eyes']);
  });

  it('records nothing until the actions are issued, and stops with an issue failure (nothing kept) when they cannot be', async () => {
    const run = setUp('real-01-blink-webcam-man', ['blink'], () => 128, { issueFails: true });
    await run.play(3000);
    expect(run.tiers).toHaveLength(1);
    expect(run.failures.map((failure) => failure.kind)).toEqual(['issue']);
    expect(run.recorder.state).not.toBe('recording');
    expect(run.grabber.open).toBe(0);
  });
});

describe('meanLuma', () => {
  it('is the Rec. 601 luma of RGBA pixels', () => {
    expect(meanLuma([255, 255, 255, 255, 0, 0, 0, 255])).toBeCloseTo(127.5, 5);
    expect(meanLuma([255, 0, 0, 255])).toBeCloseTo(76.245, 3);
    expect(meanLuma([])).toBe(0);
  });
});
