import type { Landmark, RawFace } from './raw-face';

/** A face's bounding box, normalized to the unmirrored frame (0..1 on each axis). */
export type FaceBox = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};

/** What one face shows in one frame, in plain numbers the engine can reason about. */
export type MeasuredFace = {
  readonly box: FaceBox;
  /** Blendshape scores 0..1 (1 = eye fully closed). Left/right are the person's own eyes. */
  readonly eyeBlinkLeft: number;
  readonly eyeBlinkRight: number;
  /**
   * Eye aspect ratio (lid gap / eye width) from the eye landmarks, about 0.25-0.35 open and under 0.15 closed.
   * null when landmarks are not available (the recorded traces have none).
   */
  readonly eyeAspectRatioLeft: number | null;
  readonly eyeAspectRatioRight: number | null;
  /** Blendshape scores 0..1. */
  readonly jawOpen: number;
  readonly mouthClose: number;
  /** > 0 when the person turns to THEIR OWN LEFT (nose to image-right in the unmirrored image). */
  readonly yawDeg: number;
  /** > 0 when the person looks up. */
  readonly pitchDeg: number;
  /** > 0 when the head tilts counter-clockwise as seen in the unmirrored image. */
  readonly rollDeg: number;
  /**
   * Scale-free ratios between stable landmarks (eye corners, nose, face edges), for noticing a different face
   * replacing the first one mid-check. null when landmarks are not available.
   */
  readonly signature: readonly number[] | null;
};

/** One analysed frame, as the engine sees it. */
export type FaceMeasurement = {
  readonly timestampMs: number;
  /** Number of faces the detector returned. */
  readonly faceCount: number;
  /** Width of the second-largest face as a fraction of the largest one's; null with fewer than two faces. */
  readonly secondFaceRelativeWidth: number | null;
  readonly frameWidthPx: number;
  readonly frameHeightPx: number;
  /** Mean luma 0..255 of the frame or face region, measured by the runtime. */
  readonly brightness: number;
  /** Optional sharpness score 0..1 from the runtime (e.g. normalized Laplacian variance); null when unknown. */
  readonly sharpness: number | null;
  /** The largest face, or null when none was found. */
  readonly face: MeasuredFace | null;
};

export type FrameInfo = {
  readonly timestampMs: number;
  /** Mean luma 0..255 of the frame or face region. */
  readonly brightness: number;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Optional sharpness 0..1 (higher = sharper). */
  readonly sharpness?: number;
};

/** MediaPipe face-mesh indices of the six eye-contour points used for the eye aspect ratio (p1..p6). */
const rightEyeIndices = [33, 160, 158, 133, 153, 144] as const; // the person's right eye (image-left)
const leftEyeIndices = [362, 385, 387, 263, 373, 380] as const; // the person's left eye (image-right)

/**
 * Landmarks whose relative positions depend on the skull, not on expression: outer and inner eye corners,
 * nose bridge and tip, the face's left and right edges, and the forehead top. (The chin and lips move with
 * the mouth, so they are left out.)
 */
const signatureLandmarks = {
  rightEyeOuter: 33,
  rightEyeInner: 133,
  leftEyeInner: 362,
  leftEyeOuter: 263,
  noseBridge: 168,
  noseTip: 1,
  faceRightEdge: 234,
  faceLeftEdge: 454,
  foreheadTop: 10,
} as const;

const radToDeg = 180 / Math.PI;

/** Pure geometry: turns a detector result for one frame into a FaceMeasurement. */
export function measureFrame(faces: readonly RawFace[], frame: FrameInfo): FaceMeasurement {
  const measured = faces.map((face) => measureFace(face, frame.widthPx, frame.heightPx));
  const bySize = [...measured].sort((a, b) => b.box.width - a.box.width);
  const largest = bySize[0] ?? null;
  const second = bySize[1];
  return {
    timestampMs: frame.timestampMs,
    faceCount: faces.length,
    secondFaceRelativeWidth:
      largest && second && largest.box.width > 0 ? second.box.width / largest.box.width : null,
    frameWidthPx: frame.widthPx,
    frameHeightPx: frame.heightPx,
    brightness: frame.brightness,
    sharpness: frame.sharpness ?? null,
    face: largest,
  };
}

export function measureFace(face: RawFace, widthPx: number, heightPx: number): MeasuredFace {
  const angles = anglesFromMatrix(face.facialTransformationMatrix);
  const blend = (name: string): number => clamp01(face.blendshapes[name] ?? 0);
  return {
    box: boxFromLandmarks(face.landmarks),
    eyeBlinkLeft: blend('eyeBlinkLeft'),
    eyeBlinkRight: blend('eyeBlinkRight'),
    eyeAspectRatioLeft: eyeAspectRatio(face.landmarks, leftEyeIndices, widthPx, heightPx),
    eyeAspectRatioRight: eyeAspectRatio(face.landmarks, rightEyeIndices, widthPx, heightPx),
    jawOpen: blend('jawOpen'),
    mouthClose: blend('mouthClose'),
    yawDeg: angles.yawDeg,
    pitchDeg: angles.pitchDeg,
    rollDeg: angles.rollDeg,
    signature: faceSignature(face.landmarks, widthPx, heightPx),
  };
}

