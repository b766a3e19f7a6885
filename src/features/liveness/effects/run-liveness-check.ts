import type { CameraError, CameraSession } from '../../../adapters/camera/camera';
import {
  FaceDetectorError,
  type DetectedFace,
  type Detection,
  type FaceDetector,
} from '../../../adapters/face-detector/face-detector';
import type { Recorder } from '../../../adapters/recorder/recorder';
import { tierForFrameRate } from '../../../../contract/challenges';
import type { IssueChallenges, IssuedChallenges } from '../model/challenge-issue';
import type { Evidence, EvidenceMetadata } from '../../../adapters/backend/evidence';
import type { LivenessConfig } from '../model/liveness-config';
import {
  actionRecordsFrom,
  analysedFps,
  createLivenessState,
  stepLiveness,
  type LivenessEvent,
  type LivenessState,
} from '../model/liveness-engine';
import { boxFromLandmarks, measureFrame } from '../model/measure-face';
import { toLivenessView, type LivenessView } from '../model/to-view';
import type { BestFrameKeeper } from './best-frame-keeper';
import type { BrightnessMeter } from './brightness-meter';
import type { Clock, PageVisibility } from './clock';
import type { FrameScheduler } from './frame-scheduler';

/** 'rebuilding': the detector is being started again (a lost WebGL context, a return from the background). */
export type PausedBy = 'person' | 'page-hidden' | 'rebuilding' | null;

/** The engine's view plus what only the runtime knows. */
export type CheckView = LivenessView & { readonly pausedBy: PausedBy };

export type CheckFailure =
  | { kind: 'camera'; error: CameraError }
  | { kind: 'detector'; error: FaceDetectorError }
  | { kind: 'recording'; error: unknown }
  /** The actions could not be issued (certify: the session did not start; the caller says why). */
  | { kind: 'issue'; error: unknown };

export type DeviceFacts = EvidenceMetadata['device'];

export type LivenessCheckDeps = {
  /** Playing the camera stream (unmirrored: mirroring is CSS only). */
  video: HTMLVideoElement;
  camera: CameraSession;
  /** Already loaded. */
  detector: FaceDetector;
  /** A snapshot of the video's current frame (createImageBitmap in browsers). */
  grabFrame(video: HTMLVideoElement): Promise<ImageBitmap>;
  recorder: Recorder;
  frames: FrameScheduler;
  measureBrightness: BrightnessMeter;
  bestFrame: BestFrameKeeper;
  clock: Clock;
  visibility: PageVisibility;
  /** Asked once, when the person is in place and the frame rate is measured: the actions and their session. */
  issueChallenges: IssueChallenges;
  config: LivenessConfig;
  appVersion: string;
  deviceFacts: DeviceFacts;
  onView(view: CheckView): void;
  onPassed(evidence: Evidence): void;
  /** The check could not go on (camera gone, detector broken): nothing is kept. */
  onFailure(failure: CheckFailure): void;
  /** Per-frame detection time (MediaPipe's own), for the benchmark and diagnostics (no personal data). */
  onFrameTimed?: (detectMs: number) => void;
  /** The detector was started again mid-check, and why (diagnostics). */
  onRebuilt?: (reason: RebuildReason) => void;
  /** The tier chosen from the measured frame rate, as the actions are asked for (diagnostics, the benchmark). */
  onTierChosen?: (tier: IssuedTier) => void;
};

export type IssuedTier = { tier: ReturnType<typeof tierForFrameRate>; analysedFps: number };

/** Why the detector was started again mid-check. */
export type RebuildReason = 'context-lost' | 'back-from-background' | 'detector-failed';

/**
 * A check rebuilds its detector at most this often: a phone whose GPU keeps dropping the context
 * (or a detector that keeps failing) gets the error screen with 再试一次 instead of an endless wait.
 */
export const maxRebuildsPerCheck = 3;

export type LivenessCheckControls = {
  pause(): void;
  resume(): void;
  /** 再试一次: a fresh window for the current action. */
  extend(): void;
  /** Stops everything and discards the recording and the photo. Safe to call more than once. */
  stop(): void;
};

