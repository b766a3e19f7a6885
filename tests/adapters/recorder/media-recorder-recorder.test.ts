import { describe, expect, it } from 'vitest';
import { createMediaRecorderRecorder, pickMimeType, videoBitsPerSecond } from '../../../src/adapters/recorder/media-recorder-recorder';

function fakeRecorderClass(supported: readonly string[]) {
  const instances: FakeMediaRecorder[] = [];
  class FakeMediaRecorder extends EventTarget {
    static isTypeSupported(type: string) {
      return supported.includes(type);
    }
    state: RecordingState = 'inactive';
    readonly mimeType: string;
    timeslice: number | undefined;
    constructor(
      readonly stream: MediaStream,
      readonly options: MediaRecorderOptions = {},
    ) {
      super();
      this.mimeType = options.mimeType ?? '';
      instances.push(this);
    }
    start(timeslice?: number) {
      this.state = 'recording';
      this.timeslice = timeslice;
    }
    emit(bytes: number) {
      const event = Object.assign(new Event('dataavailable'), { data: new Blob([new Uint8Array(bytes)]) });
      this.dispatchEvent(event);
    }
    stop() {
      this.emit(100);
      this.state = 'inactive';
      this.dispatchEvent(new Event('stop'));
    }
  }
  return { ctor: FakeMediaRecorder as unknown as typeof MediaRecorder, instances };
}

const stream = {} as MediaStream;

describe('MediaRecorder recorder', () => {
  it('prefers WebM VP8, and falls back to MP4 where that is all there is (Safari)', () => {
    expect(pickMimeType((t) => ['video/webm;codecs=vp8', 'video/mp4'].includes(t))).toBe('video/webm;codecs=vp8');
    expect(pickMimeType((t) => t.startsWith('video/mp4'))).toBe('video/mp4;codecs=avc1');
    expect(pickMimeType(() => false)).toBeNull();
  });

  it('records at a modest bitrate (10 s ≤ 1.5 MB) and returns every chunk as one blob of the container type', async () => {
    expect((videoBitsPerSecond * 10) / 8).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    const { ctor, instances } = fakeRecorderClass(['video/webm;codecs=vp8']);
    const recorder = createMediaRecorderRecorder(ctor);
    recorder.start(stream);
    const active = instances[0];
    expect(active?.options).toMatchObject({ mimeType: 'video/webm;codecs=vp8', videoBitsPerSecond });
    active?.emit(1000);
    active?.emit(2000);
    const recording = await recorder.stop();
    expect(recording.mimeType).toBe('video/webm');
    expect(recording.blob.type).toBe('video/webm');
    expect(recording.blob.size).toBe(3100);
  });

  it('discard() stops and drops everything; stop() without start() fails clearly', async () => {
    const { ctor, instances } = fakeRecorderClass(['video/mp4']);
    const recorder = createMediaRecorderRecorder(ctor);
    recorder.start(stream);
    instances[0]?.emit(500);
    recorder.discard();
    expect(instances[0]?.state).toBe('inactive');
    await expect(recorder.stop()).rejects.toMatchObject({ code: 'failed' });
  });

  it('without MediaRecorder it says not-supported', () => {
    const recorder = createMediaRecorderRecorder(undefined);
    expect(() => recorder.start(stream)).toThrow(expect.objectContaining({ code: 'not-supported' }));
  });
});
