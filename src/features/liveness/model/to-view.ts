import type { ChallengeKind } from './challenge';
import type { LivenessFailureCode, LivenessPhase, LivenessState, PositionHint, RestartReason } from './liveness-engine';

/** What the screen asks for: an action, or a change of position. The UI maps it to an i18n key and a spoken prompt. */
export type LivenessPrompt = ChallengeKind | PositionHint;

export type LivenessView = {
  /** 'paused' while paused, whatever the phase underneath. */
  readonly phase: LivenessPhase | 'paused';
  /** null once passed or failed. */
  readonly prompt: LivenessPrompt | null;
  /** The positioning hint (also shown during an action when the face is lost or off), or null. */
  readonly hint: PositionHint | null;
  /** 0-based index of the current action; actionNumber = index + 1 (第 1 个动作 / 共 3 个). */
  readonly actionIndex: number;
  readonly actionNumber: number;
  readonly actionCount: number;
  readonly completedCount: number;
  /** Time left for the current action, or null outside an action. */
  readonly actionTimeLeftMs: number | null;
  /** True when the window is about to end (the UI warns: no timeout without warning). */
  readonly timeWarning: boolean;
  /** 0..1: how far the "hold still" step of positioning has got. */
  readonly positionProgress: number;
  /** True for a moment after an action succeeded. */
  readonly justSucceeded: boolean;
  /** Increases by one with each success: fire the tick/sound/vibration when it changes. */
  readonly successCount: number;
  readonly lastSucceededKind: ChallengeKind | null;
  /** Why the check stopped ('action-timeout' while waiting for 再试一次). */
  readonly failureReason: LivenessFailureCode | 'action-timeout' | null;
  /** Why the check went back to positioning (shown once, kindly), or null. */
  readonly restartReason: RestartReason | null;
  /** Whether 再试一次 (the `extend` event) makes sense now. */
  readonly canExtend: boolean;
  /**
   * 0..1 quality of the latest frame as the person's photo: eyes open, straight ahead, centred, sharp enough.
   * 0 when it must not be used. The runtime keeps the frame with the highest value.
   */
  readonly frameQuality: number;
};

export function toLivenessView(state: LivenessState): LivenessView {
  return {
    phase: state.paused ? 'paused' : state.phase,
    prompt: state.phase === 'positioning' ? state.hint : (state.challenges[state.index] ?? null),
    hint: state.hint,
    actionIndex: state.index,
    actionNumber: state.index + 1,
    actionCount: state.challenges.length,
    completedCount: state.records.length,
    actionTimeLeftMs: null,
    timeWarning: false,
    positionProgress: 0,
    justSucceeded: false,
    successCount: state.lastSuccess?.seq ?? 0,
    lastSucceededKind: state.lastSuccess?.kind ?? null,
    failureReason: state.failure,
    restartReason: state.restartReason,
    canExtend: false,
    frameQuality: 0,
  };
}
