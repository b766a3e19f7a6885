import { FaceDetectorError, type Detection, type DetectorDelegate } from './face-detector';
import type { FromDetectorWorker, ToDetectorWorker } from './face-detector-protocol';
import DetectorWorker from './face-detector.worker?worker';

/** The page's side of the detection worker. */
export type WorkerLandmarker = {
  readonly delegate: DetectorDelegate;
  detect(frame: ImageBitmap, timestampMs: number): Promise<Detection>;
  /** Terminates the worker (and the model in it); detections in flight fail. */
  close(): void;
};

export type StartWorkerLandmarkerOptions = {
  modelBytes: Uint8Array;
  wasmBaseUrl: string;
  delegates: readonly DetectorDelegate[];
  signal?: AbortSignal | undefined;
};

/** Where the worker route can work at all: frames must travel as ImageBitmaps and MediaPipe needs an OffscreenCanvas. */
export function canDetectInWorker(): boolean {
  return typeof Worker === 'function' && typeof OffscreenCanvas === 'function' && typeof createImageBitmap === 'function';
}

/**
 * Starts MediaPipe in a worker. Resolves null when this browser's workers cannot run it (no WebGL
 * in workers, a worker blocked or crashed while starting): the caller then runs it on the page.
 * Rejects only when the signal aborts.
 */
export function startWorkerLandmarker(options: StartWorkerLandmarkerOptions): Promise<WorkerLandmarker | null> {
  const { signal } = options;
  signal?.throwIfAborted();
  let worker: Worker;
  try {
    worker = new DetectorWorker({ name: 'face-detector' });
  } catch {
    // A Content-Security-Policy without worker-src 'self', or workers disabled.
    return Promise.resolve(null);
  }

  type Pending = { resolve(detection: Detection): void; reject(error: FaceDetectorError): void };
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closed = false;

  const failPending = (reason: string) => {
    for (const { reject } of pending.values()) reject(new FaceDetectorError('start-failed', reason));
    pending.clear();
  };
  const close = () => {
    if (closed) return;
    closed = true;
    worker.terminate();
    failPending('the face detector was closed');
  };
  const post = (message: ToDetectorWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);

  const detect = (frame: ImageBitmap, timestampMs: number): Promise<Detection> => {
    if (closed) {
      frame.close();
      return Promise.reject(new FaceDetectorError('start-failed', 'the face detector was closed'));
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

  return new Promise<WorkerLandmarker | null>((resolve, reject) => {
    let started = false;
    const onAbort = () => {
      close();
      reject(signal?.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const giveUp = () => {
      signal?.removeEventListener('abort', onAbort);
      close();
      resolve(null);
    };

    worker.onmessage = (event: MessageEvent<FromDetectorWorker>) => {
      const message = event.data;
      switch (message.type) {
        case 'started':
          started = true;
          signal?.removeEventListener('abort', onAbort);
          resolve({ delegate: message.delegate, detect, close });
          break;
        case 'start-failed':
          giveUp();
          break;
        case 'detected': {
          const { faces, frame, detectMs } = message;
          const waiting = pending.get(message.id);
          pending.delete(message.id);
          if (waiting) waiting.resolve({ faces, frame, detectMs });
          else frame.close();
          break;
        }
        case 'detect-failed':
          pending.get(message.id)?.reject(new FaceDetectorError('start-failed', `detection failed: ${message.reason}`));
          pending.delete(message.id);
          break;
      }
    };
    const onCrash = (reason: string) => {
      if (!started) giveUp();
      else {
        // Mid-check (out of memory, a lost GPU context): the check reports a detector failure and
        // 再试一次 builds a fresh detector.
        failPending(reason);
        close();
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      onCrash(`the face detector stopped: ${event.message}`);
    };
    worker.onmessageerror = () => onCrash('a message from the face detector could not be read');

    // Copied, not transferred: if the worker cannot start, the page still has the model to start it itself.
    post({ type: 'start', modelBytes: options.modelBytes, wasmBaseUrl: options.wasmBaseUrl, delegates: options.delegates });
  });
}
