/**
 * Every threshold of the liveness engine, with its unit in its name and the reason for its value. Numbers
 * quoted come from the MediaPipe traces in shared/testdata/faces/traces (see the README there):
 * - "blink score" = the eyeBlinkLeft/Right blendshapes; the engine uses min(L, R) so that one eye alone
 *   (a wink) barely moves it, and max(L, R) only to check that both eyes were at rest before a blink.
 * - "mouth score" = jawOpen − mouthClose (jawOpen alone fires on a closed, puckered mouth: 0.56 in real-02).
 * - "yaw" = degrees, > 0 when the person turns to their own left.
 * All action thresholds are relative to the person's own baseline, measured while positioning (median of
 * the calibration window), because older faces differ: drooping lids give a high resting blink score
 * (0.32 for the 60-year-old in real-05 against 0.02-0.1 for the young people), dentures and a slack jaw
 * a higher resting mouth score, and a camera held low a non-zero resting yaw/pitch.
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
  /** How long a good, steady position must be held before the first action (also the calibration window). */
  readonly positionHoldMs: number;
  /** Frames needed in the calibration window for the personal baselines. */
  readonly calibrationMinFrames: number;
  /** Largest spread (max − min) of either blink score in the calibration window: more means the eyes moved. */
  readonly calibrationMaxBlinkSpread: number;
  /** Largest spread of yaw in the calibration window: more means the head was moving. */
  readonly calibrationMaxYawSpreadDeg: number;
  /** Largest movement of the face centre in the calibration window, in face widths. */
  readonly calibrationMaxBoxMoveFaceWidths: number;
  /** Largest ratio of the widest to the narrowest face box in the calibration window. */
  readonly calibrationMaxBoxScaleRatio: number;
  /**
   * Median mouth score of the calibration window at or above which the mouth is held open, not at rest: the
   * baselines are the person's resting face, and an action measured from an open mouth can never be seen.
   */
  readonly calibrationMaxMouthScore: number;
  /** Median blink score (min of both eyes) of the calibration window at or above which the eyes are shut or cast down. */
  readonly calibrationMaxBlinkScore: number;

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
  /** Frames further apart than this are not compared for jumps (the face-lost rule covers gaps). */
  readonly jumpCheckMaxGapMs: number;
  /** Largest mean relative difference between the face signature and the calibrated one. */
  readonly maxSignatureRelativeDiff: number;
  /** Consecutive frames with a signature mismatch before we call it a different face. */
  readonly signatureMismatchFrames: number;
  /** Signatures are compared only when the head is within this many degrees of its straight-ahead pose. */
  readonly signatureMaxAngleDeg: number;

  // ---- blink ----
  /** Rise of the blink score (min of both eyes) above the personal baseline that means "eyes closed". */
  readonly blinkEnterDelta: number;
  /** ... below which the eyes count as open again (hysteresis: lower than enter). */
  readonly blinkExitDelta: number;
  /** Both eyes' rise above baseline under which the eyes count as at rest (a blink must start from rest). */
  readonly blinkRestDelta: number;
  /** The eyes must have rested (open, both near baseline) this long without a break before a blink starts. */
  readonly blinkMinRestBeforeMs: number;
  /** Longest time from the last resting frame to "closed": a blink is a quick spike, not a slow droop. */
  readonly blinkMaxOnsetMs: number;
  /** Longest closure that still counts as a blink. */
  readonly blinkMaxClosedMs: number;
  /** The eyes must stay open this long after reopening (not close again at once, as a frown or squint does). */
  readonly blinkReopenConfirmMs: number;
  /** After reopening, the eyes must be back within this of their level before the blink (a frown stays lower). */
  readonly blinkReturnDelta: number;
  /** Blinks count only with the head within this many degrees of its straight-ahead pose. */
  readonly blinkMaxAngleDeg: number;
  /** With a drooping-lid baseline, enter at most this fraction of the remaining headroom (1 − baseline). */
  readonly blinkEnterHeadroomFraction: number;
  /** Eye-aspect-ratio drop below the personal baseline, as a fraction of it, that also means closed (landmarks only). */
  readonly blinkEnterEarDropRatio: number;
  /** An EAR drop at least this large keeps the eyes from counting as open again. */
  readonly blinkExitEarDropRatio: number;

  // ---- close eyes (slow phones: "close your eyes for a second, then open them") ----
  /** Rise of the blink score (min of both eyes) above the personal baseline that means "shut" (capped by headroom as for blinks). */
  readonly closeEyesEnterDelta: number;
  /** Longest time from the last resting frame to "shut" (at least two frame intervals). */
  readonly closeEyesMaxOnsetMs: number;
  /** Shortest closure that counts (at least two frame intervals): longer than any blink. */
  readonly closeEyesMinClosedMs: number;
  /** Longest closure that counts. */
  readonly closeEyesMaxClosedMs: number;
  /** Largest change of yaw or pitch while the eyes are shut (closing the eyes does not move the head). */
  readonly closeEyesMaxHeadMoveDeg: number;

  // ---- mouth open ----
  /** Mouth score above the personal baseline that starts a mouth opening. */
  readonly mouthEnterDelta: number;
  /** Below this rise above baseline the mouth counts as closed again. */
  readonly mouthExitDelta: number;
  /** How long the mouth must stay open (speech opens it for short bursts only). */
  readonly mouthMinOpenMs: number;

  // ---- head turn ----
  /** Yaw away from the personal straight-ahead baseline, on the asked side, that counts as turned. */
  readonly turnEnterDeg: number;
  /** Back within this many degrees of the baseline counts as facing the camera again. */
  readonly turnReturnDeg: number;
  /** How long the turn must be held. */
  readonly turnMinHoldMs: number;

  // ---- best frame ----
  /** Largest |yaw|/|pitch| (from the baseline) for a frame to be kept as the frontal photo. */
  readonly photoMaxAngleDeg: number;
};

