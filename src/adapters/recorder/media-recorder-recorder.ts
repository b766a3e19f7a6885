import { RecorderError, type Recorder, type Recording } from './recorder';

/**
 * WebM first (Chrome, Android WebView, WeChat's X5/XWeb), MP4 for Safari/iOS, whose MediaRecorder
 * only writes MP4. Codecs are named so the browser does not pick something heavier.
 */
export const preferredMimeTypes = [
  'video/webm;codecs=vp8',
  'video/webm;codecs=vp9',
  'video/webm',
  'video/mp4;codecs=avc1',
  'video/mp4',
] as const;

/**
 * ~10 s of face video at 600 kbit/s is ≈ 0.75 MB: well under the 1.5 MB that a weak rural
 * connection can still upload, and plenty for a reviewer to see the face move.
 */
export const videoBitsPerSecond = 600_000;

/** Asking for a chunk every second keeps memory flat and keeps data if the tab is killed late. */
const timesliceMs = 1000;

type RecorderConstructor = {
  new (stream: MediaStream, options?: MediaRecorderOptions): MediaRecorder;
  isTypeSupported(type: string): boolean;
};

export function pickMimeType(isTypeSupported: (type: string) => boolean): string | null {
  return preferredMimeTypes.find((type) => isTypeSupported(type)) ?? null;
}

export function isRecordingSupported(ctor: RecorderConstructor | undefined = globalThis.MediaRecorder): boolean {
  return typeof ctor === 'function';
}

/** Sound for the recorded route's re-encoded video: the spoken code must stay clear, nothing more. */
export const audioBitsPerSecond = 32_000;

/** With sound (the recorded route's re-encoding): the same order, codecs named for both tracks. */
export const preferredMimeTypesWithSound = ['video/webm;codecs=vp8,opus', 'video/webm;codecs=vp9,opus', 'video/webm', 'video/mp4'] as const;

export function createMediaRecorderRecorder(
  ctor: RecorderConstructor | undefined = globalThis.MediaRecorder,
  options: { videoBitsPerSecond?: number; audioBitsPerSecond?: number; withSound?: boolean } = {},
): Recorder {
  let recorder: MediaRecorder | null = null;
  let chunks: Blob[] = [];
  let mimeType = '';

  return {
    start(stream) {
      if (!ctor) throw new RecorderError('not-supported', 'MediaRecorder is missing');
      const types = options.withSound ? preferredMimeTypesWithSound : preferredMimeTypes;
      const picked = typeof ctor.isTypeSupported === 'function' ? (types.find((type) => ctor.isTypeSupported(type)) ?? null) : null;
      chunks = [];
      try {
        recorder = new ctor(stream, {
          ...(picked ? { mimeType: picked } : {}),
          videoBitsPerSecond: options.videoBitsPerSecond ?? videoBitsPerSecond,
          ...(options.audioBitsPerSecond ? { audioBitsPerSecond: options.audioBitsPerSecond } : {}),
        });
      } catch (error) {
        throw new RecorderError('not-supported', 'MediaRecorder refused the stream', { cause: error });
      }
      mimeType = recorder.mimeType || picked || 'video/webm';
      recorder.addEventListener('dataavailable', (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      });
      recorder.start(timesliceMs);
    },
    stop() {
      const active = recorder;
      if (!active) return Promise.reject(new RecorderError('failed', 'the recorder was not started'));
      recorder = null;
      if (active.state === 'inactive') return Promise.resolve(collect());
      return new Promise<Recording>((resolve, reject) => {
        active.addEventListener('stop', () => resolve(collect()), { once: true });
        active.addEventListener('error', (event) => reject(new RecorderError('failed', 'recording failed', { cause: event })), {
          once: true,
        });
        active.stop();
      });
    },
    discard() {
      const active = recorder;
      recorder = null;
      chunks = [];
      if (active && active.state !== 'inactive') active.stop();
    },
  };

  function collect(): Recording {
    // The container type without codec parameters: that is what servers and <video> check.
    const baseType = mimeType.split(';')[0] ?? mimeType;
    const blob = new Blob(chunks, { type: baseType });
    chunks = [];
    return { blob, mimeType: baseType };
  }
}
