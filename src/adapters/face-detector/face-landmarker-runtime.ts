import type { FaceLandmarker, FaceLandmarkerResult } from '@mediapipe/tasks-vision';
import type { DetectedFace, DetectorDelegate, WasmBuild } from './face-detector';

/**
 * MediaPipe's FaceLandmarker, started and driven. Has no DOM of its own, so the same code runs on
 * the main thread (the fallback) and inside the detection worker.
 */
export type FaceLandmarkerRuntime = {
  readonly delegate: DetectorDelegate;
  /** The GPU delegate was tried and failed its self-test (so CPU runs): worth remembering on this device. */
  readonly gpuFailed: boolean;
  /**
   * Synchronous, as MediaPipe's VIDEO mode is. Throws LandmarkerContextLost once the WebGL context is gone.
   * (TexImageSource: what this thread can draw from, page or worker.)
   */
  detect(frame: TexImageSource, timestampMs: number): DetectedFace[];
  /** True once the browser took MediaPipe's WebGL context away (a GPU reset, iOS in the background). */
  isContextLost(): boolean;
  /** Calls back once when the context is lost. */
  onContextLost(listener: () => void): void;
  /** Loses the WebGL context on purpose (WEBGL_lose_context), as a phone would: for the runtime-ladder tests. */
  loseContext(): void;
  close(): void;
};

/** The wasm loader and binary of one build, on our own origin. */
export type WasmFiles = { wasmLoaderPath: string; wasmBinaryPath: string };

/** MediaPipe ships both: the SIMD build, and one without SIMD for engines that cannot compile it. */
export function wasmFiles(baseUrl: string, build: WasmBuild): WasmFiles {
  const name = build === 'simd' ? 'vision_wasm_internal' : 'vision_wasm_nosimd_internal';
  return { wasmLoaderPath: `${baseUrl}/${name}.js`, wasmBinaryPath: `${baseUrl}/${name}.wasm` };
}

export type StartFaceLandmarkerOptions = {
  modelBytes: Uint8Array;
  wasm: WasmFiles;
  /** Tried in order; GPU must also pass the self-test. */
  delegates: readonly DetectorDelegate[];
  /** A canvas of whatever kind this thread has (OffscreenCanvas in a worker). */
  createCanvas(): LandmarkerCanvas;
};

/**
 * HTMLCanvasElement on the page, OffscreenCanvas in the worker: only what is used here (MediaPipe draws
 * on it; a blank one is the warm-up frame; its WebGL context can be lost), so this file compiles without
 * the DOM (the worker's tsconfig.worker.json) as well as with it.
 */
export type LandmarkerCanvas = TexImageSource & {
  width: number;
  height: number;
  getContext(contextId: '2d'): { fillRect(x: number, y: number, width: number, height: number): void } | null;
  getContext(contextId: 'webgl2' | 'webgl'): unknown;
  addEventListener(type: 'webglcontextlost', listener: () => void): void;
};

/** Why MediaPipe did not start: the wasm itself (try the other build), or everything else. */
export class LandmarkerStartError extends Error {
  readonly stage: 'wasm' | 'graph';
  readonly gpuFailed: boolean;
  constructor(stage: 'wasm' | 'graph', message: string, gpuFailed: boolean, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LandmarkerStartError';
    this.stage = stage;
    this.gpuFailed = gpuFailed;
  }
}

export class LandmarkerContextLost extends Error {
  constructor() {
    super('the WebGL context was lost');
    this.name = 'LandmarkerContextLost';
  }
}

/**
 * The GPU delegate runs only after it has proved itself: a few detections in a row on a blank frame,
 * none failing, the context still there, each quicker than this. On some Android GPUs the delegate
 * fails or stalls after the first frames (google-ai-edge/mediapipe#5908); a GPU slower than this is
 * no better than the CPU (25-60 ms a frame on a mid-range phone).
 */
export const gpuSelfTestDetections = 5;
export const gpuSelfTestMaxMs = 250;