/**
 * Head angles from the 4x4 column-major transformation matrix (formula from the faces README): with R the
 * rotation part and f = R·(0,0,1) (the face's forward axis), yaw = atan2(f.x, f.z), pitch = asin(f.y),
 * roll = atan2(R10, R11). Exact for R = Ry(yaw)·Rx(−pitch)·Rz(roll); the forward axis is normalized first so a
 * scaled matrix gives the same angles.
 */
export function anglesFromMatrix(matrix: readonly number[]): { yawDeg: number; pitchDeg: number; rollDeg: number } {
  if (matrix.length < 16) return { yawDeg: 0, pitchDeg: 0, rollDeg: 0 };
  const at = (row: number, col: number): number => matrix[col * 4 + row] ?? 0;
  const fx = at(0, 2);
  const fy = at(1, 2);
  const fz = at(2, 2);
  const forwardLength = Math.hypot(fx, fy, fz);
  if (forwardLength === 0) return { yawDeg: 0, pitchDeg: 0, rollDeg: 0 };
  const yawDeg = Math.atan2(fx, fz) * radToDeg;
  const pitchDeg = Math.asin(Math.max(-1, Math.min(1, fy / forwardLength))) * radToDeg;
  const rollDeg = Math.atan2(at(1, 0), at(1, 1)) * radToDeg;
  return { yawDeg, pitchDeg, rollDeg };
}

/** Normalized bounding box of all landmarks. */
export function boxFromLandmarks(landmarks: readonly Landmark[]): FaceBox {
  if (landmarks.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const point of landmarks) {
    minX = Math.min(minX, point.x);
    minY = Math.min(minY, point.y);
    maxX = Math.max(maxX, point.x);
    maxY = Math.max(maxY, point.y);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * Eye aspect ratio (Soukupová & Čech 2016): (|p2−p6| + |p3−p5|) / (2·|p1−p4|), measured in pixels so a
 * non-square frame does not distort it. null when a point is missing or the eye has no width.
 */
export function eyeAspectRatio(
  landmarks: readonly Landmark[],
  indices: readonly [number, number, number, number, number, number],
  widthPx: number,
  heightPx: number,
): number | null {
  const points = indices.map((index) => landmarks[index]);
  const [p1, p2, p3, p4, p5, p6] = points;
  if (!p1 || !p2 || !p3 || !p4 || !p5 || !p6) return null;
  const eyeWidth = distance2d(p1, p4, widthPx, heightPx);
  if (eyeWidth === 0) return null;
  return (distance2d(p2, p6, widthPx, heightPx) + distance2d(p3, p5, widthPx, heightPx)) / (2 * eyeWidth);
}

/**
 * Ratios of 3-D distances between skull landmarks, each divided by the outer eye-corner distance. 3-D distances
 * change little as the head turns; a different person's face changes them by several percent.
 */
export function faceSignature(landmarks: readonly Landmark[], widthPx: number, heightPx: number): number[] | null {
  const point = (index: number): Landmark | undefined => landmarks[index];
  const l = signatureLandmarks;
  const rightOuter = point(l.rightEyeOuter);
  const rightInner = point(l.rightEyeInner);
  const leftInner = point(l.leftEyeInner);
  const leftOuter = point(l.leftEyeOuter);
  const bridge = point(l.noseBridge);
  const tip = point(l.noseTip);
  const rightEdge = point(l.faceRightEdge);
  const leftEdge = point(l.faceLeftEdge);
  const forehead = point(l.foreheadTop);
  if (!rightOuter || !rightInner || !leftInner || !leftOuter || !bridge || !tip || !rightEdge || !leftEdge || !forehead) {
    return null;
  }
  const d = (a: Landmark, b: Landmark): number => distance3d(a, b, widthPx, heightPx);
  const unit = d(rightOuter, leftOuter);
  if (unit === 0) return null;
  return [
    d(rightInner, leftInner) / unit,
    d(bridge, tip) / unit,
    d(rightEdge, leftEdge) / unit,
    d(forehead, bridge) / unit,
    d(rightOuter, rightInner) / unit,
    d(leftOuter, leftInner) / unit,
  ];
}

function distance2d(a: Landmark, b: Landmark, widthPx: number, heightPx: number): number {
  return Math.hypot((a.x - b.x) * widthPx, (a.y - b.y) * heightPx);
}

/** MediaPipe's z is on roughly the same scale as x, so it is scaled by the frame width. */
function distance3d(a: Landmark, b: Landmark, widthPx: number, heightPx: number): number {
  return Math.hypot((a.x - b.x) * widthPx, (a.y - b.y) * heightPx, (a.z - b.z) * widthPx);
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0;
}
