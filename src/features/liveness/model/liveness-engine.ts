import type { ChallengeKind } from './challenge';
import type { ActionRecord } from './evidence';
import type { LivenessConfig } from './liveness-config';
import type { FaceMeasurement } from './measure-face';

/**
 * positioning: getting one face into the oval and measuring the person's own baselines.
 * challenge: doing the actions one by one.
 * timed-out: the current action's window ran out; `extend` (再试一次) opens a fresh one.
 * passed / failed: the end (failed only for multiple faces or cancel; everything else can be retried).
 */
export type LivenessPhase = 'positioning' | 'challenge' | 'timed-out' | 'passed' | 'failed';

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
  | 'hold-still';

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
  | { readonly type: 'cancel' };

/** The person's own resting face, measured while positioning. */
export type LivenessBaseline = {
  /** Median blink score, min of both eyes (0..1). Drooping lids give a high one. */
  readonly blinkScore: number;
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
  /** When the signal last left the enter threshold in the wrong way (e.g. too long a closure): must reset first. */
  readonly mustResetFirst: boolean;
  /** Whether the action's main part (held long enough) is done and only the return is awaited. */
  readonly held: boolean;
  /** Strongest signal seen in the current attempt, in the action's own unit. */
  readonly peak: number;
};

export type LivenessSuccess = { readonly kind: ChallengeKind; readonly atMs: number; readonly seq: number };

export type LivenessState = {
  readonly phase: LivenessPhase;
  readonly paused: boolean;
  readonly challenges: readonly ChallengeKind[];
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
};

const idleDetector: ActionDetectorState = { activeSinceMs: null, mustResetFirst: false, held: false, peak: 0 };

export function createLivenessState(
  challenges: readonly ChallengeKind[],
  _config: LivenessConfig,
  nowMs: number,
): LivenessState {
  return {
    phase: 'positioning',
    paused: false,
    challenges: [...challenges],
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
  };
}

/** The engine: a reducer. No timers and no I/O; time comes only from events. */
export function stepLiveness(state: LivenessState, event: LivenessEvent, _config: LivenessConfig): LivenessState {
  if (event.type === 'cancel') return { ...state, phase: 'failed', failure: 'cancelled' };
  return state;
}

/** The completed actions with times relative to the start of the recording (for the evidence metadata). */
export function actionRecordsFrom(state: LivenessState, recordingStartMs: number): ActionRecord[] {
  return state.records.map((record) => ({
    ...record,
    startMs: Math.max(0, record.startMs - recordingStartMs),
    endMs: Math.max(0, record.endMs - recordingStartMs),
  }));
}