/** A wasm that would not compile or link (iOS 16 in WeChat: "invalid opcode" in the SIMD build, mediapipe#6139). */
export function isWasmFailure(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message} ${String(error.cause ?? '')}` : String(error);
  return /CompileError|LinkError|invalid opcode|WebAssembly|wasm|Aborted\(/i.test(text);
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

type GlCanvas = LandmarkerCanvas;

function glContextOf(canvas: GlCanvas): WebGLRenderingContext | WebGL2RenderingContext | null {
  // Asking for the kind MediaPipe already made returns that same context; the other kind returns null.
  const gl2 = canvas.getContext('webgl2') as WebGL2RenderingContext | null;
  return gl2 ?? (canvas.getContext('webgl') as WebGLRenderingContext | null);
}

function blankFrame(createCanvas: () => GlCanvas): GlCanvas {
  const blank = createCanvas();
  blank.width = 640;
  blank.height = 480;
  blank.getContext('2d')?.fillRect(0, 0, 640, 480);
  return blank;
}

export async function startFaceLandmarker(options: StartFaceLandmarkerOptions): Promise<FaceLandmarkerRuntime> {
  const vision = await import('@mediapipe/tasks-vision');
  let lastError: unknown = null;
  let gpuFailed = false;
  for (const delegate of options.delegates) {
    let landmarker: FaceLandmarker | null = null;
    // Our own canvas, so we can hear when its WebGL context is lost (and lose it on purpose in tests).
    const canvas = options.createCanvas();
    try {
      try {
        landmarker = await vision.FaceLandmarker.createFromOptions(options.wasm, {
          // MediaPipe's type names the page's and the worker's canvas classes; ours is either (see LandmarkerCanvas).
          canvas: canvas as unknown as OffscreenCanvas,
          baseOptions: { modelAssetBuffer: options.modelBytes, delegate },
          runningMode: 'VIDEO',
          // Two, so that a second face in the picture (someone helping from behind) can be reported.
          numFaces: 2,
          outputFaceBlendshapes: true,
          outputFacialTransformationMatrixes: true,
        });
      } catch (error) {
        // The wasm itself failed: no delegate will do better with the same build.
        if (isWasmFailure(error)) throw new LandmarkerStartError('wasm', 'MediaPipe\'s wasm did not compile', gpuFailed, { cause: error });
        throw error;
      }
      const runtime = driveLandmarker(landmarker, delegate, canvas, gpuFailed);
      // The first detection builds the graph (0.2-0.7 s): do it now, on a blank frame, so no frame
      // of the real check is lost, and so a broken GPU path fails here, not mid-check.
      const blank = blankFrame(options.createCanvas);
      runtime.detect(blank, 0);
      if (delegate === 'GPU') selfTest(runtime, blank);
      return runtime;
    } catch (error) {
      if (error instanceof LandmarkerStartError) throw error;
      lastError = error;
      if (delegate === 'GPU') gpuFailed = true;
      landmarker?.close();
    }
  }
  throw new LandmarkerStartError('graph', 'MediaPipe could not start', gpuFailed, { cause: lastError });
}

function selfTest(runtime: FaceLandmarkerRuntime, blank: GlCanvas): void {
  for (let index = 1; index <= gpuSelfTestDetections; index += 1) {
    const before = performance.now();
    runtime.detect(blank, index * 33);
    const tookMs = performance.now() - before;
    if (runtime.isContextLost()) throw new LandmarkerContextLost();
    if (tookMs > gpuSelfTestMaxMs) throw new Error(`GPU self-test: a detection took ${Math.round(tookMs)} ms`);
  }
}

function driveLandmarker(landmarker: FaceLandmarker, delegate: DetectorDelegate, canvas: GlCanvas, gpuFailed: boolean): FaceLandmarkerRuntime {
  let lastTimestampMs = -1;
  let lost = false;
  const lostListeners: (() => void)[] = [];
  canvas.addEventListener('webglcontextlost', () => {
    // No preventDefault: we never restore this context; the detector is rebuilt with a fresh canvas.
    if (lost) return;
    lost = true;
    for (const listener of lostListeners.splice(0)) listener();
  });
  const contextLost = () => lost || glContextOf(canvas)?.isContextLost() === true;
  return {
    delegate,
    gpuFailed,
    detect(frame, timestampMs) {
      if (contextLost()) throw new LandmarkerContextLost();
      // MediaPipe rejects a timestamp that does not increase (two frames in the same millisecond).
      const stamp = Math.max(Math.round(timestampMs), lastTimestampMs + 1);
      lastTimestampMs = stamp;
      try {
        return toDetectedFaces(landmarker.detectForVideo(frame, stamp));
      } catch (error) {
        if (contextLost()) throw new LandmarkerContextLost();
        throw error;
      }
    },
    isContextLost: contextLost,
    onContextLost(listener) {
      if (lost) listener();
      else lostListeners.push(listener);
    },
    loseContext() {
      glContextOf(canvas)?.getExtension('WEBGL_lose_context')?.loseContext();
    },
    close() {
      try {
        landmarker.close();
      } catch {
        // Closing after the context was lost can throw inside MediaPipe; the memory goes with the worker or page.
      }
    },
  };
}
