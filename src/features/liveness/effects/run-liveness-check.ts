import type { CameraError, CameraSession } from '../../../adapters/camera/camera';
import { FaceDetectorError, type FaceDetector } from '../../../adapters/face-detector/face-detector';
import type { Recorder } from '../../../adapters/recorder/recorder';
import type { ChallengeKind } from '../model/challenge';
import type { Evidence, EvidenceMetadata } from '../model/evidence';
import type { LivenessConfig } from '../model/liveness-config';
import { actionRecordsFrom, createLivenessState, stepLiveness, type LivenessEvent, type LivenessState } from '../model/liveness-engine';
import { boxFromLandmarks, measureFrame } from '../model/measure-face';
import { toLivenessView, type LivenessView } from '../model/to-view';
import type { BestFrameKeeper } from './best-frame-keeper';
import type { BrightnessMeter } from './brightness-meter';
import type { Clock, PageVisibility } from './clock';
import type { FrameScheduler } from './frame-scheduler';

export type PausedBy = 'person' | 'page-hidden' | null;

/** The engine's view plus what only the runtime knows. */
export type CheckView = LivenessView & { readonly pausedBy: PausedBy };

export type CheckFailure =
  | { kind: 'camera'; error: CameraError }
  | { kind: 'detector'; error: FaceDetectorError }
  | { kind: 'recording'; error: unknown };

export type DeviceFacts = EvidenceMetadata['device'];

export type LivenessCheckDeps = {
  /** Playing the camera stream (unmirrored: mirroring is CSS only). */
  video: HTMLVideoElement;
  camera: CameraSession;
  /** Already loaded. */
  detector: FaceDetector;
  recorder: Recorder;
  frames: FrameScheduler;
  measureBrightness: BrightnessMeter;
  bestFrame: BestFrameKeeper;
  clock: Clock;
  visibility: PageVisibility;
  challenges: readonly ChallengeKind[];
  challengeId: string;
  nonce: string;
  config: LivenessConfig;
  appVersion: string;
  deviceFacts: DeviceFacts;
  onView(view: CheckView): void;
  onPassed(evidence: Evidence): void;
  /** The check could not go on (camera gone, detector broken): nothing is kept. */
  onFailure(failure: CheckFailure): void;
  /** Per-frame detection time, for the benchmark and diagnostics (no personal data). */
  onFrameTimed?: (detectMs: number) => void;
};

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

/** Starts the frame loop on a playing camera; whatever starts it calls stop(). */
export function runLivenessCheck(deps: LivenessCheckDeps): LivenessCheckControls {
  const { clock, config } = deps;
  let state: LivenessState = createLivenessState(deps.challenges, config, clock.nowMs());
  let pausedBy: PausedBy = null;
  let lastKey = '';
  let finished = false;
  let frameCount = 0;
  let brightness = 128;
  let cancelFrame: (() => void) | null = null;
  const recordingStartMs = clock.nowMs();
  const startedAtEpochMs = clock.epochMs();

  const emit = () => {
    const view: CheckView = { ...toLivenessView(state), pausedBy };
    const key = viewKey(view);
    if (key === lastKey) return view;
    lastKey = key;
    deps.onView(view);
    return view;
  };

  const dispatch = (event: LivenessEvent) => {
    if (finished) return;
    state = stepLiveness(state, event, config);
    const view = emit();
    if (view.frameQuality > 0 && event.type === 'frame') deps.bestFrame.offer(deps.video, view.frameQuality);
    if (state.phase === 'passed') void finishPassed();
    else if (state.phase === 'failed') teardown(true);
  };

  const onFrame = () => {
    cancelFrame = null;
    if (finished) return;
    scheduleFrame();
    if (pausedBy !== null) return;
    const nowMs = clock.nowMs();
    const { video } = deps;
    if (video.videoWidth === 0) return;
    let faces;
    try {
      const before = clock.nowMs();
      faces = deps.detector.detect(video, nowMs);
      deps.onFrameTimed?.(clock.nowMs() - before);
    } catch (error) {
      fail({
        kind: 'detector',
        error: error instanceof FaceDetectorError ? error : new FaceDetectorError('start-failed', 'detection failed', { cause: error }),
      });
      return;
    }
    if (frameCount % brightnessEveryFrames === 0) {
      const largest = [...faces].map((face) => boxFromLandmarks(face.landmarks)).sort((a, b) => b.width - a.width)[0];
      brightness = deps.measureBrightness(video, largest ?? null) ?? brightness;
    }
    frameCount += 1;
    const measurement = measureFrame(faces, {
      timestampMs: nowMs,
      brightness,
      widthPx: video.videoWidth,
      heightPx: video.videoHeight,
    });
    dispatch({ type: 'frame', measurement });
  };

  const scheduleFrame = () => {
    if (!finished && cancelFrame === null) cancelFrame = deps.frames.requestFrame(onFrame);
  };

  const pauseFor = (who: Exclude<PausedBy, null>) => {
    if (finished || pausedBy !== null) return;
    pausedBy = who;
    dispatch({ type: 'pause' });
  };
  const resumeFrom = (who: Exclude<PausedBy, null>) => {
    if (finished || pausedBy !== who) return;
    pausedBy = null;
    dispatch({ type: 'resume', nowMs: clock.nowMs() });
  };

  const stopTicks = clock.every(tickIntervalMs, () => {
    if (pausedBy === null) dispatch({ type: 'tick', nowMs: clock.nowMs() });
  });
  const stopVisibility = deps.visibility.onChange((hidden) => (hidden ? pauseFor('page-hidden') : resumeFrom('page-hidden')));
  deps.camera.onEnded((error) => fail({ kind: 'camera', error }));

  function teardown(discard: boolean) {
    if (finished) return;
    finished = true;
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
      const [recording, photo] = await Promise.all([deps.recorder.stop(), deps.bestFrame.toJpeg()]);
      deps.bestFrame.clear();
      if (!photo) throw new Error('no frame was good enough for a photo');
      const metadata: EvidenceMetadata = {
        challengeId: deps.challengeId,
        nonce: deps.nonce,
        actions: actionRecordsFrom(state, recordingStartMs),
        startedAt: new Date(startedAtEpochMs).toISOString(),
        durationMs: Math.round(endMs - recordingStartMs),
        appVersion: deps.appVersion,
        camera: deps.camera.facing,
        device: deps.deviceFacts,
        video: { mimeType: recording.mimeType, bytes: recording.blob.size },
        photo: { mimeType: 'image/jpeg', bytes: photo.blob.size, width: photo.width, height: photo.height },
      };
      deps.onPassed({ photo: photo.blob, video: recording.blob, metadata });
    } catch (error) {
      deps.bestFrame.clear();
      deps.onFailure({ kind: 'recording', error });
    }
  }

  try {
    deps.recorder.start(deps.camera.stream);
  } catch (error) {
    teardown(true);
    deps.onFailure({ kind: 'recording', error });
    return { pause() {}, resume() {}, extend() {}, stop() {} };
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
