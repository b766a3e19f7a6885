import { describe, expect, it } from 'vitest';
import type { Landmark, RawFace } from '../../../../src/features/liveness/model/raw-face';
import {
  anglesFromMatrix,
  boxFromLandmarks,
  eyeAspectRatio,
  faceSignature,
  measureFrame,
} from '../../../../src/features/liveness/model/measure-face';

type Matrix3 = [[number, number, number], [number, number, number], [number, number, number]];
const rad = (deg: number) => (deg * Math.PI) / 180;

const rotY = (deg: number): Matrix3 => [
  [Math.cos(rad(deg)), 0, Math.sin(rad(deg))],
  [0, 1, 0],
  [-Math.sin(rad(deg)), 0, Math.cos(rad(deg))],
];
const rotX = (deg: number): Matrix3 => [
  [1, 0, 0],
  [0, Math.cos(rad(deg)), -Math.sin(rad(deg))],
  [0, Math.sin(rad(deg)), Math.cos(rad(deg))],
];
const rotZ = (deg: number): Matrix3 => [
  [Math.cos(rad(deg)), -Math.sin(rad(deg)), 0],
  [Math.sin(rad(deg)), Math.cos(rad(deg)), 0],
  [0, 0, 1],
];
const multiply = (a: Matrix3, b: Matrix3): Matrix3 =>
  a.map((row) => [0, 1, 2].map((col) => row.reduce((sum, value, k) => sum + value * (b[k]?.[col] ?? 0), 0))) as Matrix3;

/** A 4x4 transform in MediaPipe's column-major layout: element (row, col) at index col * 4 + row. */
function columnMajor(rotation: Matrix3, scale = 1, translation: [number, number, number] = [0, 0, -40]): number[] {
  const data = new Array<number>(16).fill(0);
  for (let row = 0; row < 3; row += 1) {
    for (let col = 0; col < 3; col += 1) data[col * 4 + row] = (rotation[row]?.[col] ?? 0) * scale;
  }
  data[12] = translation[0];
  data[13] = translation[1];
  data[14] = translation[2];
  data[15] = 1;
  return data;
}

describe('anglesFromMatrix', () => {
  it('is zero for the identity (facing the camera)', () => {
    const angles = anglesFromMatrix(columnMajor(rotY(0)));
    expect(angles.yawDeg).toBeCloseTo(0);
    expect(angles.pitchDeg).toBeCloseTo(0);
    expect(angles.rollDeg).toBeCloseTo(0);
  });

  it('reads yaw > 0 when the nose points to image-right (the person turns to their own left)', () => {
    expect(anglesFromMatrix(columnMajor(rotY(30))).yawDeg).toBeCloseTo(30);
    expect(anglesFromMatrix(columnMajor(rotY(-25))).yawDeg).toBeCloseTo(-25);
  });

  it('reads pitch > 0 when the face points up, and roll from the in-plane rotation', () => {
    expect(anglesFromMatrix(columnMajor(rotX(-20))).pitchDeg).toBeCloseTo(20);
    expect(anglesFromMatrix(columnMajor(rotZ(12))).rollDeg).toBeCloseTo(12);
  });

  it('separates yaw, pitch and roll of a combined rotation R = Ry·Rx·Rz', () => {
    const angles = anglesFromMatrix(columnMajor(multiply(rotY(25), multiply(rotX(-12), rotZ(10)))));
    expect(angles.yawDeg).toBeCloseTo(25);
    expect(angles.pitchDeg).toBeCloseTo(12);
    expect(angles.rollDeg).toBeCloseTo(10);
  });

  it('reads the layout as column-major (the transpose gives the opposite yaw)', () => {
    const data = columnMajor(rotY(30));
    const transposed = [0, 1, 2, 3].flatMap((a) => [0, 1, 2, 3].map((b) => data[b * 4 + a] ?? 0));
    expect(anglesFromMatrix(transposed).yawDeg).toBeCloseTo(-30);
  });

  it('ignores a uniform scale in the matrix, and gives zeros for a malformed one', () => {
    expect(anglesFromMatrix(columnMajor(rotX(-15), 2.5)).pitchDeg).toBeCloseTo(15);
    expect(anglesFromMatrix([1, 2, 3])).toEqual({ yawDeg: 0, pitchDeg: 0, rollDeg: 0 });
  });
});

/** 478 landmarks on a plain grid box, with named points overridden. */
function landmarks(points: Record<number, Partial<Landmark>> = {}): Landmark[] {
  return Array.from({ length: 478 }, (_, index) => ({
    x: 0.4 + (index % 20) * 0.01,
    y: 0.3 + Math.floor(index / 20) * 0.01,
    z: 0,
    ...points[index],
  }));
}

/** An eye 60 px wide with a given lid gap, at pixel position (x0, y0) of a 640x480 frame. */
function eye(indices: readonly number[], x0: number, y0: number, gapPx: number): Record<number, Landmark> {
  const [p1, p2, p3, p4, p5, p6] = indices as [number, number, number, number, number, number];
  const at = (xPx: number, yPx: number): Landmark => ({ x: xPx / 640, y: yPx / 480, z: 0 });
  return {
    [p1]: at(x0, y0),
    [p2]: at(x0 + 20, y0 - gapPx / 2),
    [p3]: at(x0 + 40, y0 - gapPx / 2),
    [p4]: at(x0 + 60, y0),
    [p5]: at(x0 + 40, y0 + gapPx / 2),
    [p6]: at(x0 + 20, y0 + gapPx / 2),
  };
}
const rightEye = [33, 160, 158, 133, 153, 144] as const;
const leftEye = [362, 385, 387, 263, 373, 380] as const;

