import { FaceDetectorError, type Detection, type DetectorDelegate } from './face-detector';
import type { FromDetectorWorker, ToDetectorWorker, WorkerStartFailure } from './face-detector-protocol';
import type { WasmFiles } from './face-landmarker-runtime';
import DetectorWorker from './face-detector.worker?worker';

/** The page's side of the detection worker. */
export type WorkerLandmarker = {
  readonly delegate: DetectorDelegate;
  readonly gpuFailed: boolean;
  detect(frame: ImageBitmap, timestampMs: number): Promise<Detection>;
  /** Loses MediaPipe's WebGL context inside the worker (the runtime-ladder tests). */
  loseContext(): void;
  /** Terminates the worker (and the model in it); detections in flight fail. */
  close(): void;
};

export type StartWorkerLandmarkerOptions = {
  modelBytes: Uint8Array;
  wasm: WasmFiles;
  delegates: readonly DetectorDelegate[];
  signal?: AbortSignal | undefined;
};

export type WorkerStartOutcome =
  | { ok: true; landmarker: WorkerLandmarker }
  | { ok: false; failure: WorkerStartFailure; reason: string; gpuFailed: boolean };

/** Where the worker route can work at all: frames must travel as ImageBitmaps and MediaPipe needs an OffscreenCanvas. */
export function canDetectInWorker(): boolean {
  return typeof Worker === 'function' && typeof OffscreenCanvas === 'function' && typeof createImageBitmap === 'function';
}

/**
 * Starts MediaPipe in a worker. Resolves with why not when this browser's workers cannot run it (no
 * WebGL in workers, a worker blocked or crashed while starting: the caller then runs it on the page)
 * or when the wasm build did not compile (the caller tries the other build). Rejects only when the
 * signal aborts.
 */
export function startWorkerLandmarker(options: StartWorkerLandmarkerOptions): Promise<WorkerStartOutcome> {
  const { signal } = options;
  signal?.throwIfAborted();
  let worker: Worker;
  try {
    worker = new DetectorWorker({ name: 'face-detector' });
  } catch (error) {
    // A Content-Security-Policy without worker-src 'self', or workers disabled.
    return Promise.resolve({ ok: false, failure: 'unavailable', reason: String(error), gpuFailed: false });
  }

  type Pending = { resolve(detection: Detection): void; reject(error: FaceDetectorError): void };
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closed = false;
  let contextLost = false;

  const failPending = (code: 'start-failed' | 'context-lost', reason: string) => {
    for (const { reject } of pending.values()) reject(new FaceDetectorError(code, reason));
    pending.clear();
  };
  const close = () => {
    if (closed) return;
    closed = true;
    worker.terminate();
    failPending('start-failed', 'the face detector was closed');
  };
  const post = (message: ToDetectorWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);

  const detect = (frame: ImageBitmap, timestampMs: number): Promise<Detection> => {
    if (closed || contextLost) {
      frame.close();
      const code = contextLost ? 'context-lost' : 'start-failed';
      return Promise.reject(new FaceDetectorError(code, contextLost ? 'the WebGL context was lost' : 'the face detector was closed'));
    }
    const id = nextId;
    nextId += 1;
    return new Promise<Detection>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      try {
        // Transferred, not copied: the worker hands the same pixels back with the result.
        post({ type: 'detect', id, frame, timestampMs }, [frame]);
      } catch (error) {
        pending.delete(id);
        frame.close();
        reject(new FaceDetectorError('start-failed', 'could not hand the frame to the face detector', { cause: error }));
      }
    });
  };

  return new Promise<WorkerStartOutcome>((resolve, reject) => {
    let started = false;
    const onAbort = () => {
      close();
      reject(signal?.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const giveUp = (failure: WorkerStartFailure, reason: string, gpuFailed: boolean) => {
      signal?.removeEventListener('abort', onAbort);
      close();
      resolve({ ok: false, failure, reason, gpuFailed });
    };

    worker.onmessage = (event: MessageEvent<FromDetectorWorker>) => {
      const message = event.data;
      switch (message.type) {
        case 'started':
          started = true;
          signal?.removeEventListener('abort', onAbort);
          resolve({
            ok: true,
            landmarker: {
              delegate: message.delegate,
              gpuFailed: message.gpuFailed,
              detect,
              loseContext: () => post({ type: 'lose-context' }),
              close,
            },
          });
          break;
        case 'start-failed':
          giveUp(message.failure, message.reason, message.gpuFailed);
          break;
        case 'detected': {
          const { faces, frame, detectMs } = message;
          const waiting = pending.get(message.id);
          pending.delete(message.id);
          if (waiting) waiting.resolve({ faces, frame, detectMs });
          else frame.close();
          break;
        }
        case 'detect-failed': {
          const code = message.contextLost ? 'context-lost' : 'start-failed';
          pending.get(message.id)?.reject(new FaceDetectorError(code, `detection failed: ${message.reason}`));
          pending.delete(message.id);
          break;
        }
        case 'context-lost':
          contextLost = true;
          failPending('context-lost', 'the WebGL context was lost');
          break;
      }
    };
    const onCrash = (reason: string) => {
      if (!started) giveUp('unavailable', reason, false);
      else {
        // Mid-check (out of memory, a crashed GPU process): the check rebuilds the detector.
        contextLost = true;
        failPending('context-lost', reason);
        close();
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      onCrash(`the face detector stopped: ${event.message}`);
    };
    worker.onmessageerror = () => onCrash('a message from the face detector could not be read');

    // Copied, not transferred: if the worker cannot start, the page still has the model to start it itself.
    post({ type: 'start', modelBytes: options.modelBytes, wasm: options.wasm, delegates: options.delegates });
  });
}