/**
 * Ticks move the engine's clock when no frame arrives (a frozen camera still times out, with a
 * warning first); four a second is enough for a countdown shown in whole seconds.
 */
const tickIntervalMs = 250;

/** Luma of every third frame: light changes slowly, and a read-back costs more than it tells. */
const brightnessEveryFrames = 3;

/** Quantized so that a view differing only in a countdown's milliseconds does not re-render React. */
function viewKey(view: CheckView): string {
  return JSON.stringify({
    ...view,
    frameQuality: 0,
    positionProgress: Math.round(view.positionProgress * 10),
    actionTimeLeftMs: view.actionTimeLeftMs === null ? null : Math.ceil(view.actionTimeLeftMs / 1000),
  });
}

function roundFps(fps: number): number {
  return Math.round(fps * 10) / 10;
}

/** Starts the frame loop on a playing camera; whatever starts it calls stop(). */
export function runLivenessCheck(deps: LivenessCheckDeps): LivenessCheckControls {
  const { clock, config } = deps;
  // No actions yet: they are issued once the person is in place and the frame rate is known.
  let state: LivenessState = createLivenessState(null, config, clock.nowMs());
  let pausedBy: PausedBy = null;
  let lastKey = '';
  let finished = false;
  let frameCount = 0;
  let brightness = 128;
  let cancelFrame: (() => void) | null = null;
  let detecting = false;
  /** A new camera frame came while the detector was busy: take the newest one when it is free. */
  let frameArrivedWhileDetecting = false;
  /** Counts pauses, so that a detection started before a pause is not counted after it. */
  let runningPeriod = 0;
  let rebuilds = 0;
  /** Set when the actions are issued: the recording starts then, so the video holds the actions and no wait before them. */
  let recordingStartMs: number | null = null;
  let startedAtEpochMs = 0;
  let framesSinceRecording = 0;
  let issued: (IssuedChallenges & { tier: IssuedTier }) | null = null;
  let asking = false;
  const issueAbort = new AbortController();

  const emit = () => {
    const view: CheckView = { ...toLivenessView(state), pausedBy };
    const key = viewKey(view);
    if (key === lastKey) return view;
    lastKey = key;
    deps.onView(view);
    return view;
  };

  const dispatch = (event: LivenessEvent, frame?: ImageBitmap) => {
    if (finished) return;
    state = stepLiveness(state, event, config);
    const view = emit();
    // The frame the engine just rated, not whatever the camera shows now: detection takes a while.
    if (frame && view.frameQuality > 0) deps.bestFrame.offer(frame, view.frameQuality);
    if (state.phase === 'passed') void finishPassed();
    else if (state.phase === 'failed') teardown(true);
    else if (state.phase === 'ready') askForChallenges();
  };

  /** In place and measured: ask for the actions this phone can see; start recording when they come. */
  function askForChallenges() {
    if (asking || issued || finished) return;
    asking = true;
    const fps = analysedFps(state) ?? 0;
    const tier: IssuedTier = { tier: tierForFrameRate(fps), analysedFps: fps };
    deps.onTierChosen?.(tier);
    deps.issueChallenges({ tier: tier.tier, analysedFps: fps, route: 'live' }, issueAbort.signal).then(
      (answer) => {
        if (finished) return;
        issued = { ...answer, tier };
        try {
          deps.recorder.start(deps.camera.stream);
        } catch (error) {
          teardown(true);
          deps.onFailure({ kind: 'recording', error });
          return;
        }
        recordingStartMs = clock.nowMs();
        startedAtEpochMs = clock.epochMs();
        framesSinceRecording = 0;
        dispatch({ type: 'challenges', challenges: answer.challenges });
      },
      (error: unknown) => {
        if (finished) return;
        teardown(true);
        deps.onFailure({ kind: 'issue', error });
      },
    );
  }

  const analyse = (faces: readonly DetectedFace[], frame: ImageBitmap, timestampMs: number) => {
    if (frameCount % brightnessEveryFrames === 0) {
      const largest = [...faces].map((face) => boxFromLandmarks(face.landmarks)).sort((a, b) => b.width - a.width)[0];
      brightness = deps.measureBrightness(frame, largest ?? null) ?? brightness;
    }
    frameCount += 1;
    if (recordingStartMs !== null) framesSinceRecording += 1;
    const measurement = measureFrame(faces, {
      timestampMs,
      brightness,
      widthPx: frame.width,
      heightPx: frame.height,
    });
    dispatch({ type: 'frame', measurement }, frame);
  };

  /**
   * One detection at a time: grab, detect (in a worker where possible, so this thread stays free
   * for the prompts and the pause button), then analyse. The next camera frame is asked for as soon
   * as a detection starts; if it arrives while the detector is busy it is taken the moment the
   * detector is free (no waiting for yet another frame), and a slow phone skips frames instead of
   * queueing them.
   */
  const detectFrame = async (timestampMs: number) => {
    detecting = true;
    frameArrivedWhileDetecting = false;
    scheduleFrame();
    const startedInPeriod = runningPeriod;
    let frame: ImageBitmap | null = null;
    try {
      try {
        frame = await deps.grabFrame(deps.video);
      } catch {
        // The video had no frame to give (it is still starting, or just switched): try the next one.
        return;
      }
      if (finished) return;
      let detection: Detection;
      try {
        detection = await deps.detector.detect(frame, timestampMs);
      } catch (error) {
        frame = null; // the detector has closed it
        // A failure of a detection started before a pause (or a rebuild) belongs to a detector that is gone.
        if (finished || startedInPeriod !== runningPeriod) return;
        const failure = error instanceof FaceDetectorError ? error : new FaceDetectorError('start-failed', 'detection failed', { cause: error });
        const lost = failure.code === 'context-lost';
        // A GPU that fails without losing its context is not to be trusted again: the CPU from now on.
        void rebuild(lost ? 'context-lost' : 'detector-failed', !lost && deps.detector.delegate === 'GPU', failure);
        return;
      }
      frame = detection.frame;
      deps.onFrameTimed?.(detection.detectMs);
      // A result that arrives after a pause (or the end) belongs to a moment that is over.
      if (finished || pausedBy !== null || startedInPeriod !== runningPeriod) return;
      analyse(detection.faces, frame, timestampMs);
    } finally {
      // Camera pixels are not kept: the best-frame keeper has drawn its own copy if it wanted one.
      frame?.close();
      detecting = false;
      if (frameArrivedWhileDetecting && !finished && pausedBy === null) void detectFrame(clock.nowMs());
      else scheduleFrame();
    }
  };

  const onFrame = () => {
    cancelFrame = null;
    if (finished) return;
    if (detecting) {
      frameArrivedWhileDetecting = true;
      return;
    }
    if (pausedBy !== null || deps.video.videoWidth === 0) {
      scheduleFrame();
      return;
    }
    void detectFrame(clock.nowMs());
  };

  const scheduleFrame = () => {
    if (!finished && cancelFrame === null) cancelFrame = deps.frames.requestFrame(onFrame);
  };

  const pauseFor = (who: Exclude<PausedBy, null>) => {
    if (finished || pausedBy !== null) return;
    pausedBy = who;
    runningPeriod += 1;
    dispatch({ type: 'pause' });
  };
  const resumeFrom = (who: Exclude<PausedBy, null>) => {
    if (finished || pausedBy !== who) return;
    pausedBy = null;
    dispatch({ type: 'resume', nowMs: clock.nowMs() });
  };

  /**
   * Starts the detector again while the check waits (paused, so no time runs out and partial
   * movements start again): after a lost WebGL context (a GPU reset; iOS drops contexts in the
   * background), and on every return from the background, where the old context may be dead without
   * telling anyone. Give up, with the error screen, after maxRebuildsPerCheck.
   */
  async function rebuild(reason: RebuildReason, avoidGpu: boolean, cause?: FaceDetectorError) {
    if (finished || pausedBy === 'rebuilding') return;
    if (rebuilds >= maxRebuildsPerCheck) {
      fail({ kind: 'detector', error: cause ?? new FaceDetectorError('context-lost', `rebuilt ${rebuilds} times already`) });
      return;
    }
    rebuilds += 1;
    if (pausedBy === null) {
      pausedBy = 'rebuilding';
      runningPeriod += 1;
      dispatch({ type: 'pause' });
    } else {
      pausedBy = 'rebuilding';
      emit();
    }
    try {
      await deps.detector.restart({ avoidGpu });
    } catch (error) {
      fail({
        kind: 'detector',
        error: error instanceof FaceDetectorError ? error : new FaceDetectorError('start-failed', 'the detector did not start again', { cause: error }),
      });
      return;
    }
    if (finished) return;
    deps.onRebuilt?.(reason);
    if (deps.visibility.isHidden()) {
      pausedBy = 'page-hidden';
      emit();
      return;
    }
    pausedBy = null;
    dispatch({ type: 'resume', nowMs: clock.nowMs() });
    scheduleFrame();
  }

  const stopTicks = clock.every(tickIntervalMs, () => {
    if (pausedBy === null) dispatch({ type: 'tick', nowMs: clock.nowMs() });
  });
  const stopVisibility = deps.visibility.onChange((hidden) => {
    if (hidden) pauseFor('page-hidden');
    else if (pausedBy === 'page-hidden') void rebuild('back-from-background', false);
  });
  deps.camera.onEnded((error) => fail({ kind: 'camera', error }));

  function teardown(discard: boolean) {
    if (finished) return;
    finished = true;
    issueAbort.abort();
    cancelFrame?.();
    cancelFrame = null;
    stopTicks();
    stopVisibility();
    if (discard) {
      deps.recorder.discard();
      deps.bestFrame.clear();
    }
  }

  function fail(failure: CheckFailure) {
    if (finished) return;
    teardown(true);
    deps.onFailure(failure);
  }

  async function finishPassed() {
    const endMs = clock.nowMs();
    teardown(false);
    try {
      if (!issued || recordingStartMs === null) throw new Error('passed without issued actions');
      const startMs = recordingStartMs;
      const [recording, photo] = await Promise.all([deps.recorder.stop(), deps.bestFrame.toJpeg()]);
      deps.bestFrame.clear();
      if (!photo) throw new Error('no frame was good enough for a photo');
      const durationMs = Math.round(endMs - startMs);
      const runtime = deps.detector.runtime;
      const metadata: EvidenceMetadata = {
        challengeId: issued.challengeId,
        nonce: issued.nonce,
        actions: actionRecordsFrom(state, startMs),
        startedAt: new Date(startedAtEpochMs).toISOString(),
        durationMs,
        appVersion: deps.appVersion,
        camera: deps.camera.facing,
        device: deps.deviceFacts,
        video: { mimeType: recording.mimeType, bytes: recording.blob.size },
        photo: { mimeType: 'image/jpeg', bytes: photo.blob.size, width: photo.width, height: photo.height },
        route: 'live',
        frameRate: {
          analysedFps: roundFps(durationMs > 0 ? (framesSinceRecording * 1000) / durationMs : 0),
          tier: issued.tier.tier,
          tierFps: roundFps(issued.tier.analysedFps),
        },
        ...(runtime ? { detector: { thread: runtime.thread, delegate: runtime.delegate, wasm: runtime.wasm } } : {}),
      };
      deps.onPassed({ photo: photo.blob, video: recording.blob, metadata });
    } catch (error) {
      deps.bestFrame.clear();
      deps.onFailure({ kind: 'recording', error });
    }
  }

  emit();
  scheduleFrame();
  if (deps.visibility.isHidden()) pauseFor('page-hidden');

  return {
    pause: () => pauseFor('person'),
    resume: () => resumeFrom('person'),
    extend: () => dispatch({ type: 'extend' }),
    stop: () => teardown(true),
  };
}
