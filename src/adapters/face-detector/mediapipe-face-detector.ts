import { downloadFaceAssets, faceModelUrl, mediapipeWasmBaseUrl } from './face-assets';
import {
  FaceDetectorError,
  type Detection,
  type DetectorDelegate,
  type DetectorRuntime,
  type DetectorThread,
  type FaceDetector,
  type LoadProgress,
  type WasmBuild,
} from './face-detector';
import { wasmFiles, type WasmFiles } from './face-landmarker-runtime';
import { addRuntimeNotes, readRuntimeNotes, readRuntimeOverride, type RuntimeNotes, type RuntimeOverride } from './runtime-notes';
import { detectPageWebGl, hasWebAssembly, isSoftwareRenderer, supportsWasmSimd } from './web-platform-support';

export type MediaPipeFaceDetectorOptions = {
  /** 'auto' tries the GPU (after its self-test) on real graphics hardware and falls back to the CPU. */
  delegate?: DetectorDelegate | 'auto';
  /** What this device taught us before, and where to write what it teaches now (default: localStorage). */
  notes?: { read(): RuntimeNotes; add(notes: RuntimeNotes): void };
  override?: () => RuntimeOverride;
};

/** Downloading is most of the wait on a phone; starting the graph is the rest. */
const downloadShare = 0.85;
/** A second wasm download after the SIMD build failed (13 MB more) moves the bar on through this share. */
const fallbackDownloadShare = 0.1;

const defaultNotes = { read: readRuntimeNotes, add: addRuntimeNotes };

/**
 * The wasm build to start with: the SIMD one where the engine says it can run SIMD and it has not
 * failed here before (iOS 16 in WeChat says yes, then fails to compile it: mediapipe#6139).
 */
async function firstWasmBuild(notes: RuntimeNotes): Promise<WasmBuild> {
  if (notes.simdFailed) return 'nosimd';
  return (await supportsWasmSimd()) ? 'simd' : 'nosimd';
}

function wasmUrls(files: WasmFiles): string[] {
  return [files.wasmLoaderPath, files.wasmBinaryPath];
}

/**
 * 提前准备: downloads the model and the wasm build this device will use into the face-check cache
 * ahead of time, so a check started later (even offline) does not wait for 17 MB on a weak connection.
 */
