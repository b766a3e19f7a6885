import { downloadFaceAssets, faceModelUrl, mediapipeWasmBaseUrl } from './face-assets';
import {
  FaceDetectorError,
  type Detection,
  type DetectorDelegate,
  type DetectorThread,
  type FaceDetector,
  type LoadProgress,
} from './face-detector';
import { detectPageWebGl, hasWebAssembly, isSoftwareRenderer } from './web-platform-support';

export type MediaPipeFaceDetectorOptions = {
  /** 'auto' tries the GPU on real graphics hardware and falls back to the CPU. */
  delegate?: DetectorDelegate | 'auto';
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

type RunningDetector = {
  delegate: DetectorDelegate;
  thread: DetectorThread;
  detect(frame: ImageBitmap, timestampMs: number): Promise<Detection>;
  close(): void;
};

async function startOnMainThread(modelBytes: Uint8Array, delegates: readonly DetectorDelegate[]): Promise<RunningDetector> {
  // Loaded only when needed: most browsers run it in the worker, which bundles its own copy.
  const { startFaceLandmarker } = await import('./face-landmarker-runtime');
  const runtime = await startFaceLandmarker({
    modelBytes,
    wasmBaseUrl: mediapipeWasmBaseUrl,
    delegates,
    createBlankFrame: () => document.createElement('canvas'),
  });
  return {
    delegate: runtime.delegate,
    thread: 'main',
    detect(frame, timestampMs) {
      try {
        const before = performance.now();
        const faces = runtime.detect(frame, timestampMs);
        return Promise.resolve({ faces, frame, detectMs: performance.now() - before });
      } catch (error) {
        frame.close();
        return Promise.reject(new FaceDetectorError('start-failed', 'detection failed', { cause: error }));
      }
    },
    close: () => runtime.close(),
  };
}

async function startInWorker(
  modelBytes: Uint8Array,
  delegates: readonly DetectorDelegate[],
  signal: AbortSignal | undefined,
): Promise<RunningDetector | null> {
  const { canDetectInWorker, startWorkerLandmarker } = await import('./worker-landmarker');
  if (!canDetectInWorker()) return null;
  const landmarker = await startWorkerLandmarker({ modelBytes, wasmBaseUrl: mediapipeWasmBaseUrl, delegates, signal });
  return landmarker && { ...landmarker, thread: 'worker' };
}

export function createMediaPipeFaceDetector(options: MediaPipeFaceDetectorOptions = {}): FaceDetector {
  let running: RunningDetector | null = null;

  return {
    get delegate() {
      return running?.delegate ?? null;
    },
    get thread() {
      return running?.thread ?? null;
    },
    async load({ signal, onProgress } = {}) {
      if (running) return;
      if (!hasWebAssembly()) throw new FaceDetectorError('no-webassembly', 'this browser has no WebAssembly');
      const webGl = detectPageWebGl();
      if (webGl.version === 0) throw new FaceDetectorError('no-webgl', 'this browser has no WebGL');

      const fileset = await resolveWasmFiles();
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
      const delegates: DetectorDelegate[] =
        wanted === 'auto' ? (isSoftwareRenderer(webGl.renderer) ? ['CPU'] : ['GPU', 'CPU']) : [wanted];
      // In a worker where the browser can, else on the page.
      running = (await startInWorker(modelBytes, delegates, signal)) ?? (await startOnMainThread(modelBytes, delegates));
      onProgress?.({ stage: 'start', fraction: 1 });
      if (signal?.aborted) {
        this.dispose();
        signal.throwIfAborted();
      }
    },
    detect(frame, timestampMs) {
      if (!running) {
        frame.close();
        return Promise.reject(new FaceDetectorError('start-failed', 'detect() before load()'));
      }
      return running.detect(frame, timestampMs);
    },
    dispose() {
      running?.close();
      running = null;
    },
  };
}
