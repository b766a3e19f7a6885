import type { FaceCheckServices, MissingFeature } from '../../../../src/features/liveness/effects/face-check-services';
import type { FrameScheduler } from '../../../../src/features/liveness/effects/frame-scheduler';
import { createFakeCamera } from '../../../support/fakes/fake-camera';
import { createFakeFrameGrabber, settle } from '../../../support/fakes/fake-frame-grabber';
import { createFakeRecorder, type FakeRecorder } from '../../../support/fakes/fake-recorder';
import { createManualClock } from '../../../support/fakes/manual-clock';
import { createScriptedFaceDetector } from '../../../support/fakes/scripted-face-detector';
import { loadTrace } from '../../../support/traces';

/** The face check's services, all fake: a trace-playing detector, a camera that can fail, frames fired by hand. */
export function createFakeFaceCheck(traceId = 'real-01-blink-webcam-man') {
  const clock = createManualClock(0);
  const camera = createFakeCamera();
  const trace = loadTrace(traceId);
  const detector = createScriptedFaceDetector(trace);
  let createdAt: Date | null = null;
  const grabber = createFakeFrameGrabber();
  const recorders: FakeRecorder[] = [];
  let pendingFrame: (() => void) | null = null;
  let missing: MissingFeature[] = [];
  let cues = 0;
  /** The limits each fitRecording call was asked to fit (certify only: practice sends nothing). */
  const fitted: Parameters<FaceCheckServices['fitRecording']>[1][] = [];
  const scheduler: FrameScheduler = {
    requestFrame(callback) {
      const wrapped = () => callback(clock.nowMs());
      pendingFrame = wrapped;
      return () => {
        if (pendingFrame === wrapped) pendingFrame = null;
      };
    },
  };
  const services: FaceCheckServices = {
    createDetector: () => detector,
    camera,
    createRecorder: () => {
      const recorder = createFakeRecorder(6000);
      recorders.push(recorder);
      return recorder;
    },
    createFrameScheduler: () => scheduler,
    grabFrame: grabber.grabFrame,
    createBrightnessMeter: () => () => 128,
    createBestFrameKeeper: () => {
      let best = -Infinity;
      return {
        get bestQuality() {
          return best;
        },
        offer: (_frame, quality) => void (best = Math.max(best, quality)),
        toJpeg: () => Promise.resolve(best > 0 ? { blob: new Blob([new Uint8Array(3000)], { type: 'image/jpeg' }), width: 640, height: 480 } : null),
        clear: () => void (best = -Infinity),
      };
    },
    createSuccessCue: () => ({ play: () => void (cues += 1), dispose: () => undefined }),
    clock,
    visibility: { isHidden: () => false, onChange: () => () => undefined },
    checkSupport: () => missing,
    prepare: (onProgress) => {
      onProgress({ stage: 'download', fraction: 1 });
      return Promise.resolve();
    },
    // The recorded route: the "file" is the trace itself, its frames handed out at maxFps of its own time.
    openVideoFile: (_video, _file, { maxFps }) => {
      const durationMs = Math.round(trace.clip_duration_s * 1000);
      let nextMs = 0;
      return Promise.resolve({
        durationMs,
        async next() {
          if (nextMs > durationMs) return null;
          const mediaTimeMs = nextMs;
          nextMs += 1000 / maxFps;
          return { frame: await grabber.grabFrame(), mediaTimeMs };
        },
        close: () => undefined,
      });
    },
    fitRecording: (file, limits) => {
      fitted.push(limits);
      return Promise.resolve({ blob: file, mimeType: file.type || 'video/webm', reencoded: false });
    },
    videoType: (file) => Promise.resolve(file.type || 'video/webm'),
    readCreatedAt: () => Promise.resolve(createdAt),
    stillFromVideo: () =>
      Promise.resolve({ photo: { blob: new Blob([new Uint8Array(2500)], { type: 'image/jpeg' }), width: 720, height: 960 }, durationMs: Math.round(trace.clip_duration_s * 1000) }),
  };
  return {
    services,
    clock,
    camera,
    detector,
    grabber,
    recorders,
    fitted,
    get cues() {
      return cues;
    },
    setMissing(next: MissingFeature[]) {
      missing = next;
    },
    /** What the recorded "file" says about when it was made. */
    setRecordingCreatedAt(next: Date | null) {
      createdAt = next;
    },
    /** Plays frames every 33 ms of clock time for `ms`, letting each frame's detection finish. */
    async play(ms: number) {
      const until = clock.nowMs() + ms;
      while (clock.nowMs() + 33 <= until) {
        clock.advance(33);
        const next = pendingFrame;
        pendingFrame = null;
        next?.();
        await settle();
      }
    },
  };
}

/** jsdom plays no video: gives video elements a 640x480 frame size, a play() that resolves and fake object URLs. */
export function installFakeVideoElement(): () => void {
  const proto = HTMLMediaElement.prototype;
  const play = Object.getOwnPropertyDescriptor(proto, 'play');
  Object.defineProperty(proto, 'play', { configurable: true, value: () => Promise.resolve() });
  Object.defineProperty(HTMLVideoElement.prototype, 'videoWidth', { configurable: true, get: () => 640 });
  Object.defineProperty(HTMLVideoElement.prototype, 'videoHeight', { configurable: true, get: () => 480 });
  const createObjectURL = URL.createObjectURL;
  const revokeObjectURL = URL.revokeObjectURL;
  URL.createObjectURL = () => 'blob:fake';
  URL.revokeObjectURL = () => undefined;
  return () => {
    if (play) Object.defineProperty(proto, 'play', play);
    delete (HTMLVideoElement.prototype as { videoWidth?: number }).videoWidth;
    delete (HTMLVideoElement.prototype as { videoHeight?: number }).videoHeight;
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
  };
}
