import type { Recorder, Recording } from '../../../src/adapters/recorder/recorder';

export type FakeRecorder = Recorder & {
  readonly state: 'idle' | 'recording' | 'stopped' | 'discarded';
  readonly startedWith: MediaStream | null;
};

/** Records nothing; stop() returns a small webm-typed blob of `bytes` bytes. */
export function createFakeRecorder(bytes = 4321, mimeType = 'video/webm'): FakeRecorder {
  let state: FakeRecorder['state'] = 'idle';
  let startedWith: MediaStream | null = null;
  return {
    get state() {
      return state;
    },
    get startedWith() {
      return startedWith;
    },
    start(stream) {
      state = 'recording';
      startedWith = stream;
    },
    stop(): Promise<Recording> {
      if (state !== 'recording') return Promise.reject(new Error(`stop() while ${state}`));
      state = 'stopped';
      return Promise.resolve({ blob: new Blob([new Uint8Array(bytes)], { type: mimeType }), mimeType });
    },
    discard() {
      state = 'discarded';
    },
  };
}
