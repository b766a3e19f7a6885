import type { DetectedFace, DetectorDelegate } from './face-detector';
import type { WasmFiles } from './face-landmarker-runtime';

/** Messages between the page and the detection worker (face-detector.worker.ts). */
export type ToDetectorWorker =
  | {
      type: 'start';
      modelBytes: Uint8Array;
      wasm: WasmFiles;
      delegates: readonly DetectorDelegate[];
    }
  | { type: 'detect'; id: number; frame: ImageBitmap; timestampMs: number }
  /** Lose MediaPipe's WebGL context on purpose (the runtime-ladder tests). */
  | { type: 'lose-context' };

/**
 * Why the worker could not start MediaPipe: 'unavailable' = this browser's workers cannot run it at
 * all (no OffscreenCanvas or WebGL there: use the page); 'wasm' = the wasm build did not compile (try
 * the other build); 'failed' = anything else.
 */
export type WorkerStartFailure = 'unavailable' | 'wasm' | 'failed';

export type FromDetectorWorker =
  | { type: 'started'; delegate: DetectorDelegate; gpuFailed: boolean }
  | { type: 'start-failed'; failure: WorkerStartFailure; reason: string; gpuFailed: boolean }
  | { type: 'detected'; id: number; faces: DetectedFace[]; frame: ImageBitmap; detectMs: number }
  | { type: 'detect-failed'; id: number; reason: string; contextLost: boolean }
  /** MediaPipe's WebGL context went away (between detections too). */
  | { type: 'context-lost' };
