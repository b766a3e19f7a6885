import type { ChallengeKind } from './challenge';
import type { LivenessConfig } from './liveness-config';
import type { LivenessFailureCode, LivenessPhase, LivenessState, PositionHint, RestartReason } from './liveness-engine';
import { blinkMin, centerOffsetRatio, mouthScore, positionHint } from './liveness-engine';

/** What the screen asks for: an action, or a change of position. The UI maps it to an i18n key and a spoken prompt. */
export type LivenessPrompt = ChallengeKind | PositionHint;

export type LivenessView = {
  /** 'paused' while paused, whatever the phase underneath. */
  readonly phase: LivenessPhase | 'paused';
  /** null once passed or failed. */
  readonly prompt: LivenessPrompt | null;
  /** The positioning hint (also shown during an action when the face is lost or it is too dark), or null. */
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
  /**
   * The action's main part is done and the engine waits for the way back (mouth closed again, facing the
   * camera again): the UI can say 好，请合上嘴 / 好，请转回来.
   */
  readonly awaitingReturn: boolean;
  /** 0..1: how far the "hold still" step of positioning has got. */
  readonly positionProgress: number;
  /** True for a moment after an action succeeded. */
  readonly justSucceeded: boolean;
  /** Increases by one with each success: fire the tick/sound/vibration when it changes. */
  readonly successCount: number;
  readonly lastSucceededKind: ChallengeKind | null;
  /** Why the check stopped ('action-timeout' while waiting for 再试一次). */
  readonly failureReason: LivenessFailureCode | 'action-timeout' | null;
  /** Why the check went back to positioning (shown kindly while positioning again), or null. */
  readonly restartReason: RestartReason | null;
  /** Whether 再试一次 (the `extend` event) makes sense now. */
  readonly canExtend: boolean;
  /**
   * 0..1 quality of the latest frame as the person's photo: eyes open, straight ahead, mouth closed, centred,
   * lit, sharp enough. 0 when it must not be used. The runtime keeps the frame with the highest value.
   */
  readonly frameQuality: number;
};

/** `config` defaults to the one the state was created with. */
export function toLivenessView(state: LivenessState, config: LivenessConfig = state.config): LivenessView {
  const inAction = state.phase === 'challenge' || state.phase === 'timed-out';
  const current = inAction ? (state.challenges?.[state.index] ?? null) : null;
  const actionCount = state.challenges?.length ?? 0;
  const timeLeftMs =
    state.phase === 'challenge' && state.actionDeadlineMs !== null
      ? Math.max(0, state.actionDeadlineMs - state.nowMs)
      : state.phase === 'timed-out'
        ? 0
        : null;
  const firstCalibrationMs = state.calibration[0]?.timestampMs;
  const positionProgress =
    state.phase === 'positioning' && state.hint === 'hold-still' && firstCalibrationMs !== undefined && config.positionHoldMs > 0
      ? clamp01((state.nowMs - firstCalibrationMs) / config.positionHoldMs)
      : state.phase === 'positioning'
        ? 0
        : 1;
  const success = state.lastSuccess;
  return {
    phase: state.paused ? 'paused' : state.phase,
    prompt: state.phase === 'positioning' ? (state.hint ?? 'hold-still') : state.phase === 'ready' ? 'hold-still' : current,
    hint: state.hint,
    actionIndex: Math.min(state.index, Math.max(0, actionCount - 1)),
    actionNumber: Math.min(state.index + 1, actionCount),
    actionCount,
    completedCount: state.records.length,
    actionTimeLeftMs: timeLeftMs,
    timeWarning: timeLeftMs !== null && timeLeftMs <= config.actionTimeWarningMs,
    awaitingReturn: state.phase === 'challenge' && current !== 'blink' && state.detector.held,
    positionProgress,
    justSucceeded: success !== null && state.nowMs - success.atMs <= config.successDisplayMs,
    successCount: success?.seq ?? 0,
    lastSucceededKind: success?.kind ?? null,
    failureReason: state.phase === 'timed-out' ? 'action-timeout' : state.failure,
    restartReason: state.phase === 'positioning' ? state.restartReason : null,
    canExtend: state.phase === 'challenge' || state.phase === 'timed-out',
    frameQuality: frameQuality(state, config),
  };
}

/**
 * How good the latest frame is as the person's photo. Needs the baselines (eyes and mouth are judged against
 * the person's own resting face), so it is 0 until calibration is done.
 */
export function frameQuality(state: LivenessState, config: LivenessConfig = state.config): number {
  const measurement = state.lastMeasurement;
  const baseline = state.baseline;
  const face = measurement?.face;
  if (!measurement || !face || !baseline || state.phase === 'failed') return 0;
  const hint = positionHint(measurement, config);
  if (hint === 'one-person-only' || hint === 'no-face' || hint === 'too-dark') return 0;
  if (blinkMin(face) - baseline.blinkScore >= config.blinkExitDelta) return 0; // eyes (half) closed
  if (mouthScore(face) - baseline.mouthScore >= config.mouthExitDelta) return 0; // mouth open
  const angleDeg = Math.max(Math.abs(face.yawDeg), Math.abs(face.pitchDeg));
  const angleScore = 1 - angleDeg / config.photoMaxAngleDeg;
  if (angleScore <= 0) return 0;
  const centreScore = 1 - centerOffsetRatio(face, measurement, config) / (2 * config.maxCenterOffsetRatio);
  const sharpness = measurement.sharpness ?? 1;
  const lightScore = hint === 'too-bright' ? 0.5 : 1;
  return clamp01(angleScore) * clamp01(0.5 + centreScore / 2) * clamp01(sharpness) * lightScore;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0;
}
