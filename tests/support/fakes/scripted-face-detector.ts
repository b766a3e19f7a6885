import { FaceDetectorError, type DetectedFace, type FaceDetector } from '../../../src/adapters/face-detector/face-detector';
import type { Trace, TraceFrame } from '../traces';

/**
 * A 4x4 column-major matrix whose angles read back (measure-face's anglesFromMatrix) as the trace's
 * yaw/pitch/roll: R = Ry(yaw) · Rx(−pitch) · Rz(roll), so f = R·(0,0,1) = (sin y cos p, sin p, cos y cos p).
 */
export function matrixFromAngles(yawDeg: number, pitchDeg: number, rollDeg: number): number[] {
  const rad = Math.PI / 180;
  const [cy, sy] = [Math.cos(yawDeg * rad), Math.sin(yawDeg * rad)];
  const [ca, sa] = [Math.cos(-pitchDeg * rad), Math.sin(-pitchDeg * rad)];
  const [cr, sr] = [Math.cos(rollDeg * rad), Math.sin(rollDeg * rad)];
  const rz = [
    [cr, -sr, 0],
    [sr, cr, 0],
    [0, 0, 1],
  ];
  const rx = [
    [1, 0, 0],
    [0, ca, -sa],
    [0, sa, ca],
  ];
  const ry = [
    [cy, 0, sy],
    [0, 1, 0],
    [-sy, 0, cy],
  ];
  const mul = (a: number[][], b: number[][]) =>
    a.map((row) => [0, 1, 2].map((j) => row.reduce((sum, value, k) => sum + value * (b[k]?.[j] ?? 0), 0)));
  const r = mul(mul(ry, rx), rz);
  const m = new Array<number>(16).fill(0);
  for (let row = 0; row < 3; row += 1) for (let col = 0; col < 3; col += 1) m[col * 4 + row] = r[row]?.[col] ?? 0;
  m[15] = 1;
  return m;
}

/** One trace frame as the detector would return it (landmarks: only the box corners; the traces have no mesh). */
export function faceFromTraceFrame(frame: TraceFrame): DetectedFace[] {
  if (frame.faces === 0 || !frame.bbox) return [];
  const [x, y, w, h] = frame.bbox;
  return [
    {
      landmarks: [
        { x, y, z: 0 },
        { x: x + w, y, z: 0 },
        { x, y: y + h, z: 0 },
        { x: x + w, y: y + h, z: 0 },
      ],
      blendshapes: frame.blendshapes ?? {},
      facialTransformationMatrix: matrixFromAngles(frame.yaw_deg ?? 0, frame.pitch_deg ?? 0, frame.roll_deg ?? 0),
    },
  ];
}

export type ScriptedFaceDetector = FaceDetector & {
  readonly detectCalls: number;
  readonly loaded: boolean;
  readonly disposed: boolean;
  /** Makes load() fail with this error. */
  loadError: Error | null;
  /** Makes detect() throw this error (a broken GPU context mid-check). */
  detectError: Error | null;
  readonly loadCalls: number;
  /** restart() calls, with their options. */
  readonly restartCalls: { avoidGpu?: boolean }[];
};

/**
 * Plays a recorded trace: detect(frame, t) returns the last trace frame at or before clip time
 * (t − startMs) mod the clip's duration, as Chromium's fake camera loops the clip.
 */
export function createScriptedFaceDetector(trace: Trace, options: { startMs?: number } = {}): ScriptedFaceDetector {
  const startMs = options.startMs ?? 0;
  const durationMs = Math.round(trace.clip_duration_s * 1000);
  let detectCalls = 0;
  let loaded = false;
  let disposed = false;
  let loadCalls = 0;
  let contextLost = false;
  const restartCalls: { avoidGpu?: boolean }[] = [];
  const detector: ScriptedFaceDetector = {
    loadError: null,
    detectError: null,
    get loadCalls() {
      return loadCalls;
    },
    delegate: 'CPU',
    thread: 'main',
    runtime: { thread: 'main', delegate: 'CPU', wasm: 'simd', gpuSelfTest: 'not-tried' },
    get restarts() {
      return restartCalls.length;
    },
    restartCalls,
    restart(options = {}) {
      restartCalls.push({ ...(options.avoidGpu === undefined ? {} : { avoidGpu: options.avoidGpu }) });
      contextLost = false;
      return Promise.resolve();
    },
    simulateContextLoss() {
      contextLost = true;
    },
    get detectCalls() {
      return detectCalls;
    },
    get loaded() {
      return loaded;
    },
    get disposed() {
      return disposed;
    },
    load({ onProgress } = {}) {
      loadCalls += 1;
      disposed = false;
      if (detector.loadError) return Promise.reject(detector.loadError);
      onProgress?.({ stage: 'download', fraction: 0.5 });
      onProgress?.({ stage: 'start', fraction: 1 });
      loaded = true;
      return Promise.resolve();
    },
    detect(frame, timestampMs) {
      detectCalls += 1;
      if (detector.detectError || contextLost) {
        // As the real detectors do: a frame that could not be analysed is closed.
        frame.close();
        return Promise.reject(detector.detectError ?? new FaceDetectorError('context-lost', 'the WebGL context was lost'));
      }
      const clipMs = (((timestampMs - startMs) % durationMs) + durationMs) % durationMs;
      let current: TraceFrame | undefined;
      for (const frame of trace.frames) {
        if (frame.t_ms > clipMs) break;
        current = frame;
      }
      return Promise.resolve({ faces: current ? faceFromTraceFrame(current) : [], frame, detectMs: 1 });
    },
    dispose() {
      disposed = true;
    },
  };
  return detector;
}
