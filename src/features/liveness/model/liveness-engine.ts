/**
 * The liveness check as pure logic: a reducer over per-frame face measurements and time events.
 *
 * 1. Positioning: exactly one face (a much smaller one behind is ignored), lit, near enough, centred, looking
 *    at the camera, held steady for positionHoldMs, the mouth closed and the eyes open (a face held mid-action is
 *    not a resting face: every action would be measured from it). The steady window gives the person's own baselines
 *    (medians): resting blink score, mouth score, straight-ahead yaw/pitch, eye aspect ratio, face signature.
 *    Meanwhile the engine measures how many frames a second are analysed: the actions may be issued only now,
 *    for that frame rate (phase 'ready' waits for them), and every short timing window widens with the
 *    interval between frames, so a slow phone is judged on what it can see.
 * 2. Challenge: the actions in the order given (the order is input, never built in), each in its own window
 *    that 再试一次 (`extend`) renews. Every action is measured against the baselines, with hysteresis, and
 *    must start from rest and end back at rest (eyes reopened, mouth closed, facing the camera again).
 * 3. Refusals: two people for longer than a moment stop the check; a face gone longer than the grace period
 *    or jumping implausibly between frames (a different face) sends it back to positioning and all actions
 *    start again. A photo cannot blink, open its mouth or turn, so it simply never passes an action.
 * Time comes only from events (frame timestamps, ticks, resume), so paused time never counts.
 */
import type { ChallengeKind } from './challenge';
import type { ActionRecord } from '../../../adapters/backend/evidence';
import type { LivenessConfig } from './liveness-config';
import type { FaceMeasurement, MeasuredFace } from './measure-face';

/**
 * positioning: getting one face into the oval and measuring the person's own baselines.
 * ready: positioned and measured, waiting for the actions (issued for the measured frame rate).
 * challenge: doing the actions one by one.
 * timed-out: the current action's window ran out; `extend` (再试一次) opens a fresh one.
 * passed / failed: the end (failed only for multiple faces or cancel; everything else can be retried).
 */
export type LivenessPhase = 'positioning' | 'ready' | 'challenge' | 'timed-out' | 'passed' | 'failed';

/** What the person should change before the check can go on. */
export type PositionHint =
  | 'no-face'
  | 'move-closer'
  | 'move-back'
  | 'center-face'
  | 'too-dark'
  | 'too-bright'
  | 'one-person-only'
  | 'look-at-camera'
  | 'hold-still'
  /** Held still, but with the mouth open or the eyes shut: that is not the resting face the actions are measured from. */
  | 'close-mouth'
  | 'keep-eyes-open';

/** Why the check went back to positioning. */
export type RestartReason = 'face-lost' | 'identity-changed';

/** Why the check stopped for good (a new check must be started). */
export type LivenessFailureCode = 'multiple-faces' | 'cancelled';

export type LivenessEvent =
  | { readonly type: 'frame'; readonly measurement: FaceMeasurement }
  | { readonly type: 'tick'; readonly nowMs: number }
  | { readonly type: 'pause' }
  | { readonly type: 'resume'; readonly nowMs: number }
  | { readonly type: 'extend' }
  | { readonly type: 'cancel' }
  /** The actions, when they were not known at the start (issued once the frame rate is measured). */
  | { readonly type: 'challenges'; readonly challenges: readonly ChallengeKind[] };

/** The person's own resting face, measured while positioning. */
export type LivenessBaseline = {
  /** Median blink score, min of both eyes (0..1). Drooping lids give a high one. */
  readonly blinkScore: number;
  /** Median of max(eyeBlinkLeft, eyeBlinkRight). */
  readonly blinkMaxScore: number;
  /** Median eye aspect ratio (mean of both eyes); null without landmarks. */
  readonly eyeAspectRatio: number | null;
  /** Median jawOpen − mouthClose. */
  readonly mouthScore: number;
  readonly yawDeg: number;
  readonly pitchDeg: number;
  /** Median face signature; null without landmarks. */
  readonly signature: readonly number[] | null;
};

/** In-progress detection of the current action. */
export type ActionDetectorState = {
  /** When the signal crossed the enter threshold, or null while it is below. */
  readonly activeSinceMs: number | null;
  /** The signal went wrong (too slow, too long): it must come back to rest before a new attempt counts. */
  readonly mustResetFirst: boolean;
  /** The action's main part is done (held long enough / eyes reopened) and only its end is awaited. */
  readonly held: boolean;
  /** Strongest signal seen in the current attempt, in the action's own unit (score 0..1 or degrees). */
  readonly peak: number;
  /** Last frame at which the signal was at rest (eyes open, mouth closed, facing the camera). */
  readonly lastRestMs: number | null;
  /** Blink: when the eyes reopened (awaiting confirmation that they stay open). */
  readonly endedAtMs: number | null;
  /** Blink: the eyes' level (min of both) at the last resting frame, which a real blink returns to. */
  readonly restLevel: number;
  /** Blink: since when the eyes have been at rest without a break (null while not at rest). */
  readonly restSinceMs: number | null;
  /** Close-eyes: the head's yaw and pitch at the last resting frame (closing the eyes does not move the head). */
  readonly anchorYawDeg: number | null;
  readonly anchorPitchDeg: number | null;
};

export type LivenessSuccess = { readonly kind: ChallengeKind; readonly atMs: number; readonly seq: number };