describe('boxFromLandmarks', () => {
  it('spans the landmarks', () => {
    const box = boxFromLandmarks(landmarks());
    expect(box.x).toBeCloseTo(0.4);
    expect(box.y).toBeCloseTo(0.3);
    expect(box.width).toBeCloseTo(0.19);
    expect(box.height).toBeCloseTo(0.23);
  });
});

describe('eyeAspectRatio', () => {
  it('is lid gap / eye width, in pixels', () => {
    expect(eyeAspectRatio(landmarks(eye(rightEye, 200, 200, 18)), rightEye, 640, 480)).toBeCloseTo(0.3);
    expect(eyeAspectRatio(landmarks(eye(leftEye, 300, 200, 3)), leftEye, 640, 480)).toBeCloseTo(0.05);
  });

  it('is null when the landmarks are missing', () => {
    expect(eyeAspectRatio([], rightEye, 640, 480)).toBeNull();
  });
});

describe('faceSignature', () => {
  const face = landmarks({
    33: { x: 0.4, y: 0.4 },
    133: { x: 0.46, y: 0.4 },
    362: { x: 0.54, y: 0.4 },
    263: { x: 0.6, y: 0.4 },
    168: { x: 0.5, y: 0.4 },
    1: { x: 0.5, y: 0.52 },
    234: { x: 0.35, y: 0.45 },
    454: { x: 0.65, y: 0.45 },
    10: { x: 0.5, y: 0.25 },
  });

  it('does not change when the face moves or comes closer', () => {
    const moved = face.map((point) => ({ x: 0.1 + point.x * 1.3, y: 0.05 + point.y * 1.3, z: point.z * 1.3 }));
    const a = faceSignature(face, 640, 480) ?? [];
    const b = faceSignature(moved, 640, 480) ?? [];
    expect(a).toHaveLength(6);
    a.forEach((value, index) => expect(b[index]).toBeCloseTo(value, 6));
  });

  it('changes for different proportions (another person)', () => {
    const wideSet = face.map((point, index) => (index === 133 || index === 362 ? { ...point, x: 0.5 + (point.x - 0.5) * 1.5 } : point));
    const a = faceSignature(face, 640, 480) ?? [];
    const b = faceSignature(wideSet, 640, 480) ?? [];
    expect(Math.abs((b[0] ?? 0) - (a[0] ?? 0)) / (a[0] ?? 1)).toBeGreaterThan(0.3);
  });
});

describe('measureFrame', () => {
  const frame = { timestampMs: 1234, brightness: 90, widthPx: 640, heightPx: 480 };
  const rawFace = (scale: number, overrides: Partial<RawFace> = {}): RawFace => ({
    landmarks: landmarks({ ...eye(rightEye, 250, 200, 18), ...eye(leftEye, 350, 200, 12) }).map((point) => ({
      x: 0.5 + (point.x - 0.5) * scale,
      y: 0.5 + (point.y - 0.5) * scale,
      z: 0,
    })),
    blendshapes: { eyeBlinkLeft: 0.2, eyeBlinkRight: 0.1, jawOpen: 0.6, mouthClose: 0.05 },
    facialTransformationMatrix: columnMajor(rotY(-20)),
    ...overrides,
  });

  it('reports no face', () => {
    const measurement = measureFrame([], frame);
    expect(measurement).toMatchObject({ timestampMs: 1234, faceCount: 0, face: null, secondFaceRelativeWidth: null });
  });

  it('measures one face: box, eyes, mouth, angles, frame', () => {
    const measurement = measureFrame([rawFace(1)], { ...frame, sharpness: 0.7 });
    expect(measurement).toMatchObject({ faceCount: 1, brightness: 90, sharpness: 0.7, frameWidthPx: 640 });
    const face = measurement.face;
    expect(face?.eyeBlinkLeft).toBeCloseTo(0.2);
    expect(face?.jawOpen).toBeCloseTo(0.6);
    expect(face?.yawDeg).toBeCloseTo(-20);
    expect(face?.eyeAspectRatioRight).toBeCloseTo(0.3);
    expect(face?.eyeAspectRatioLeft).toBeCloseTo(0.2);
    expect(face?.box.width).toBeGreaterThan(0);
    expect(face?.signature).toHaveLength(6);
  });

  it('uses the largest face and reports how big the second one is', () => {
    const measurement = measureFrame([rawFace(0.5), rawFace(1)], frame);
    expect(measurement.faceCount).toBe(2);
    expect(measurement.secondFaceRelativeWidth).toBeCloseTo(0.5);
    expect(measurement.face?.box.width).toBeCloseTo(boxFromLandmarks(rawFace(1).landmarks).width);
  });

  it('treats missing or out-of-range blendshapes safely', () => {
    const face = measureFrame([rawFace(1, { blendshapes: { eyeBlinkLeft: 1.7, jawOpen: Number.NaN } })], frame).face;
    expect(face?.eyeBlinkLeft).toBe(1);
    expect(face?.eyeBlinkRight).toBe(0);
    expect(face?.jawOpen).toBe(0);
  });
});
