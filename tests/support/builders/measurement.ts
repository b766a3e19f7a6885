import type { FaceBox, FaceMeasurement, MeasuredFace } from '../../../src/features/liveness/model/measure-face';

/**
 * Flat overrides for one measurement: frame fields and face fields side by side (`aMeasurement({ yawDeg: 30 })`),
 * `box` partially, and `face: null` for a frame without a face.
 */
export type MeasurementOverrides = Partial<Omit<FaceMeasurement, 'face'>> &
  Partial<Omit<MeasuredFace, 'box'>> & {
    box?: Partial<FaceBox>;
    face?: null;
    /** Shorthand: both eyes' blink scores. */
    eyesClosed?: number;
  };

/** A good frame: one face, centred, near enough, lit, looking straight ahead, eyes open, mouth closed. */
export function aMeasurement(overrides: MeasurementOverrides = {}): FaceMeasurement {
  const { box, face, eyesClosed, ...rest } = overrides;
  const measuredFace: MeasuredFace = {
    box: { x: 0.35, y: 0.25, width: 0.3, height: 0.5, ...box },
    eyeBlinkLeft: rest.eyeBlinkLeft ?? eyesClosed ?? 0.05,
    eyeBlinkRight: rest.eyeBlinkRight ?? eyesClosed ?? 0.05,
    eyeAspectRatioLeft: rest.eyeAspectRatioLeft ?? null,
    eyeAspectRatioRight: rest.eyeAspectRatioRight ?? null,
    jawOpen: rest.jawOpen ?? 0.02,
    mouthClose: rest.mouthClose ?? 0.01,
    yawDeg: rest.yawDeg ?? 0,
    pitchDeg: rest.pitchDeg ?? 0,
    rollDeg: rest.rollDeg ?? 0,
    signature: rest.signature ?? null,
  };
  return {
    timestampMs: rest.timestampMs ?? 0,
    faceCount: rest.faceCount ?? (face === null ? 0 : 1),
    secondFaceRelativeWidth: rest.secondFaceRelativeWidth ?? null,
    frameWidthPx: rest.frameWidthPx ?? 640,
    frameHeightPx: rest.frameHeightPx ?? 480,
    brightness: rest.brightness ?? 128,
    sharpness: rest.sharpness ?? null,
    face: face === null ? null : measuredFace,
  };
}

/** Frames every `stepMs` from `fromMs` (inclusive) to `toMs` (exclusive), each built from `at(tMs)`. */
export function aFrameSequence(
  fromMs: number,
  toMs: number,
  at: (tMs: number) => MeasurementOverrides = () => ({}),
  stepMs = 40,
): FaceMeasurement[] {
  const frames: FaceMeasurement[] = [];
  for (let tMs = fromMs; tMs < toMs; tMs += stepMs) frames.push(aMeasurement({ ...at(tMs), timestampMs: tMs }));
  return frames;
}
