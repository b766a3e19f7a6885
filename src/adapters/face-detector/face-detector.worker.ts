/**
 * Runs MediaPipe's FaceLandmarker off the main thread. A detection costs 30-100 ms on a mid-range
 * phone; on the main thread that blocks every tap and redraw for as long, in the middle of a check
 * where an older person is waiting for the next prompt.
 *
 * Built as a classic worker (Vite's default worker format), so MediaPipe loads the same wasm glue
 * with importScripts() as the page does: one set of files to cache for offline use. (Vite's dev
 * server serves workers as modules, which have no importScripts: there the worker fails to start
 * and detection runs on the page, as in Safari before 17.)
 */
import type { FromDetectorWorker, ToDetectorWorker } from './face-detector-protocol';
import { LandmarkerContextLost, LandmarkerStartError, startFaceLandmarker, type FaceLandmarkerRuntime } from './face-landmarker-runtime';
import { detectWebGl } from './webgl-probe';

type WorkerScope = {
  onmessage: ((event: MessageEvent<ToDetectorWorker>) => void) | null;
  postMessage(message: FromDetectorWorker, transfer?: Transferable[]): void;
};
const scope = self as unknown as WorkerScope;

let runtime: FaceLandmarkerRuntime | null = null;

async function start(message: Extract<ToDetectorWorker, { type: 'start' }>): Promise<void> {
  if (typeof OffscreenCanvas === 'undefined') {
    scope.postMessage({ type: 'start-failed', failure: 'unavailable', reason: 'no OffscreenCanvas in workers', gpuFailed: false });
    return;
  }
  // MediaPipe draws every frame with WebGL, even on the CPU delegate; some browsers have WebGL on
  // the page but not in workers (Safari before 17).
  if (detectWebGl(() => new OffscreenCanvas(1, 1)).version === 0) {
    scope.postMessage({ type: 'start-failed', failure: 'unavailable', reason: 'no WebGL in workers', gpuFailed: false });
    return;
  }
  try {
    runtime = await startFaceLandmarker({
      modelBytes: message.modelBytes,
      wasm: message.wasm,
      delegates: message.delegates,
      createCanvas: () => new OffscreenCanvas(1, 1),
    });
    runtime.onContextLost(() => scope.postMessage({ type: 'context-lost' }));
    scope.postMessage({ type: 'started', delegate: runtime.delegate, gpuFailed: runtime.gpuFailed });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    const wasm = error instanceof LandmarkerStartError && error.stage === 'wasm';
    const gpuFailed = error instanceof LandmarkerStartError && error.gpuFailed;
    scope.postMessage({ type: 'start-failed', failure: wasm ? 'wasm' : 'failed', reason: `${String(error)}${cause}`, gpuFailed });
  }
}

function detect(message: Extract<ToDetectorWorker, { type: 'detect' }>): void {
  const { id, frame, timestampMs } = message;
  try {
    if (!runtime) throw new Error('detect before start');
    const before = performance.now();
    const faces = runtime.detect(frame, timestampMs);
    const detectMs = performance.now() - before;
    scope.postMessage({ type: 'detected', id, faces, frame, detectMs }, [frame]);
  } catch (error) {
    frame.close();
    scope.postMessage({ type: 'detect-failed', id, reason: String(error), contextLost: error instanceof LandmarkerContextLost });
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'start') void start(message);
  else if (message.type === 'lose-context') runtime?.loseContext();
  else detect(message);
};
