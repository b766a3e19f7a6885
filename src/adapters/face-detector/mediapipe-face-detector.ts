import type { FaceLandmarker, FaceLandmarkerResult } from '@mediapipe/tasks-vision';
import { downloadFaceAssets, faceModelUrl, mediapipeWasmBaseUrl } from './face-assets';
import {
  FaceDetectorError,
  type DetectedFace,
  type FaceDetector,
  type FrameSource,
  type LoadProgress,
} from './face-detector';
import { detectWebGl, hasWebAssembly, isSoftwareRenderer } from './web-platform-support';

type Delegate = 'GPU' | 'CPU';

export type MediaPipeFaceDetectorOptions = {
  /** 'auto' tries the GPU on real graphics hardware and falls back to the CPU. */
  delegate?: Delegate | 'auto';
};

/** Downloading is most of the wait on a phone; starting the graph is the rest. */
const downloadShare = 0.85;

/** The loader script and binary MediaPipe itself will ask for (SIMD or not): exactly these are cached. */
export async function resolveWasmFiles(): Promise<{ wasmLoaderPath: string; wasmBinaryPath: string }> {
  const { FilesetResolver } = await import('@mediapipe/tasks-vision');
  return FilesetResolver.forVisionTasks(mediapipeWasmBaseUrl);
}

/**
 * 提前准备: downloads the model and MediaPipe's wasm into the face-check cache ahead of time, so a
 * check started later (even offline) does not wait for 17 MB on a weak connection.
 */
export async function prepareFaceCheck(
  onProgress?: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<void> {
  const fileset = await resolveWasmFiles();
  await downloadFaceAssets([fileset.wasmLoaderPath, fileset.wasmBinaryPath, faceModelUrl], { signal, onProgress });
  onProgress?.({ stage: 'download', fraction: 1 });
}

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

export function createMediaPipeFaceDetector(options: MediaPipeFaceDetectorOptions = {}): FaceDetector {
  let landmarker: FaceLandmarker | null = null;
  let delegate: Delegate | null = null;
  let lastTimestampMs = -1;

  const detectRaw = (frame: FrameSource, timestampMs: number): FaceLandmarkerResult => {
    if (!landmarker) throw new FaceDetectorError('start-failed', 'detect() before load()');
    // MediaPipe rejects a timestamp that does not increase (two frames in the same millisecond).
    const stamp = Math.max(Math.round(timestampMs), lastTimestampMs + 1);
    lastTimestampMs = stamp;
    return landmarker.detectForVideo(frame, stamp);
  };

  return {
    get delegate() {
      return delegate;
    },
    async load({ signal, onProgress } = {}) {
      if (landmarker) return;
      if (!hasWebAssembly()) throw new FaceDetectorError('no-webassembly', 'this browser has no WebAssembly');
      const webGl = detectWebGl();
      if (webGl.version === 0) throw new FaceDetectorError('no-webgl', 'this browser has no WebGL');

      const vision = await import('@mediapipe/tasks-vision');
      const fileset = await vision.FilesetResolver.forVisionTasks(mediapipeWasmBaseUrl);
      const downloads = await downloadFaceAssets([fileset.wasmLoaderPath, fileset.wasmBinaryPath, faceModelUrl], {
        keep: new Set([faceModelUrl]),
        signal,
        onProgress,
        share: downloadShare,
      });
      const modelBytes = downloads.find((d) => d.url === faceModelUrl)?.bytes;
      if (!modelBytes) throw new FaceDetectorError('download-failed', 'the model bytes are missing');
      signal?.throwIfAborted();
      onProgress?.({ stage: 'start', fraction: downloadShare });

      const wanted = options.delegate ?? 'auto';
      const order: Delegate[] =
        wanted === 'auto' ? (isSoftwareRenderer(webGl.renderer) ? ['CPU'] : ['GPU', 'CPU']) : [wanted];
      let lastError: unknown = null;
      for (const candidate of order) {
        let created: FaceLandmarker | null = null;
        try {
          created = await vision.FaceLandmarker.createFromOptions(fileset, {
            baseOptions: { modelAssetBuffer: modelBytes, delegate: candidate },
            runningMode: 'VIDEO',
            // Two, so that a second face in the picture (someone helping from behind) can be reported.
            numFaces: 2,
            outputFaceBlendshapes: true,
            outputFacialTransformationMatrixes: true,
          });
          // The first detection builds the graph (0.2-0.7 s): do it now, on a blank frame, so no
          // frame of the real check is lost, and so a broken GPU path fails here, not mid-check.
          const warmUp = document.createElement('canvas');
          warmUp.width = 640;
          warmUp.height = 480;
          warmUp.getContext('2d')?.fillRect(0, 0, 640, 480);
          landmarker = created;
          delegate = candidate;
          detectRaw(warmUp, 0);
          break;
        } catch (error) {
          lastError = error;
          landmarker = null;
          delegate = null;
          lastTimestampMs = -1;
          created?.close();
        }
      }
      if (!landmarker) throw new FaceDetectorError('start-failed', 'MediaPipe could not start', { cause: lastError });
      onProgress?.({ stage: 'start', fraction: 1 });
      if (signal?.aborted) {
        this.dispose();
        signal.throwIfAborted();
      }
    },
    detect(frame, timestampMs) {
      return toDetectedFaces(detectRaw(frame, timestampMs));
    },
    dispose() {
      landmarker?.close();
      landmarker = null;
      delegate = null;
      lastTimestampMs = -1;
    },
  };
}