export const defaultLivenessConfig: LivenessConfig = {
  // Traces: face width / 480 px is 0.32-0.52 for the real clips and 0.25-0.47 for the photo attacks. Below
  // about a quarter of the frame (~120 px) landmarks and blendshapes get noisy.
  minFaceWidthRatio: 0.24,
  // A face filling 85 % of the short side leaves no room to turn without leaving the frame.
  maxFaceWidthRatio: 0.85,
  ovalCenterX: 0.5,
  ovalCenterY: 0.5,
  // Real clips keep the face centre within 0.17 of the short side while positioning (real-06 sits low).
  maxCenterOffsetRatio: 0.2,
  // Mean luma under ~50/255: MediaPipe's blendshapes become unreliable and the photo is useless.
  minBrightness: 50,
  maxBrightness: 235,
  // Resting yaw in the clips is within ±7.4°; pitch within −11.3..+9.4° (camera held low or high).
  maxPositionYawDeg: 15,
  maxPositionPitchDeg: 20,
  // Short, so a person is not kept waiting; ~12 frames at 25 fps for robust medians.
  positionHoldMs: 500,
  // On a slow phone (MediaPipe on the CPU of an old Android may manage 4-8 frames a second) the window grows
  // until it has this many frames; a median of 4 still ignores one odd frame.
  calibrationMinFrames: 4,
  // Quiet frames vary by ≤ 0.1 within half a second; a wink or blink in the window moves it by 0.3-0.7.
  calibrationMaxBlinkSpread: 0.2,
  // Resting heads drift ≤ 3° per half second in the clips; a turn moves 20°+. A baseline taken while the
  // head drifts (real-06 mid-gesture) would shift every turn threshold.
  calibrationMaxYawSpreadDeg: 4,
  // Held still, a face moves far less than its own width in half a second; another face taking its place
  // (or the phone moved) moves the box or changes its size more.
  calibrationMaxBoxMoveFaceWidths: 0.3,
  calibrationMaxBoxScaleRatio: 1.15,
  // Held still, a face can still be doing an action: real-06 holds a surprised "O" (mouth score 0.51-0.59)
  // from 9.9 s to the end of her clip, the stillest stretch in it, and real-02 holds his openings (up to 0.92).
  // A slow phone that starts after her last quiet moment took its baseline there (0.56), so no opening could
  // ever rise 0.35 above it. Outside the labelled openings, the median of any 0.75 s of the real clips is at most
  // 0.20 (the talker real-05; single talking frames reach 0.53, but a median ignores them) and of the photo
  // attacks 0.12, so 0.3 keeps a slack jaw or dentures at rest and refuses a mouth held open.
  calibrationMaxMouthScore: 0.3,
  // The same for the eyes: real-04 keeps them shut (0.75-0.79) from 3.5 to 9.05 s, and a baseline taken there
  // hides every closing. Open eyes at rest stay at or below 0.32 in the clips (real-05's drooping lids), but
  // heavier lids must still calibrate (the blink thresholds allow for a resting 0.6, see
  // blinkEnterHeadroomFraction), and real-06's downcast frown reaches a median of 0.65: 0.7 refuses shut eyes only.
  calibrationMaxBlinkScore: 0.7,

  // Generous: an older person needs time to hear, understand and act. Each action gets its own window.
  actionTimeoutMs: 20_000,
  actionTimeWarningMs: 5_000,
  // MediaPipe found the face in 100 % of frames in all clips; a second covers a hand passing or a glitch.
  faceLostGraceMs: 1_000,
  // A helper leaning in briefly is tolerated; a second person staying in view is not.
  multipleFacesGraceMs: 300,
  // Framed photos on the wall behind (real-01) are far smaller than the person's face.
  otherFaceMinRelativeWidth: 0.4,
  successDisplayMs: 1_200,

  // In all 13 traces the box centre moves ≤ 0.23 face widths and its width ≤ 10 % per 100 ms (fastest: the
  // swaying talker real-05 and the hand-held photos); a swapped face or a cut in an injected video jumps by
  // far more. Both limits leave 4-5x headroom for quicker real movement.
  maxBoxJumpFaceWidthsPer100Ms: 1,
  maxBoxScaleJumpRatioPer100Ms: 1.5,
  // Compared across short losses of the face too (up to the face-lost grace and a little more).
  jumpCheckMaxGapMs: 1_500,
  // Measured on landmark recordings of 10 clips (the trace tool, modified to keep the 478 landmarks): within one
  // person the signature stays within 0.094 of its median (head turned up to 15°, real-03), but between
  // different people the medians differ by only 0.02-0.10, because MediaPipe fits one canonical mesh. So the
  // signature cannot tell two people apart; it only catches a gross swap (a very different face shape, a
  // drawing or mask). Box jumps (above) are the main identity guard. 0.15 keeps clear of the 0.094.
  maxSignatureRelativeDiff: 0.15,
  signatureMismatchFrames: 5,
  signatureMaxAngleDeg: 15,

  // Labelled blinks rise 0.27-0.75 above their baselines (min of both eyes); winks raise the min eye by
  // ≤ 0.12 (real-06), talking and quiet frames by ≤ 0.1.
  blinkEnterDelta: 0.22,
  blinkExitDelta: 0.12,
  // Resting eyes stay within 0.1 of their baseline; a smile's squint (real-08: +0.14) is not rest.
  blinkRestDelta: 0.12,
  // Natural blinks come from open, resting eyes (seconds apart in the clips); a squint or smile that dips
  // towards "open" for a single frame before the eyes close (real-08 at 3.3 s, seen with another frame sampling
  // of the same clip) is not rest.
  blinkMinRestBeforeMs: 150,
  // Blinks close within 70-130 ms of the last open frame; downcast eyes and squints creep up.
  blinkMaxOnsetMs: 300,
  // Detected blinks stay closed (enter to exit) for 0.16-0.33 s, the slow deliberate ones in real-07 and
  // real-04's included; 0.6 s leaves room for an older person's slower blink. Downcast eyes (real-06), a
  // squinting smile that closes twice (real-07 at 9.8 s: 0.7 s) and a deliberate closure (real-04, 5.5 s)
  // last longer and are not blinks.
  blinkMaxClosedMs: 600,
  // real-06: a wink's end dips to "open" for one frame before the eyes drop into a frown again.
  blinkReopenConfirmMs: 100,
  // Labelled blinks end within 0.1 of where they started (real-04's slow reopening: +0.07); eyes dropping into
  // a frown after a squeeze (real-06) stay 0.27 higher.
  blinkReturnDelta: 0.15,
  // Eye blendshapes rise by up to 0.28 on turned heads without any blink (real-03 at 30°).
  blinkMaxAngleDeg: 15,
  // A baseline of 0.6 leaves 0.4 of headroom; entering at 0.6 × 0.4 = 0.24 above it still needs a real closure.
  blinkEnterHeadroomFraction: 0.6,
  // Same landmark recordings: frames with the eyes closed (blendshape) have EAR ≥ 52 % below the person's
  // open-eye EAR (real-03's turned head: 32 %); open frames drop by up to 33 % (squinting, talking, real-05)
  // and a photo on a flickering screen by up to 26 %. So ≥ 45 % counts as closed, and a drop ≥ 35 % keeps the
  // eyes from counting as reopened.
  blinkEnterEarDropRatio: 0.45,
  blinkExitEarDropRatio: 0.35,

  // Close-eyes, from the traces (min of both eyes, per-person baseline): real-04's deliberate closure (3.5-9.05 s)
  // rises 0.50-0.54 above its 0.25 baseline within one frame (3.53 → 3.63 s) and stays flat (0.75-0.79); the
  // labelled blinks rise 0.27-0.75, so the blink's 0.22 would also take a half-closed squint: 0.3 asks for eyes
  // really shut, and the headroom cap (as for blinks) keeps it reachable for drooping lids (real-05: baseline 0.32).
  closeEyesEnterDelta: 0.3,
  // real-04 goes from rest to shut in under 100 ms, a blink in 70-130 ms; an older person may close more
  // slowly, but a lid creeping down for longer is a droop or a downward glance (real-06 at 3.3-3.8 s).
  closeEyesMaxOnsetMs: 800,
  // Labelled blinks stay shut 0.16-0.33 s, real-07's slow deliberate ones 0.35 s: 0.6 s is clearly more, and
  // at 4 fps still three frames of a one-second closure.
  closeEyesMinClosedMs: 600,
  // real-04 keeps them shut 5.5 s; with the eyes closed the person waits for the spoken "请睁开眼睛".
  closeEyesMaxClosedMs: 10_000,
  // real-04's head moves ≤ 1.7° of pitch and 1° of yaw while the eyes are shut; real-06 lowering her eyes (7.0-8.6 s)
  // tilts the head 6-13° down and turns it up to 17°: looking down closes the lids too, but moves the head.
  closeEyesMaxHeadMoveDeg: 5,

  // Wide openings rise 0.59-0.92 above closed; talking stays ≤ 0.53 and only for ≤ 170 ms at a time
  // (real-05); quiet frames ≤ 0.21.
  mouthEnterDelta: 0.35,
  mouthExitDelta: 0.2,
  // Talking never holds 0.35+ for more than 170 ms; wide openings hold for over a second.
  mouthMinOpenMs: 400,

  // Deliberate turns reach 37-45° (young people); older necks may manage only 20-25°. Sway while talking or
  // acting stays within ±18° of the resting pose, photo attacks within ±6.5°. A flat print turned in the hand
  // does not fake a turn either: four of the test photos rendered in perspective, rotated up to ±60° about
  // their vertical axis and run through the same model, read as |yaw| ≤ 13.4° (or no face at all).
  // Absolute yaw must pass the threshold too (see detectTurn).
  turnEnterDeg: 20,
  turnReturnDeg: 10,
  turnMinHoldMs: 200,

  // The kept photo should show the face straight on, as on an ID photo.
  photoMaxAngleDeg: 10,
};

/**
 * Practice mode (no stakes): longer windows and a longer grace for people who need time to read and act.
 * Detection thresholds stay the same so that practice teaches the movements the real check needs.
 */
export const practiceLivenessConfig: LivenessConfig = {
  ...defaultLivenessConfig,
  actionTimeoutMs: 40_000,
  actionTimeWarningMs: 10_000,
  faceLostGraceMs: 2_000,
};