export type LivenessState = {
  /** The config the state was created with; toLivenessView reads its display timings from here. */
  readonly config: LivenessConfig;
  readonly phase: LivenessPhase;
  readonly paused: boolean;
  /** The actions in order; null until they are issued (see the 'challenges' event). */
  readonly challenges: readonly ChallengeKind[] | null;
  /** Index of the current action in `challenges`. */
  readonly index: number;
  /** The latest time the engine has seen (from frames, ticks and resumes). */
  readonly nowMs: number;
  readonly startedAtMs: number;
  readonly hint: PositionHint | null;
  /** Since when the position has been good (positioning only). */
  readonly positionOkSinceMs: number | null;
  /** Frames collected for the baselines during the current good-position stretch. */
  readonly calibration: readonly FaceMeasurement[];
  readonly baseline: LivenessBaseline | null;
  /** When the current action's window opened and when it ends. */
  readonly actionStartedAtMs: number | null;
  readonly actionDeadlineMs: number | null;
  readonly detector: ActionDetectorState;
  /** Completed actions, times on the measurements' clock (see actionRecordsFrom for recording-relative times). */
  readonly records: readonly ActionRecord[];
  readonly lastSuccess: LivenessSuccess | null;
  readonly failure: LivenessFailureCode | null;
  readonly restartReason: RestartReason | null;
  readonly restartCount: number;
  readonly lastFaceSeenMs: number | null;
  readonly multipleFacesSinceMs: number | null;
  readonly signatureMismatchFrames: number;
  readonly lastMeasurement: FaceMeasurement | null;
  /** The last accepted frame with a face: the next face must be near it (kept across frames without a face). */
  readonly jumpReference: FaceMeasurement | null;
  /** A frame whose face jumped away from the reference; confirmed as a new face if the next frame agrees. */
  readonly pendingJump: FaceMeasurement | null;
  /** Time between the latest analysed frames (newest last), for the frame rate and the timing windows. */
  readonly frameIntervalsMs: readonly number[];
};

const idleDetector: ActionDetectorState = {
  activeSinceMs: null,
  mustResetFirst: false,
  held: false,
  peak: 0,
  lastRestMs: null,
  endedAtMs: null,
  restLevel: 0,
  restSinceMs: null,
  anchorYawDeg: null,
  anchorPitchDeg: null,
};

