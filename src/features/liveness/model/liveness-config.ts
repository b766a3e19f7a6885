/**
 * Every threshold of the liveness engine, with its unit in its name. Numbers quoted in the comments come from
 * the MediaPipe traces in shared/testdata/faces/traces (see the README there); "blink score" is the blendshape
 * eyeBlink, "mouth score" is jawOpen − mouthClose.
 */
export type LivenessConfig = {
  // ---- positioning ----
  /** Face box width / the frame's shorter side, below which we ask the person to come closer. */
  readonly minFaceWidthRatio: number;
  /** ... above which we ask them to move back (part of the face would leave the frame when turning). */
  readonly maxFaceWidthRatio: number;
  /** Where the oval's centre is, normalized to the unmirrored frame. */
  readonly ovalCenterX: number;
  readonly ovalCenterY: number;
  /** Largest distance of the face centre from the oval centre, as a fraction of the frame's shorter side. */
  readonly maxCenterOffsetRatio: number;
  /** Mean luma 0..255 below which we say it is too dark. */
  readonly minBrightness: number;
  /** Mean luma 0..255 above which the face is washed out. */
  readonly maxBrightness: number;
  /** Largest |yaw| and |pitch| that still count as looking at the camera while positioning. */
  readonly maxPositionYawDeg: number;
  readonly maxPositionPitchDeg: number;
  /** How long a good position must be held before the first action (also the calibration window). */
  readonly positionHoldMs: number;
  /** Frames needed in the calibration window for the personal baselines. */
  readonly calibrationMinFrames: number;
  /** Largest spread (max − min) of the blink score in the calibration window: more means the eyes were moving. */
  readonly calibrationMaxBlinkSpread: number;

  // ---- the check as a whole ----
  /** Time window for each action; the person can ask for a fresh one (再试一次). */
  readonly actionTimeoutMs: number;
  /** The view warns this long before an action's window ends. */
  readonly actionTimeWarningMs: number;
  /** A face missing for longer than this restarts the check from positioning. */
  readonly faceLostGraceMs: number;
  /** Two faces for longer than this stop the check. */
  readonly multipleFacesGraceMs: number;
  /** A second face narrower than this fraction of the main face is ignored (e.g. photos on the wall behind). */
  readonly otherFaceMinRelativeWidth: number;
  /** How long the view reports that an action just succeeded (for a tick, sound or vibration). */
  readonly successDisplayMs: number;

  // ---- identity jumps ----
  /** Largest plausible move of the face centre between two frames, in face widths per 100 ms. */
  readonly maxBoxJumpFaceWidthsPer100Ms: number;
  /** Largest plausible change of face width between two frames, as a ratio (larger/smaller) per 100 ms. */
  readonly maxBoxScaleJumpRatioPer100Ms: number;
  /** Largest mean relative difference between the face signature and the calibrated one. */
  readonly maxSignatureRelativeDiff: number;
  /** Consecutive frames with a signature mismatch before we call it a different face. */
  readonly signatureMismatchFrames: number;

  // ---- blink ----
  /** Blink score (min of both eyes) rise above the personal baseline that starts a blink. */
  readonly blinkEnterDelta: number;
  /** Rise above baseline under which the eyes count as open again (hysteresis: lower than enter). */
  readonly blinkExitDelta: number;
  /** Longest closure that still counts as a blink. */
  readonly blinkMaxClosedMs: number;
  /** Eye-aspect-ratio drop below the personal baseline, as a fraction of it, that starts a blink (landmarks only). */
  readonly blinkEnterEarDropRatio: number;
  readonly blinkExitEarDropRatio: number;

  // ---- mouth open ----
  /** Mouth score (jawOpen − mouthClose) above the personal baseline that starts a mouth opening. */
  readonly mouthEnterDelta: number;
  /** Below this rise above baseline the mouth counts as closed again. */
  readonly mouthExitDelta: number;
  /** How long the mouth must stay open. */
  readonly mouthMinOpenMs: number;

  // ---- head turn ----
  /** Yaw away from the personal straight-ahead baseline, on the asked side, that counts as turned. */
  readonly turnEnterDeg: number;
  /** Back within this many degrees of the baseline counts as facing the camera again. */
  readonly turnReturnDeg: number;
  /** How long the turn must be held. */
  readonly turnMinHoldMs: number;

  // ---- best frame ----
  /** Largest |yaw|/|pitch| for a frame to be kept as the frontal photo. */
  readonly photoMaxAngleDeg: number;
};

export const defaultLivenessConfig: LivenessConfig = {
  minFaceWidthRatio: 0.3,
  maxFaceWidthRatio: 0.9,
  ovalCenterX: 0.5,
  ovalCenterY: 0.5,
  maxCenterOffsetRatio: 0.2,
  minBrightness: 50,
  maxBrightness: 235,
  maxPositionYawDeg: 15,
  maxPositionPitchDeg: 20,
  positionHoldMs: 500,
  calibrationMinFrames: 6,
  calibrationMaxBlinkSpread: 0.3,

  actionTimeoutMs: 20_000,
  actionTimeWarningMs: 5_000,
  faceLostGraceMs: 1_000,
  multipleFacesGraceMs: 300,
  otherFaceMinRelativeWidth: 0.4,
  successDisplayMs: 1_200,

  maxBoxJumpFaceWidthsPer100Ms: 1,
  maxBoxScaleJumpRatioPer100Ms: 1.5,
  maxSignatureRelativeDiff: 0.12,
  signatureMismatchFrames: 5,

  blinkEnterDelta: 0.3,
  blinkExitDelta: 0.15,
  blinkMaxClosedMs: 800,
  blinkEnterEarDropRatio: 0.4,
  blinkExitEarDropRatio: 0.2,

  mouthEnterDelta: 0.5,
  mouthExitDelta: 0.25,
  mouthMinOpenMs: 300,

  turnEnterDeg: 20,
  turnReturnDeg: 10,
  turnMinHoldMs: 200,

  photoMaxAngleDeg: 10,
};

/**
 * Practice mode (no stakes): longer windows for people who need time to read and act. Detection thresholds stay
 * the same so that practice teaches the movements the real check needs.
 */
export const practiceLivenessConfig: LivenessConfig = {
  ...defaultLivenessConfig,
  actionTimeoutMs: 40_000,
  actionTimeWarningMs: 10_000,
  faceLostGraceMs: 2_000,
};