export async function prepareFaceCheck(
  onProgress?: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<void> {
  const files = wasmFiles(mediapipeWasmBaseUrl, await firstWasmBuild(readRuntimeNotes()));
  await downloadFaceAssets([...wasmUrls(files), faceModelUrl], { signal, onProgress });
  onProgress?.({ stage: 'download', fraction: 1 });
}

type RunningDetector = {
  runtime: DetectorRuntime;
  gpuFailed: boolean;
  detect(frame: ImageBitmap, timestampMs: number): Promise<Detection>;
  loseContext(): void;
  close(): void;
};

type StartOutcome = { ok: true; running: RunningDetector } | { ok: false; failure: 'unavailable' | 'wasm' | 'failed'; gpuFailed: boolean };

function selfTestOutcome(delegates: readonly DetectorDelegate[], running: DetectorDelegate): DetectorRuntime['gpuSelfTest'] {
  if (!delegates.includes('GPU')) return 'not-tried';
  return running === 'GPU' ? 'passed' : 'failed';
}

async function startOnPage(modelBytes: Uint8Array, wasm: WasmBuild, delegates: readonly DetectorDelegate[]): Promise<StartOutcome> {
  // Loaded only when needed: most browsers run it in the worker, which bundles its own copy.
  const { LandmarkerContextLost, LandmarkerStartError, startFaceLandmarker } = await import('./face-landmarker-runtime');
  let runtime;
  try {
    runtime = await startFaceLandmarker({
      modelBytes,
      wasm: wasmFiles(mediapipeWasmBaseUrl, wasm),
      delegates,
      createCanvas: () => document.createElement('canvas'),
    });
  } catch (error) {
    const failure = error instanceof LandmarkerStartError && error.stage === 'wasm' ? 'wasm' : 'failed';
    return { ok: false, failure, gpuFailed: error instanceof LandmarkerStartError && error.gpuFailed };
  }
  const started = runtime;
  return {
    ok: true,
    running: {
      runtime: { thread: 'main', delegate: started.delegate, wasm, gpuSelfTest: selfTestOutcome(delegates, started.delegate) },
      gpuFailed: started.gpuFailed,
      detect(frame, timestampMs) {
        try {
          const before = performance.now();
          const faces = started.detect(frame, timestampMs);
          return Promise.resolve({ faces, frame, detectMs: performance.now() - before });
        } catch (error) {
          frame.close();
          const code = error instanceof LandmarkerContextLost ? 'context-lost' : 'start-failed';
          return Promise.reject(new FaceDetectorError(code, 'detection failed', { cause: error }));
        }
      },
      loseContext: () => started.loseContext(),
      close: () => started.close(),
    },
  };
}

async function startInWorker(
  modelBytes: Uint8Array,
  wasm: WasmBuild,
  delegates: readonly DetectorDelegate[],
  signal: AbortSignal | undefined,
): Promise<StartOutcome> {
  const { canDetectInWorker, startWorkerLandmarker } = await import('./worker-landmarker');
  if (!canDetectInWorker()) return { ok: false, failure: 'unavailable', gpuFailed: false };
  const outcome = await startWorkerLandmarker({ modelBytes, wasm: wasmFiles(mediapipeWasmBaseUrl, wasm), delegates, signal });
  if (!outcome.ok) return { ok: false, failure: outcome.failure, gpuFailed: outcome.gpuFailed };
  const { landmarker } = outcome;
  return {
    ok: true,
    running: {
      runtime: { thread: 'worker', delegate: landmarker.delegate, wasm, gpuSelfTest: selfTestOutcome(delegates, landmarker.delegate) },
      gpuFailed: landmarker.gpuFailed,
      detect: landmarker.detect,
      loseContext: landmarker.loseContext,
      close: landmarker.close,
    },
  };
}

/**
 * The runtime ladder, top rung first: in a worker, then on the page (where workers have no
 * OffscreenCanvas or WebGL, as in Safari before 17); on each, the SIMD wasm, then the build without
 * SIMD when the SIMD one does not compile; on each, the GPU delegate only after its self-test, else
 * the CPU. The last rung, when none of these runs, is the recorded-video route (the caller's).
 */
export function createMediaPipeFaceDetector(options: MediaPipeFaceDetectorOptions = {}): FaceDetector {
  const notesStore = options.notes ?? defaultNotes;
  const readOverride = options.override ?? readRuntimeOverride;
  let running: RunningDetector | null = null;
  let modelBytes: Uint8Array | null = null;
  let restarts = 0;

  const delegatesFor = (avoidGpu: boolean): DetectorDelegate[] => {
    const forced = readOverride().delegate;
    if (forced === 'GPU') return ['GPU', 'CPU'];
    const wanted = forced ?? options.delegate ?? 'auto';
    if (wanted !== 'auto') return [wanted];
    if (avoidGpu || notesStore.read().gpuFailed) return ['CPU'];
    // Software renderers make MediaPipe's GPU delegate slower than its CPU one.
    return isSoftwareRenderer(detectPageWebGl().renderer) ? ['CPU'] : ['GPU', 'CPU'];
  };

  /** Climbs down the ladder until a rung starts. Downloads a wasm build the first time it is needed. */
  const climb = async (
    model: Uint8Array,
    delegates: readonly DetectorDelegate[],
    ensureDownloaded: (build: WasmBuild) => Promise<void>,
    signal: AbortSignal | undefined,
  ): Promise<RunningDetector> => {
    const threads: DetectorThread[] = ['worker', 'main'];
    for (const thread of threads) {
      const builds: WasmBuild[] = (await firstWasmBuild(notesStore.read())) === 'simd' ? ['simd', 'nosimd'] : ['nosimd'];
      for (const build of builds) {
        signal?.throwIfAborted();
        await ensureDownloaded(build);
        const outcome = thread === 'worker' ? await startInWorker(model, build, delegates, signal) : await startOnPage(model, build, delegates);
        if (outcome.ok) {
          if (outcome.running.gpuFailed) notesStore.add({ gpuFailed: true });
          return outcome.running;
        }
        if (outcome.gpuFailed) notesStore.add({ gpuFailed: true });
        if (outcome.failure !== 'wasm') break; // this thread cannot run it: the next thread
        if (build === 'simd') notesStore.add({ simdFailed: true });
      }
    }
    throw new FaceDetectorError('start-failed', 'MediaPipe could not start on any rung');
  };

  const detector: FaceDetector = {
    get runtime() {
      return running?.runtime ?? null;
    },
    get delegate() {
      return running?.runtime.delegate ?? null;
    },
    get thread() {
      return running?.runtime.thread ?? null;
    },
    get restarts() {
      return restarts;
    },
    async load({ signal, onProgress } = {}) {
      if (running) return;
      if (!hasWebAssembly()) throw new FaceDetectorError('no-webassembly', 'this browser has no WebAssembly');
      if (detectPageWebGl().version === 0) throw new FaceDetectorError('no-webgl', 'this browser has no WebGL');

      const first = await firstWasmBuild(notesStore.read());
      const firstFiles = wasmFiles(mediapipeWasmBaseUrl, first);
      const downloads = await downloadFaceAssets([...wasmUrls(firstFiles), faceModelUrl], {
        keep: new Set([faceModelUrl]),
        signal,
        onProgress,
        share: downloadShare,
      });
      const model = downloads.find((d) => d.url === faceModelUrl)?.bytes;
      if (!model) throw new FaceDetectorError('download-failed', 'the model bytes are missing');
      signal?.throwIfAborted();
      onProgress?.({ stage: 'start', fraction: downloadShare });

      const downloaded = new Set<WasmBuild>([first]);
      const ensureDownloaded = async (build: WasmBuild) => {
        if (downloaded.has(build)) return;
        await downloadFaceAssets(wasmUrls(wasmFiles(mediapipeWasmBaseUrl, build)), {
          signal,
          onProgress,
          offset: downloadShare,
          share: fallbackDownloadShare,
        });
        downloaded.add(build);
      };
      running = await climb(model, delegatesFor(false), ensureDownloaded, signal);
      modelBytes = model;
      onProgress?.({ stage: 'start', fraction: 1 });
      if (signal?.aborted) {
        detector.dispose();
        signal.throwIfAborted();
      }
    },
    async restart({ avoidGpu = false, signal } = {}) {
      if (!modelBytes) throw new FaceDetectorError('start-failed', 'restart() before load()');
      if (avoidGpu) notesStore.add({ gpuFailed: true });
      running?.close();
      running = null;
      const model = modelBytes;
      // The wasm builds are in the cache (or the HTTP cache) from load(): only a missing one is fetched.
      const ensureDownloaded = async (build: WasmBuild) => {
        await downloadFaceAssets(wasmUrls(wasmFiles(mediapipeWasmBaseUrl, build)), { signal });
      };
      running = await climb(model, delegatesFor(avoidGpu), ensureDownloaded, signal);
      restarts += 1;
      if (signal?.aborted) {
        running.close();
        running = null;
        signal.throwIfAborted();
      }
    },
    simulateContextLoss() {
      running?.loseContext();
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
      modelBytes = null;
    },
  };
  return detector;
}