/** `challenges` null: they are issued later (the 'challenges' event), once the frame rate is known. */
export function createLivenessState(
  challenges: readonly ChallengeKind[] | null,
  config: LivenessConfig,
  nowMs: number,
): LivenessState {
  return {
    config,
    phase: 'positioning',
    paused: false,
    challenges: challenges ? [...challenges] : null,
    index: 0,
    nowMs,
    startedAtMs: nowMs,
    hint: 'no-face',
    positionOkSinceMs: null,
    calibration: [],
    baseline: null,
    actionStartedAtMs: null,
    actionDeadlineMs: null,
    detector: idleDetector,
    records: [],
    lastSuccess: null,
    failure: null,
    restartReason: null,
    restartCount: 0,
    lastFaceSeenMs: null,
    multipleFacesSinceMs: null,
    signatureMismatchFrames: 0,
    lastMeasurement: null,
    jumpReference: null,
    pendingJump: null,
    frameIntervalsMs: [],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Frame rate

/** How many recent intervals the frame rate is the median of: about a second at 8 fps, robust to a slow frame. */
const frameIntervalWindow = 9;
/** A gap longer than this is a pause or a lost face, not the analysis rate. */
const maxCountedIntervalMs = 1_000;
/** Until a few intervals are known, assume the camera's own 30 fps (windows then stay as configured). */
const assumedIntervalMs = 33;

/** Typical time between analysed frames: the median of the recent intervals. */
export function frameIntervalMs(state: LivenessState): number {
  return state.frameIntervalsMs.length >= 3 ? median(state.frameIntervalsMs) : assumedIntervalMs;
}

/** Analysed frames per second (null until enough frames were seen to say). */
export function analysedFps(state: LivenessState): number | null {
  return state.frameIntervalsMs.length >= 3 ? 1000 / median(state.frameIntervalsMs) : null;
}

/**
 * A timing window that widens on slow phones: never shorter than `frames` intervals between analysed frames.
 * At 25 fps the configured value rules; at 4 fps (250 ms apart) a 300 ms "closed within" window would hold at
 * most one frame and a quick movement would be missed or judged by chance.
 */
export function scaledMs(state: LivenessState, configuredMs: number, frames: number): number {
  return Math.max(configuredMs, frames * frameIntervalMs(state));
}

function withInterval(state: LivenessState, timestampMs: number): readonly number[] {
  const previous = state.lastMeasurement?.timestampMs;
  if (previous === undefined) return state.frameIntervalsMs;
  const interval = timestampMs - previous;
  if (interval <= 0 || interval > maxCountedIntervalMs) return state.frameIntervalsMs;
  return [...state.frameIntervalsMs, interval].slice(-frameIntervalWindow);
}

/** The engine: a reducer. No timers and no I/O; time comes only from events. */
export function stepLiveness(state: LivenessState, event: LivenessEvent, config: LivenessConfig): LivenessState {
  if (state.phase === 'passed' || state.phase === 'failed') return state;
  switch (event.type) {
    case 'cancel':
      return { ...state, phase: 'failed', failure: 'cancelled', paused: false };
    case 'pause':
      return state.paused ? state : { ...state, paused: true };
    case 'resume':
      return state.paused ? resume(state, event.nowMs) : state;
    case 'extend':
      return extend(state, config);
    case 'challenges':
      return issueChallenges(state, event.challenges, config);
    case 'tick':
      if (state.paused) return state;
      return checkClock({ ...state, nowMs: Math.max(state.nowMs, event.nowMs) }, config);
    case 'frame':
      if (state.paused) return state;
      return onFrame(state, event.measurement, config);
  }
}

/** The completed actions with times relative to the start of the recording (for the evidence metadata). */
export function actionRecordsFrom(state: LivenessState, recordingStartMs: number): ActionRecord[] {
  return state.records.map((record) => ({
    ...record,
    startMs: Math.max(0, record.startMs - recordingStartMs),
    endMs: Math.max(0, record.endMs - recordingStartMs),
  }));
}

/** The current action, or null outside the challenge. */
export function currentChallenge(state: LivenessState): ChallengeKind | null {
  return state.phase === 'challenge' || state.phase === 'timed-out' ? (state.challenges?.[state.index] ?? null) : null;
}

/** The actions arrive (once only): a check waiting in 'ready' starts its first action now. */
function issueChallenges(state: LivenessState, challenges: readonly ChallengeKind[], config: LivenessConfig): LivenessState {
  if (state.challenges !== null) return state;
  const issued = { ...state, challenges: [...challenges] };
  return issued.phase === 'ready' ? beginChallenge(issued, config) : issued;
}

// ---------------------------------------------------------------------------------------------------------
// Events

/** Time spent paused does not count: every deadline moves by the pause's length, and partial movements restart. */
function resume(state: LivenessState, nowMs: number): LivenessState {
  const pausedMs = Math.max(0, nowMs - state.nowMs);
  const shift = (value: number | null): number | null => (value === null ? null : value + pausedMs);
  return {
    ...state,
    paused: false,
    nowMs: Math.max(state.nowMs, nowMs),
    actionStartedAtMs: shift(state.actionStartedAtMs),
    actionDeadlineMs: shift(state.actionDeadlineMs),
    lastFaceSeenMs: shift(state.lastFaceSeenMs),
    multipleFacesSinceMs: null,
    positionOkSinceMs: null,
    calibration: [],
    detector: idleDetector,
    // The next frame must not be compared with one from before the pause (the person may have moved).
    lastMeasurement: null,
    jumpReference: null,
    pendingJump: null,
  };
}

function extend(state: LivenessState, config: LivenessConfig): LivenessState {
  if (state.phase !== 'challenge' && state.phase !== 'timed-out') return state;
  return {
    ...state,
    phase: 'challenge',
    actionStartedAtMs: state.nowMs,
    actionDeadlineMs: state.nowMs + config.actionTimeoutMs,
    detector: idleDetector,
  };
}

function checkClock(state: LivenessState, config: LivenessConfig): LivenessState {
  if (state.phase !== 'challenge') return state;
  // Two missed frames of a 3 fps phone are most of a second: at least three intervals of grace.
  if (state.lastFaceSeenMs !== null && state.nowMs - state.lastFaceSeenMs > scaledMs(state, config.faceLostGraceMs, 3)) {
    return restart(state, 'face-lost');
  }
  if (state.actionDeadlineMs !== null && state.nowMs >= state.actionDeadlineMs) {
    return { ...state, phase: 'timed-out', detector: idleDetector };
  }
  return state;
}

function onFrame(state: LivenessState, measurement: FaceMeasurement, config: LivenessConfig): LivenessState {
  const nowMs = Math.max(state.nowMs, measurement.timestampMs);
  const timed = { ...state, nowMs, frameIntervalsMs: withInterval(state, measurement.timestampMs) };
  if (timed.phase === 'positioning') return { ...position(timed, measurement, config), lastMeasurement: measurement };
  if (timed.phase === 'ready') return { ...waitForChallenges(timed, measurement, config), lastMeasurement: measurement };
  if (timed.phase === 'timed-out') return { ...timed, lastMeasurement: measurement };
  return challenge(timed, measurement, config);
}

// ---------------------------------------------------------------------------------------------------------
// Positioning and calibration

function isCrowded(measurement: FaceMeasurement, config: LivenessConfig): boolean {
  return (
    measurement.faceCount >= 2 && (measurement.secondFaceRelativeWidth ?? 1) >= config.otherFaceMinRelativeWidth
  );
}

/** The first thing the person should change, or null when the position is good. */
export function positionHint(measurement: FaceMeasurement, config: LivenessConfig): PositionHint | null {
  if (isCrowded(measurement, config)) return 'one-person-only';
  const face = measurement.face;
  if (!face) return 'no-face';
  if (measurement.brightness < config.minBrightness) return 'too-dark';
  if (measurement.brightness > config.maxBrightness) return 'too-bright';
  const widthRatio = faceWidthRatio(face, measurement);
  if (widthRatio < config.minFaceWidthRatio) return 'move-closer';
  if (widthRatio > config.maxFaceWidthRatio) return 'move-back';
  if (centerOffsetRatio(face, measurement, config) > config.maxCenterOffsetRatio) return 'center-face';
  if (Math.abs(face.yawDeg) > config.maxPositionYawDeg || Math.abs(face.pitchDeg) > config.maxPositionPitchDeg) {
    return 'look-at-camera';
  }
  return null;
}

/** Face box width as a fraction of the frame's shorter side (so portrait and landscape frames compare). */
export function faceWidthRatio(face: MeasuredFace, measurement: FaceMeasurement): number {
  const shortSidePx = Math.min(measurement.frameWidthPx, measurement.frameHeightPx);
  return shortSidePx > 0 ? (face.box.width * measurement.frameWidthPx) / shortSidePx : 0;
}

/** Distance of the face centre from the oval centre, as a fraction of the frame's shorter side. */
export function centerOffsetRatio(face: MeasuredFace, measurement: FaceMeasurement, config: LivenessConfig): number {
  const shortSidePx = Math.min(measurement.frameWidthPx, measurement.frameHeightPx);
  if (shortSidePx <= 0) return 0;
  const dxPx = (face.box.x + face.box.width / 2 - config.ovalCenterX) * measurement.frameWidthPx;
  const dyPx = (face.box.y + face.box.height / 2 - config.ovalCenterY) * measurement.frameHeightPx;
  return Math.hypot(dxPx, dyPx) / shortSidePx;
}

function position(state: LivenessState, measurement: FaceMeasurement, config: LivenessConfig): LivenessState {
  const hint = positionHint(measurement, config);
  if (hint !== null) return { ...state, hint, positionOkSinceMs: null, calibration: [] };
  const okSinceMs = state.positionOkSinceMs ?? measurement.timestampMs;
  // Asked to close the mouth (or open the eyes): no frame counts until it is done, so the window then starts
  // with the first frame at rest.
  const waiting = stillNotAtRest(state.hint, measurement, config);
  if (waiting !== null) return { ...state, hint: waiting, positionOkSinceMs: okSinceMs, calibration: [] };
  const calibration = slideWindow([...state.calibration, measurement], config);
  const first = calibration[0];
  if (!isSteady(calibration, config)) {
    // Keep only the newest frame: the window starts again from here.
    return { ...state, hint: 'hold-still', positionOkSinceMs: measurement.timestampMs, calibration: [measurement] };
  }
  const spanMs = first ? measurement.timestampMs - first.timestampMs : 0;
  const ready = spanMs >= config.positionHoldMs && calibration.length >= config.calibrationMinFrames;
  if (!ready) return { ...state, hint: 'hold-still', positionOkSinceMs: okSinceMs, calibration };
  // Steady is not enough: a mouth held open or eyes held shut would become the "resting" face. Say so, and start
  // the window again once the face is at rest (a window only just tipped below the limit would still average the
  // open and the closed mouth).
  const notAtRest = restingFaceHint(calibration, config);
  if (notAtRest !== null) return { ...state, hint: notAtRest, positionOkSinceMs: okSinceMs, calibration: [] };
  const positioned: LivenessState = {
    ...state,
    hint: null,
    positionOkSinceMs: okSinceMs,
    calibration: [],
    baseline: computeBaseline(calibration),
    lastFaceSeenMs: state.nowMs,
    jumpReference: measurement,
    pendingJump: null,
  };
  // Waiting for the actions, the first calibration frame stays: it says since when the eyes were open and still.
  if (positioned.challenges === null) return { ...positioned, phase: 'ready', calibration: first ? [first] : [] };
  return beginChallenge(positioned, config, first?.timestampMs);
}

/**
 * Positioned and measured, the actions not issued yet (the caller is asking for them, for the frame rate
 * measured). The face must stay: moving out of place goes back to positioning (and new baselines).
 */
function waitForChallenges(state: LivenessState, measurement: FaceMeasurement, config: LivenessConfig): LivenessState {
  const hint = positionHint(measurement, config);
  if (hint === null) return { ...state, lastFaceSeenMs: state.nowMs };
  return { ...state, phase: 'positioning', hint, baseline: null, positionOkSinceMs: null, calibration: [] };
}

/** The first action's window opens. `restSinceMs`: since when the calibration window saw the eyes open and still. */
function beginChallenge(state: LivenessState, config: LivenessConfig, restSinceMs?: number): LivenessState {
  const started = startAction({ ...state, calibration: [] }, config);
  const first = started.challenges?.[started.index];
  const baseline = started.baseline;
  if (started.phase !== 'challenge' || (first !== 'blink' && first !== 'close-eyes') || !baseline) return started;
  // The calibration window proved the eyes open and steady, so a blink right after the prompt counts.
  const face = state.lastMeasurement?.face;
  return {
    ...started,
    detector: {
      ...started.detector,
      lastRestMs: state.nowMs,
      restSinceMs: restSinceMs ?? state.calibration[0]?.timestampMs ?? state.nowMs,
      restLevel: baseline.blinkScore,
      anchorYawDeg: face?.yawDeg ?? baseline.yawDeg,
      anchorPitchDeg: face?.pitchDeg ?? baseline.pitchDeg,
    },
  };
}

/**
 * The calibration window: the newest frames spanning at least positionHoldMs and holding at least
 * calibrationMinFrames. The oldest frame goes only while both still hold without it, so on a slow phone
 * (few frames a second) the window simply gets longer instead of never filling.
 */
function slideWindow(samples: readonly FaceMeasurement[], config: LivenessConfig): FaceMeasurement[] {
  const window = [...samples];
  const newestMs = window[window.length - 1]?.timestampMs ?? 0;
  while (window.length > config.calibrationMinFrames) {
    const second = window[1];
    if (!second || newestMs - second.timestampMs < config.positionHoldMs) break;
    window.shift();
  }
  return window;
}

function isSteady(samples: readonly FaceMeasurement[], config: LivenessConfig): boolean {
  const faces = samples.flatMap((sample) => (sample.face ? [sample.face] : []));
  const spread = (values: number[]): number => (values.length ? Math.max(...values) - Math.min(...values) : 0);
  const widths = faces.map((face) => face.box.width);
  const meanWidth = widths.reduce((sum, width) => sum + width, 0) / Math.max(1, widths.length);
  // The box must stay put too: the baselines must all come from one face, held still.
  const centreSpreadFaceWidths =
    meanWidth > 0
      ? Math.max(
          spread(faces.map((face) => face.box.x + face.box.width / 2)),
          spread(faces.map((face) => face.box.y + face.box.height / 2)) *
            ((samples[0]?.frameHeightPx ?? 1) / (samples[0]?.frameWidthPx ?? 1)),
        ) / meanWidth
      : 0;
  return (
    spread(faces.map(blinkMin)) <= config.calibrationMaxBlinkSpread &&
    spread(faces.map(blinkMax)) <= config.calibrationMaxBlinkSpread &&
    spread(faces.map((face) => face.yawDeg)) <= config.calibrationMaxYawSpreadDeg &&
    centreSpreadFaceWidths <= config.calibrationMaxBoxMoveFaceWidths &&
    Math.max(...widths) <= Math.min(...widths) * config.calibrationMaxBoxScaleRatio
  );
}

/**
 * 'close-mouth' or 'keep-eyes-open' when the calibration window shows an action held, not a resting face. The
 * median, so that a word said or a blink while holding still does not hold calibration up.
 */
function restingFaceHint(samples: readonly FaceMeasurement[], config: LivenessConfig): PositionHint | null {
  const faces = samples.flatMap((sample) => (sample.face ? [sample.face] : []));
  if (median(faces.map(mouthScore)) >= config.calibrationMaxMouthScore) return 'close-mouth';
  if (median(faces.map(blinkMin)) >= config.calibrationMaxBlinkScore) return 'keep-eyes-open';
  return null;
}

/** Once asked to close the mouth (or open the eyes): the request, while this frame still shows the mouth open (eyes shut). */
function stillNotAtRest(hint: PositionHint | null, measurement: FaceMeasurement, config: LivenessConfig): PositionHint | null {
  const face = measurement.face;
  if (!face) return null;
  if (hint === 'close-mouth' && mouthScore(face) >= config.calibrationMaxMouthScore) return hint;
  if (hint === 'keep-eyes-open' && blinkMin(face) >= config.calibrationMaxBlinkScore) return hint;
  return null;
}

function computeBaseline(samples: readonly FaceMeasurement[]): LivenessBaseline {
  const faces = samples.flatMap((sample) => (sample.face ? [sample.face] : []));
  const ears = faces.flatMap((face) => {
    const ear = meanEar(face);
    return ear === null ? [] : [ear];
  });
  const signatures = faces.flatMap((face) => (face.signature ? [face.signature] : []));
  const signatureLength = signatures[0]?.length ?? 0;
  const signature =
    signatures.length > 0 && signatures.every((item) => item.length === signatureLength)
      ? Array.from({ length: signatureLength }, (_, index) => median(signatures.map((item) => item[index] ?? 0)))
      : null;
  return {
    blinkScore: median(faces.map(blinkMin)),
    blinkMaxScore: median(faces.map(blinkMax)),
    eyeAspectRatio: ears.length > 0 ? median(ears) : null,
    mouthScore: median(faces.map(mouthScore)),
    yawDeg: median(faces.map((face) => face.yawDeg)),
    pitchDeg: median(faces.map((face) => face.pitchDeg)),
    signature,
  };
}

function startAction(state: LivenessState, config: LivenessConfig): LivenessState {
  if (state.index >= (state.challenges?.length ?? 0)) return { ...state, phase: 'passed', hint: null };
  return {
    ...state,
    phase: 'challenge',
    hint: null,
    actionStartedAtMs: state.nowMs,
    actionDeadlineMs: state.nowMs + config.actionTimeoutMs,
    detector: idleDetector,
  };
}

/** Back to positioning: all actions again, new baselines (the face may not be the same one). */
function restart(state: LivenessState, reason: RestartReason): LivenessState {
  return {
    ...state,
    phase: 'positioning',
    index: 0,
    hint: 'no-face',
    positionOkSinceMs: null,
    calibration: [],
    baseline: null,
    actionStartedAtMs: null,
    actionDeadlineMs: null,
    detector: idleDetector,
    records: [],
    restartReason: reason,
    restartCount: state.restartCount + 1,
    lastFaceSeenMs: null,
    multipleFacesSinceMs: null,
    signatureMismatchFrames: 0,
    jumpReference: null,
    pendingJump: null,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The challenge

function challenge(state: LivenessState, measurement: FaceMeasurement, config: LivenessConfig): LivenessState {
  const baseline = state.baseline;
  if (!baseline) return { ...restart(state, 'face-lost'), lastMeasurement: measurement };

  if (isCrowded(measurement, config)) {
    const sinceMs = state.multipleFacesSinceMs ?? measurement.timestampMs;
    if (state.nowMs - sinceMs >= config.multipleFacesGraceMs) {
      return { ...state, phase: 'failed', failure: 'multiple-faces', hint: 'one-person-only', lastMeasurement: measurement };
    }
    return { ...state, multipleFacesSinceMs: sinceMs, hint: 'one-person-only', lastMeasurement: measurement };
  }

  const face = measurement.face;
  if (!face) {
    const lost = checkClock({ ...state, multipleFacesSinceMs: null, hint: 'no-face' }, config);
    return { ...lost, lastMeasurement: measurement };
  }

  const intervalMs = frameIntervalMs(state);
  if (state.jumpReference && isIdentityJump(state.jumpReference, measurement, config, intervalMs)) {
    // One odd frame can be a detector glitch (a hand passing, a bad fit): the face must stay at the new
    // place for a second frame before we call it a different face.
    if (state.pendingJump && !isIdentityJump(state.pendingJump, measurement, config, intervalMs)) {
      return { ...restart(state, 'identity-changed'), lastMeasurement: measurement };
    }
    return { ...state, pendingJump: measurement, lastFaceSeenMs: state.nowMs, lastMeasurement: measurement };
  }
  const signatureMismatchFrames = nextSignatureMismatch(state, face, baseline, config);
  if (signatureMismatchFrames >= config.signatureMismatchFrames) {
    return { ...restart(state, 'identity-changed'), lastMeasurement: measurement };
  }

  const kind = state.challenges?.[state.index];
  const seen: LivenessState = {
    ...state,
    hint: actionHint(measurement, face, config),
    lastFaceSeenMs: state.nowMs,
    multipleFacesSinceMs: null,
    signatureMismatchFrames,
    lastMeasurement: measurement,
    jumpReference: measurement,
    pendingJump: null,
  };
  if (kind === undefined) return { ...seen, phase: 'passed' };

  const step = detectAction(kind, seen.detector, face, baseline, state.nowMs, config, frameIntervalMs(state));
  if (!step.done) return checkClock({ ...seen, detector: step.detector }, config);

  const record: ActionRecord = { kind, startMs: step.done.startMs, endMs: step.done.endMs, peakScore: step.done.peak };
  const completed: LivenessState = {
    ...seen,
    records: [...seen.records, record],
    lastSuccess: { kind, atMs: state.nowMs, seq: (seen.lastSuccess?.seq ?? 0) + 1 },
    index: seen.index + 1,
  };
  return startAction(completed, config);
}

/**
 * During an action only the hints that matter while moving: light and distance. (Turning moves the face off
 * centre and away from the camera on purpose.)
 */
function actionHint(measurement: FaceMeasurement, face: MeasuredFace, config: LivenessConfig): PositionHint | null {
  if (measurement.brightness < config.minBrightness) return 'too-dark';
  const widthRatio = faceWidthRatio(face, measurement);
  // 20 % slack: a face at the positioning limit must not make the hint flicker while it moves.
  if (widthRatio < config.minFaceWidthRatio * 0.8) return 'move-closer';
  if (widthRatio > config.maxFaceWidthRatio) return 'move-back';
  return null;
}

function isIdentityJump(previous: FaceMeasurement, measurement: FaceMeasurement, config: LivenessConfig, intervalMs: number): boolean {
  const previousFace = previous.face;
  const face = measurement.face;
  if (!previousFace || !face) return false;
  const gapMs = measurement.timestampMs - previous.timestampMs;
  if (gapMs < 0 || gapMs > config.jumpCheckMaxGapMs) return false;
  // Movement allowed grows with the gap, up to what a person holding a phone can do in 0.2 s: after a short
  // loss of the face the same person is still about where they were.
  // (On a slow phone consecutive frames are further apart than that, and a person moves further between them.)
  const per100Ms = Math.min(Math.max(gapMs, 33), Math.max(200, intervalMs)) / 100;
  const widthPx = previousFace.box.width * measurement.frameWidthPx;
  if (widthPx <= 0) return false;
  const centre = (box: MeasuredFace['box']): [number, number] => [
    (box.x + box.width / 2) * measurement.frameWidthPx,
    (box.y + box.height / 2) * measurement.frameHeightPx,
  ];
  const [x0, y0] = centre(previousFace.box);
  const [x1, y1] = centre(face.box);
  const moveFaceWidths = Math.hypot(x1 - x0, y1 - y0) / widthPx;
  if (moveFaceWidths > config.maxBoxJumpFaceWidthsPer100Ms * per100Ms) return true;
  const w0 = previousFace.box.width;
  const w1 = face.box.width;
  if (w0 <= 0 || w1 <= 0) return false;
  const scaleRatio = Math.max(w1 / w0, w0 / w1);
  return scaleRatio > 1 + (config.maxBoxScaleJumpRatioPer100Ms - 1) * per100Ms;
}

function nextSignatureMismatch(
  state: LivenessState,
  face: MeasuredFace,
  baseline: LivenessBaseline,
  config: LivenessConfig,
): number {
  const reference = baseline.signature;
  const signature = face.signature;
  if (!reference || !signature || reference.length !== signature.length || reference.length === 0) return 0;
  const offAxis =
    Math.abs(face.yawDeg - baseline.yawDeg) > config.signatureMaxAngleDeg ||
    Math.abs(face.pitchDeg - baseline.pitchDeg) > config.signatureMaxAngleDeg;
  if (offAxis) return state.signatureMismatchFrames; // not comparable; neither evidence for nor against
  let total = 0;
  reference.forEach((value, index) => {
    total += value === 0 ? 0 : Math.abs((signature[index] ?? 0) - value) / Math.abs(value);
  });
  const meanDiff = total / reference.length;
  return meanDiff > config.maxSignatureRelativeDiff ? state.signatureMismatchFrames + 1 : 0;
}

// ---------------------------------------------------------------------------------------------------------
// Action detectors: each sees one frame and returns its next state, and when the action is complete its times.

type DetectorStep = {
  readonly detector: ActionDetectorState;
  readonly done: { readonly startMs: number; readonly endMs: number; readonly peak: number } | null;
};

function detectAction(
  kind: ChallengeKind,
  detector: ActionDetectorState,
  face: MeasuredFace,
  baseline: LivenessBaseline,
  nowMs: number,
  config: LivenessConfig,
  intervalMs: number,
): DetectorStep {
  switch (kind) {
    case 'blink':
      return detectBlink(detector, face, baseline, nowMs, config, intervalMs);
    case 'close-eyes':
      return detectCloseEyes(detector, face, baseline, nowMs, config, intervalMs);
    case 'mouth-open':
      return detectMouthOpen(detector, face, baseline, nowMs, config);
    case 'turn-left':
      return detectTurn(detector, face.yawDeg - baseline.yawDeg, face.yawDeg, nowMs, config);
    case 'turn-right':
      return detectTurn(detector, baseline.yawDeg - face.yawDeg, -face.yawDeg, nowMs, config);
  }
}

/**
 * A blink is a quick spike of BOTH eyes: from rest (both eyes near their baseline), closed within
 * blinkMaxOnsetMs, open again within blinkMaxClosedMs, and still open blinkReopenConfirmMs later. Using the
 * min of both eyes keeps winks out; the onset and closure limits keep out downcast eyes, frowns and a long
 * deliberate closure (decision: a closure longer than blinkMaxClosedMs is not a blink, because downcast eyes
 * look exactly like it; the person is simply asked to blink again).
 */
/** How closed both eyes are against the person's own open eyes: what the blink and close-eyes detectors share. */
function readEyes(face: MeasuredFace, baseline: LivenessBaseline, configuredEnterDelta: number, config: LivenessConfig) {
  const level = blinkMin(face);
  const riseMin = level - baseline.blinkScore;
  const riseMax = blinkMax(face) - baseline.blinkMaxScore;
  const headroom = Math.max(0, 1 - baseline.blinkScore);
  const enterDelta = Math.min(configuredEnterDelta, headroom * config.blinkEnterHeadroomFraction);
  const exitDelta = enterDelta * (config.blinkExitDelta / config.blinkEnterDelta);
  const ear = meanEar(face);
  const earDrop =
    ear !== null && baseline.eyeAspectRatio !== null && baseline.eyeAspectRatio > 0
      ? 1 - ear / baseline.eyeAspectRatio
      : null;
  // The eye landmarks help where the blendshape has little headroom (drooping lids): a clear EAR drop with
  // at least half the blendshape rise also counts as closed.
  const closed =
    riseMin >= enterDelta || (earDrop !== null && earDrop >= config.blinkEnterEarDropRatio && riseMin >= enterDelta / 2);
  const open = riseMin < exitDelta && (earDrop === null || earDrop < config.blinkExitEarDropRatio);
  const rest = open && riseMin < config.blinkRestDelta && riseMax < config.blinkRestDelta;
  // Eye blendshapes of a turned or tilted head are unreliable (real-03 shows +0.28 "closures" at 30° yaw).
  const frontal =
    Math.abs(face.yawDeg - baseline.yawDeg) <= config.blinkMaxAngleDeg &&
    Math.abs(face.pitchDeg - baseline.pitchDeg) <= config.blinkMaxAngleDeg;
  return { level, closed, open, rest, frontal };
}

/** A resting frame: the eyes are open and still, so a closing that follows starts from here. */
function eyesAtRest(detector: ActionDetectorState, face: MeasuredFace, level: number, nowMs: number, maxOnsetMs: number): ActionDetectorState {
  // A resting stretch goes on through short dips (a blink's own closing frames pass through "half
  // closed"); a longer time away from rest (a squint, a smile) starts a new one.
  const continues = detector.lastRestMs !== null && nowMs - detector.lastRestMs <= maxOnsetMs;
  const restSinceMs = continues && detector.restSinceMs !== null ? detector.restSinceMs : nowMs;
  return {
    ...detector,
    lastRestMs: nowMs,
    restSinceMs,
    mustResetFirst: false,
    restLevel: level,
    anchorYawDeg: face.yawDeg,
    anchorPitchDeg: face.pitchDeg,
  };
}

/** The eyes closed now: was it a deliberate closing, straight from a rest long enough and quick enough? */
function closesFromRest(detector: ActionDetectorState, nowMs: number, maxOnsetMs: number, config: LivenessConfig): boolean {
  const restedLongEnough =
    detector.restSinceMs !== null && detector.lastRestMs !== null && detector.lastRestMs - detector.restSinceMs >= config.blinkMinRestBeforeMs;
  return !detector.mustResetFirst && restedLongEnough && detector.lastRestMs !== null && nowMs - detector.lastRestMs <= maxOnsetMs;
}

function detectBlink(
  detector: ActionDetectorState,
  face: MeasuredFace,
  baseline: LivenessBaseline,
  nowMs: number,
  config: LivenessConfig,
  intervalMs: number,
): DetectorStep {
  const { level, closed, open, rest, frontal } = readEyes(face, baseline, config.blinkEnterDelta, config);
  if (!frontal) return { detector: { ...idleDetector, mustResetFirst: true }, done: null };
  // At a few frames a second the last open frame can be a whole interval before the lids start to move, and
  // a 150 ms blink shows up as one closed frame between two open ones: the windows widen with the interval.
  const maxOnsetMs = Math.max(config.blinkMaxOnsetMs, 2 * intervalMs);
  const maxClosedMs = Math.max(config.blinkMaxClosedMs, 2 * intervalMs);

  if (detector.endedAtMs !== null && detector.activeSinceMs !== null) {
    const backToRest = level - detector.restLevel <= config.blinkReturnDelta;
    if (closed || !backToRest) {
      return { detector: { ...idleDetector, lastRestMs: detector.lastRestMs, mustResetFirst: true }, done: null };
    }
    if (nowMs - detector.endedAtMs >= config.blinkReopenConfirmMs) {
      return {
        detector: { ...idleDetector, lastRestMs: nowMs },
        done: { startMs: detector.activeSinceMs, endMs: detector.endedAtMs, peak: detector.peak },
      };
    }
    return { detector, done: null };
  }
  if (detector.activeSinceMs !== null) {
    const peak = Math.max(detector.peak, level);
    if (nowMs - detector.activeSinceMs >= maxClosedMs) {
      return { detector: { ...idleDetector, lastRestMs: detector.lastRestMs, mustResetFirst: true }, done: null };
    }
    if (open) return { detector: { ...detector, peak, held: true, endedAtMs: nowMs }, done: null };
    return { detector: { ...detector, peak }, done: null };
  }
  if (rest) return { detector: eyesAtRest(detector, face, level, nowMs, maxOnsetMs), done: null };
  if (closed) {
    if (closesFromRest(detector, nowMs, maxOnsetMs, config)) {
      return { detector: { ...detector, activeSinceMs: nowMs, peak: level, held: false }, done: null };
    }
    return { detector: { ...detector, mustResetFirst: true }, done: null };
  }
  return { detector, done: null };
}

/**
 * Close-eyes, the slow phone's eye action ("close your eyes for a second, then open them"): both eyes go
 * from rest to shut within closeEyesMaxOnsetMs, stay shut for at least closeEyesMinClosedMs (longer than any
 * blink, so a phone that sees few frames still sees it) and at most closeEyesMaxClosedMs, with the head
 * still (looking down also lowers the lids, but moves the head), then open again to where they were.
 * `held` turns true once shut long enough: the screen and voice then say "open your eyes".
 */
function detectCloseEyes(
  detector: ActionDetectorState,
  face: MeasuredFace,
  baseline: LivenessBaseline,
  nowMs: number,
  config: LivenessConfig,
  intervalMs: number,
): DetectorStep {
  const { level, closed, open, rest, frontal } = readEyes(face, baseline, config.closeEyesEnterDelta, config);
  const tryAgain = { detector: { ...idleDetector, lastRestMs: detector.lastRestMs, mustResetFirst: true }, done: null };
  if (!frontal) return tryAgain;
  const maxOnsetMs = Math.max(config.closeEyesMaxOnsetMs, 2 * intervalMs);
  const minClosedMs = Math.max(config.closeEyesMinClosedMs, 2 * intervalMs);

  if (detector.endedAtMs !== null && detector.activeSinceMs !== null) {
    const backToRest = level - detector.restLevel <= config.blinkReturnDelta;
    if (closed || !backToRest) return tryAgain;
    if (nowMs - detector.endedAtMs >= config.blinkReopenConfirmMs) {
      return {
        detector: { ...idleDetector, lastRestMs: nowMs },
        done: { startMs: detector.activeSinceMs, endMs: detector.endedAtMs, peak: detector.peak },
      };
    }
    return { detector, done: null };
  }
  if (detector.activeSinceMs !== null) {
    const headMoved =
      (detector.anchorYawDeg !== null && Math.abs(face.yawDeg - detector.anchorYawDeg) > config.closeEyesMaxHeadMoveDeg) ||
      (detector.anchorPitchDeg !== null && Math.abs(face.pitchDeg - detector.anchorPitchDeg) > config.closeEyesMaxHeadMoveDeg);
    if (headMoved || nowMs - detector.activeSinceMs > config.closeEyesMaxClosedMs) return tryAgain;
    const peak = Math.max(detector.peak, level);
    if (open) {
      // Opened too soon (a blink): not yet, but the eyes are at rest again, so a new closing may start at once.
      if (!detector.held) return { detector: eyesAtRest({ ...idleDetector, lastRestMs: detector.lastRestMs }, face, level, nowMs, maxOnsetMs), done: null };
      return { detector: { ...detector, peak, endedAtMs: nowMs }, done: null };
    }
    const held = detector.held || nowMs - detector.activeSinceMs >= minClosedMs;
    return { detector: { ...detector, peak, held }, done: null };
  }
  if (rest) return { detector: eyesAtRest(detector, face, level, nowMs, maxOnsetMs), done: null };
  if (closed) {
    if (closesFromRest(detector, nowMs, maxOnsetMs, config)) {
      return { detector: { ...detector, activeSinceMs: nowMs, peak: level, held: false }, done: null };
    }
    return { detector: { ...detector, mustResetFirst: true }, done: null };
  }
  return { detector, done: null };
}

/**
 * Mouth open: the mouth score rises mouthEnterDelta above the person's closed-mouth baseline, stays above
 * mouthExitDelta for mouthMinOpenMs (speech never does), then closes again.
 */
function detectMouthOpen(
  detector: ActionDetectorState,
  face: MeasuredFace,
  baseline: LivenessBaseline,
  nowMs: number,
  config: LivenessConfig,
): DetectorStep {
  const rise = mouthScore(face) - baseline.mouthScore;
  return detectHeld(detector, rise, rise >= config.mouthEnterDelta, rise < config.mouthExitDelta, config.mouthMinOpenMs, nowMs, mouthScore(face));
}

/**
 * Head turn: `towardsDeg` is the yaw from the straight-ahead baseline towards the asked side, `absoluteDeg`
 * the yaw from facing the camera towards that side (both negative on the wrong side, which never counts).
 * Both beyond turnEnterDeg (a baseline taken while the head was tilted must not shorten the turn), for
 * turnMinHoldMs, then back within turnReturnDeg of the baseline.
 */
function detectTurn(
  detector: ActionDetectorState,
  towardsDeg: number,
  absoluteDeg: number,
  nowMs: number,
  config: LivenessConfig,
): DetectorStep {
  return detectHeld(
    detector,
    towardsDeg,
    towardsDeg >= config.turnEnterDeg && absoluteDeg >= config.turnEnterDeg,
    Math.abs(towardsDeg) < config.turnReturnDeg,
    config.turnMinHoldMs,
    nowMs,
    towardsDeg,
  );
}

/** Shared shape of mouth-open and turns: rest → enter → held long enough → back to rest. */
function detectHeld(
  detector: ActionDetectorState,
  signal: number,
  entered: boolean,
  atRest: boolean,
  minHoldMs: number,
  nowMs: number,
  peakValue: number,
): DetectorStep {
  if (detector.activeSinceMs === null) {
    if (atRest) return { detector: { ...detector, lastRestMs: nowMs, mustResetFirst: false }, done: null };
    // Entering requires having been at rest since the window opened: a face that is already turned or
    // open when the action starts must first come back.
    if (entered && detector.lastRestMs !== null && !detector.mustResetFirst) {
      return { detector: { ...detector, activeSinceMs: nowMs, peak: peakValue, held: false }, done: null };
    }
    return { detector, done: null };
  }
  const peak = Math.max(detector.peak, peakValue);
  if (atRest) {
    if (detector.held) {
      return { detector: { ...idleDetector, lastRestMs: nowMs }, done: { startMs: detector.activeSinceMs, endMs: nowMs, peak } };
    }
    return { detector: { ...idleDetector, lastRestMs: nowMs }, done: null };
  }
  const held = detector.held || (nowMs - detector.activeSinceMs >= minHoldMs && signal > 0);
  return { detector: { ...detector, peak, held }, done: null };
}

// ---------------------------------------------------------------------------------------------------------
// Signals

export function blinkMin(face: MeasuredFace): number {
  return Math.min(face.eyeBlinkLeft, face.eyeBlinkRight);
}

export function blinkMax(face: MeasuredFace): number {
  return Math.max(face.eyeBlinkLeft, face.eyeBlinkRight);
}

export function mouthScore(face: MeasuredFace): number {
  return face.jawOpen - face.mouthClose;
}

function meanEar(face: MeasuredFace): number | null {
  const { eyeAspectRatioLeft: left, eyeAspectRatioRight: right } = face;
  if (left === null || right === null) return null;
  return (left + right) / 2;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
