import type { DetectedFace, DetectorDelegate } from './face-detector';

/** Messages between the page and the detection worker (face-detector.worker.ts). */
export type ToDetectorWorker =
  | {
      type: 'start';
      modelBytes: Uint8Array;
      wasmBaseUrl: string;
      delegates: readonly DetectorDelegate[];
    }
  | { type: 'detect'; id: number; frame: ImageBitmap; timestampMs: number };

export type FromDetectorWorker =
  | { type: 'started'; delegate: DetectorDelegate }
  /** The worker cannot run MediaPipe here (no WebGL in workers, MediaPipe refused): use the main thread. */
  | { type: 'start-failed'; reason: string }
  | { type: 'detected'; id: number; faces: DetectedFace[]; frame: ImageBitmap; detectMs: number }
  | { type: 'detect-failed'; id: number; reason: string };
