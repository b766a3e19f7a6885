import type { Camera } from '../../../adapters/camera/camera';
import { createMediaDevicesCamera } from '../../../adapters/camera/media-devices-camera';
import type { FaceDetectorFactory, LoadProgress } from '../../../adapters/face-detector/face-detector';
import { createMediaPipeFaceDetector, prepareFaceCheck } from '../../../adapters/face-detector/mediapipe-face-detector';
import { detectPageWebGl, hasWebAssembly } from '../../../adapters/face-detector/web-platform-support';
import { createMediaRecorderRecorder, isRecordingSupported } from '../../../adapters/recorder/media-recorder-recorder';
import type { RecorderFactory } from '../../../adapters/recorder/recorder';
import { createCanvasBestFrameKeeper, type BestFrameKeeper } from './best-frame-keeper';
import { createCanvasBrightnessMeter, type BrightnessMeter } from './brightness-meter';
import { browserClock, documentVisibility, type Clock, type PageVisibility } from './clock';
import { readRecordingCreatedAt, type ByteSource } from '../../../../contract/recording-created-at';
import { fitRecording, sniffVideoType, type FittedVideo, type VideoLimits } from './fit-recording';
import { createVideoFrameScheduler, type FrameScheduler } from './frame-scheduler';
import { openVideoFile, type VideoFrameSource } from './recorded-video';
import { createAudioElementSuccessCue, type SuccessCue } from './success-cue';
import { stillFromVideo, type VideoStill } from './video-still';

export type MissingFeature = 'webAssembly' | 'camera' | 'recorder' | 'webGl' | 'imageBitmap';

/** Everything the face check touches outside pure logic, built once; tests pass fakes. */
export type FaceCheckServices = {
  createDetector: FaceDetectorFactory;
  camera: Camera;
  createRecorder: RecorderFactory;
  createFrameScheduler(video: HTMLVideoElement): FrameScheduler;
  /** A snapshot of the camera's current frame, to hand to the detector. */
  grabFrame(video: HTMLVideoElement): Promise<ImageBitmap>;
  createBrightnessMeter(): BrightnessMeter;
  createBestFrameKeeper(): BestFrameKeeper;
  createSuccessCue(): SuccessCue;
  clock: Clock;
  visibility: PageVisibility;
  /** What this browser lacks for the check (empty when it can do it). */
  checkSupport(): MissingFeature[];
  /** 提前准备: download the model and wasm into the cache now. */
  prepare(onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void>;
  /** Recorded route: the frames of the person's video file, played in `video`. */
  openVideoFile(video: HTMLVideoElement, file: Blob, options: { maxFps: number; signal?: AbortSignal }): Promise<VideoFrameSource>;
  /** Recorded route: the file as it is, or re-encoded to fit the server's limits. */
  fitRecording(file: Blob, limits: VideoLimits, deps: { video: HTMLVideoElement; signal?: AbortSignal; onProgress?: (fraction: number) => void }): Promise<FittedVideo>;
  /** Recorded route: the file's type by its bytes (what the server will read), for a file kept as it is. */
  videoType(file: Blob): Promise<string>;
  /** Recorded route: when the file's container says it was made (null: it does not say). */
  readCreatedAt(file: Blob): Promise<Date | null>;
  /** Recorded route where the phone cannot check the video: a still from it for the photo, and its length. */
  stillFromVideo(video: HTMLVideoElement, file: Blob, options: { signal?: AbortSignal }): Promise<VideoStill>;
};

/** A File read piece by piece: a phone video can be tens of MB, and only a few boxes are needed. */
function blobSource(file: Blob): ByteSource {
  return { size: file.size, read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()) };
}

export function browserSupport(): MissingFeature[] {
  const missing: MissingFeature[] = [];
  if (!hasWebAssembly()) missing.push('webAssembly');
  if (typeof navigator === 'undefined' || typeof navigator.mediaDevices?.getUserMedia !== 'function') missing.push('camera');
  if (!isRecordingSupported()) missing.push('recorder');
  if (detectPageWebGl().version === 0) missing.push('webGl');
  // Frames travel to the detector as ImageBitmaps (Safari 15+, every Chromium of the last years).
  if (typeof createImageBitmap !== 'function') missing.push('imageBitmap');
  return missing;
}

export function createBrowserFaceCheckServices(): FaceCheckServices {
  return {
    createDetector: () => createMediaPipeFaceDetector(),
    camera: createMediaDevicesCamera(),
    createRecorder: () => createMediaRecorderRecorder(),
    createFrameScheduler: createVideoFrameScheduler,
    grabFrame: (video) => createImageBitmap(video),
    createBrightnessMeter: createCanvasBrightnessMeter,
    createBestFrameKeeper: createCanvasBestFrameKeeper,
    createSuccessCue: createAudioElementSuccessCue,
    clock: browserClock,
    visibility: documentVisibility,
    checkSupport: browserSupport,
    prepare: (onProgress, signal) => prepareFaceCheck(onProgress, signal),
    openVideoFile: (video, file, options) => openVideoFile(video, file, options),
    fitRecording: (file, limits, deps) => fitRecording(file, limits, deps),
    videoType: (file) => sniffVideoType(file),
    readCreatedAt: (file) => readRecordingCreatedAt(blobSource(file)),
    stillFromVideo: (video, file, options) => stillFromVideo(video, file, options),
  };
}

let browserServices: FaceCheckServices | undefined;

/** The browser's own face-check services, built on first use (in the face check's own chunk). */
export function browserFaceCheckServices(): FaceCheckServices {
  return (browserServices ??= createBrowserFaceCheckServices());
}
