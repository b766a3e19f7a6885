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

/** Anything MediaPipe can read a frame from. */
export type FrameSource = HTMLVideoElement | HTMLCanvasElement | ImageBitmap;

export interface FaceDetector {
  /** Downloads (or reads from the cache) and starts the model. Reports progress; honours the signal. */
  load(options: { signal?: AbortSignal; onProgress?: (progress: LoadProgress) => void }): Promise<void>;
  /** Synchronous, as MediaPipe's VIDEO mode is. Timestamps must increase; the detector makes sure they do. */
  detect(frame: FrameSource, timestampMs: number): DetectedFace[];
  /** Which MediaPipe delegate ended up running, for the benchmark and the device facts. */
  readonly delegate: 'GPU' | 'CPU' | null;
  /** Frees the model. Whatever loads it also disposes it. */
  dispose(): void;
}

export type FaceDetectorFactory = () => FaceDetector;
