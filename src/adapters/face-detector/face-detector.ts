/**
 * One face as the detector saw it, in the UNMIRRORED camera image (what getUserMedia delivers).
 * Same shape as the liveness engine's RawFace, so the engine can take it as it is.
 */
export type DetectedFace = {
  /** 478 landmarks, x/y normalized to the image (0..1), z relative depth. */
  landmarks: ReadonlyArray<{ x: number; y: number; z: number }>;
  /** MediaPipe's 52 blendshape scores by name (eyeBlinkLeft, jawOpen…), 0..1. */
  blendshapes: Readonly<Record<string, number>>;
  /** 4x4 facial transformation matrix, 16 numbers, column-major. */
  facialTransformationMatrix: readonly number[];
};

export type LoadStage = 'download' | 'start';
export type LoadProgress = { stage: LoadStage; /** 0..1 over the whole preparation. */ fraction: number };

export const faceDetectorErrorCodes = [
  'no-webassembly',
  'no-webgl',
  'offline-not-cached',
  'download-failed',
  'start-failed',
  /** The WebGL context went away mid-check (a GPU reset, iOS in the background): restart() rebuilds it. */
  'context-lost',
] as const;
export type FaceDetectorErrorCode = (typeof faceDetectorErrorCodes)[number];

export class FaceDetectorError extends Error {
  readonly code: FaceDetectorErrorCode;
  constructor(code: FaceDetectorErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FaceDetectorError';
    this.code = code;
  }
}

export type DetectorDelegate = 'GPU' | 'CPU';

/**
 * Where detection runs. 'worker' keeps the ~30-100 ms MediaPipe call off the main thread, so the
 * page (prompts, countdown, pause button) stays responsive; 'main' is the fallback for browsers
 * whose workers cannot draw with WebGL (Safari before 17).
 */
export type DetectorThread = 'worker' | 'main';

/** MediaPipe's two wasm builds: SIMD (faster), and without SIMD for engines that fail to compile it (iOS 16 in WeChat). */
export type WasmBuild = 'simd' | 'nosimd';

/** The rung of the runtime ladder that runs: where, with which delegate and which wasm. */
export type DetectorRuntime = {
  thread: DetectorThread;
  delegate: DetectorDelegate;
  wasm: WasmBuild;
  /** Whether the GPU delegate was tried and passed its self-test (then it runs), failed it (then the CPU runs), or was not tried. */
  gpuSelfTest: 'passed' | 'failed' | 'not-tried';
};

export type Detection = {
  faces: DetectedFace[];
  /**
   * The frame that was analysed, handed back to the caller, who now owns it and closes it. It may
   * be a different object from the one passed in: it may have travelled to a worker and back.
   */
  frame: ImageBitmap;
  /** How long MediaPipe itself took, without the trip to and from a worker. */
  detectMs: number;
};

export interface FaceDetector {
  /** Downloads (or reads from the cache) and starts the model. Reports progress; honours the signal. */
  load(options: { signal?: AbortSignal; onProgress?: (progress: LoadProgress) => void }): Promise<void>;
  /**
   * Analyses one camera frame (unmirrored). Takes ownership of the frame: it comes back in the
   * result, or is closed when detection fails. Timestamps must increase; the detector makes sure
   * they do. One call at a time.
   */
  detect(frame: ImageBitmap, timestampMs: number): Promise<Detection>;
  /** Which rung of the ladder ended up running (null before load), for the benchmark and the device facts. */
  readonly runtime: DetectorRuntime | null;
  readonly delegate: DetectorDelegate | null;
  readonly thread: DetectorThread | null;
  /** How many times restart() rebuilt it. */
  readonly restarts: number;
  /**
   * Throws the running MediaPipe away and starts it again from the model already in memory: after a
   * lost WebGL context or a return from the background. `avoidGpu` after the GPU delegate misbehaved.
   */
  restart(options?: { avoidGpu?: boolean; signal?: AbortSignal }): Promise<void>;
  /** Loses MediaPipe's WebGL context on purpose (WEBGL_lose_context), as a phone would: for the runtime-ladder tests. */
  simulateContextLoss(): void;
  /** Frees the model (and the worker). Whatever loads it also disposes it. A detection in flight fails. */
  dispose(): void;
}

export type FaceDetectorFactory = () => FaceDetector;
