import type { FaceLandmarker, FaceLandmarkerResult } from '@mediapipe/tasks-vision';
import { FaceDetectorError, type DetectedFace, type DetectorDelegate } from './face-detector';

/**
 * MediaPipe's FaceLandmarker, started and driven. Has no DOM of its own, so the same code runs on
 * the main thread (the fallback) and inside the detection worker.
 */
export type FaceLandmarkerRuntime = {
  readonly delegate: DetectorDelegate;
  /** Synchronous, as MediaPipe's VIDEO mode is. (TexImageSource: what this thread can draw from, page or worker.) */
  detect(frame: TexImageSource, timestampMs: number): DetectedFace[];
  close(): void;
};

export type StartFaceLandmarkerOptions = {
  modelBytes: Uint8Array;
  /** Where MediaPipe's wasm loader and binary are served (our own origin). */
  wasmBaseUrl: string;
  /** Tried in order; the first that starts and survives a warm-up detection wins. */
  delegates: readonly DetectorDelegate[];
  /** A blank 640x480 picture for the warm-up detection (a canvas of whatever kind this thread has). */
  createBlankFrame(): BlankCanvas;
};

/**
 * HTMLCanvasElement on the page, OffscreenCanvas in the worker: only what the warm-up uses, so this
 * file compiles without the DOM (the worker's tsconfig.worker.json) as well as with it.
 */
export type BlankCanvas = TexImageSource & {
  width: number;
  height: number;
  getContext(contextId: '2d'): { fillRect(x: number, y: number, width: number, height: number): void } | null;
};

function toDetectedFaces(result: FaceLandmarkerResult): DetectedFace[] {
  return result.faceLandmarks.map((landmarks, index) => {
    const blendshapes: Record<string, number> = {};
    for (const category of result.faceBlendshapes[index]?.categories ?? []) {
      blendshapes[category.categoryName] = category.score;
    }
    return {
      landmarks: landmarks.map(({ x, y, z }) => ({ x, y, z })),
      blendshapes,
      facialTransformationMatrix: Array.from(result.facialTransformationMatrixes[index]?.data ?? []),
    };
  });
}

export async function startFaceLandmarker(options: StartFaceLandmarkerOptions): Promise<FaceLandmarkerRuntime> {
  const vision = await import('@mediapipe/tasks-vision');
  const fileset = await vision.FilesetResolver.forVisionTasks(options.wasmBaseUrl);
  let lastError: unknown = null;
  for (const delegate of options.delegates) {
    let landmarker: FaceLandmarker | null = null;
    try {
      landmarker = await vision.FaceLandmarker.createFromOptions(fileset, {
        baseOptions: { modelAssetBuffer: options.modelBytes, delegate },
        runningMode: 'VIDEO',
        // Two, so that a second face in the picture (someone helping from behind) can be reported.
        numFaces: 2,
        outputFaceBlendshapes: true,
        outputFacialTransformationMatrixes: true,
      });
      const runtime = driveLandmarker(landmarker, delegate);
      // The first detection builds the graph (0.2-0.7 s): do it now, on a blank frame, so no frame
      // of the real check is lost, and so a broken GPU path fails here, not mid-check.
      const blank = options.createBlankFrame();
      blank.width = 640;
      blank.height = 480;
      blank.getContext('2d')?.fillRect(0, 0, 640, 480);
      runtime.detect(blank, 0);
      return runtime;
    } catch (error) {
      lastError = error;
      landmarker?.close();
    }
  }
  throw new FaceDetectorError('start-failed', 'MediaPipe could not start', { cause: lastError });
}

function driveLandmarker(landmarker: FaceLandmarker, delegate: DetectorDelegate): FaceLandmarkerRuntime {
  let lastTimestampMs = -1;
  return {
    delegate,
    detect(frame, timestampMs) {
      // MediaPipe rejects a timestamp that does not increase (two frames in the same millisecond).
      const stamp = Math.max(Math.round(timestampMs), lastTimestampMs + 1);
      lastTimestampMs = stamp;
      return toDetectedFaces(landmarker.detectForVideo(frame, stamp));
    },
    close() {
      landmarker.close();
    },
  };
}
