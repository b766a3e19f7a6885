import type { DetectedFace, FaceDetector } from '../../../adapters/face-detector/face-detector';
import type { ChallengeKind } from '../model/challenge';
import type { LivenessConfig } from '../model/liveness-config';
import { createLivenessState, stepLiveness, type LivenessState } from '../model/liveness-engine';
import { boxFromLandmarks, measureFrame } from '../model/measure-face';
import { frameQuality } from '../model/to-view';
import type { BestFrameKeeper } from './best-frame-keeper';
import type { BrightnessMeter } from './brightness-meter';
import { nextMediaEvent } from './media-event';

/**
 * The recorded route's analysis: the frames of a video the person filmed with the phone's own camera
 * app, decoded on the phone and run through the same detector (VIDEO mode, timestamps from the file)
 * and the same engine (thresholds, order, refusals) as the live check.
 */

/** One decoded frame of the file and when it is shown, in ms of the video's own time. */
export type FileFrame = { frame: ImageBitmap; mediaTimeMs: number };

/** Frames of a video file, in order; null at the end. */
export interface VideoFrameSource {
  /** The video's length (NaN when the file does not say, as MediaRecorder WebM may not). */
  readonly durationMs: number;
  next(): Promise<FileFrame | null>;
  close(): void;
}

export class RecordedVideoError extends Error {
  readonly code: 'unreadable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RecordedVideoError';
    this.code = 'unreadable';
  }
}

type VideoWithFrameCallback = HTMLVideoElement & {
  requestVideoFrameCallback?: (callback: (now: number, metadata: { mediaTime: number }) => void) => number;
};

const once = (target: EventTarget, event: string, signal?: AbortSignal) =>
  nextMediaEvent(target, event, () => new RecordedVideoError('the video reported an error'), signal);

/**
 * Plays the file in `video` (muted, on the page so the person sees what is being checked) and hands out
 * its frames one at a time, at most `maxFps` per second of video time: the video is paused while a frame
 * is analysed, so a slow phone takes longer but sees the same frames as a fast one. Where the browser has
 * no requestVideoFrameCallback (older Safari, WeChat's X5), it seeks from frame to frame instead.
 */
export async function openVideoFile(
  video: HTMLVideoElement,
  file: Blob,
  options: { maxFps: number; signal?: AbortSignal; grabFrame?: (video: HTMLVideoElement) => Promise<ImageBitmap> },
): Promise<VideoFrameSource> {
  const grab = options.grabFrame ?? ((element: HTMLVideoElement) => createImageBitmap(element));
  const url = URL.createObjectURL(file);
  video.muted = true;
  video.playsInline = true;
  video.preload = 'auto';
  video.src = url;
  try {
    await once(video, 'loadeddata', options.signal);
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error instanceof RecordedVideoError ? error : error;
  }
  if (!(video.videoWidth > 0)) {
    URL.revokeObjectURL(url);
    throw new RecordedVideoError('the video has no picture');
  }
  const durationMs = Number.isFinite(video.duration) ? video.duration * 1000 : Number.NaN;
  const stepMs = 1000 / options.maxFps;
  let lastMs = Number.NEGATIVE_INFINITY;
  let ended = false;
  const onEnded = () => {
    ended = true;
  };
  video.addEventListener('ended', onEnded);
  const withCallback = video as VideoWithFrameCallback;

  const nextPlayed = async (): Promise<FileFrame | null> => {
    for (;;) {
      if (ended || options.signal?.aborted) return null;
      const mediaTimeMs = await new Promise<number | null>((resolve) => {
        const stop = () => resolve(null);
        video.addEventListener('ended', stop, { once: true });
        withCallback.requestVideoFrameCallback?.((_now, metadata) => {
          video.removeEventListener('ended', stop);
          resolve(metadata.mediaTime * 1000);
        });
        void video.play().catch(stop);
      });
      if (mediaTimeMs === null) return null;
      if (mediaTimeMs - lastMs < stepMs) continue; // keep playing to the next wanted frame
      video.pause();
      lastMs = mediaTimeMs;
      return { frame: await grab(video), mediaTimeMs };
    }
  };

  const nextSeeked = async (): Promise<FileFrame | null> => {
    const targetMs = lastMs === Number.NEGATIVE_INFINITY ? 0 : lastMs + stepMs;
    if (Number.isFinite(durationMs) && targetMs > durationMs) return null;
    const before = video.currentTime;
    video.currentTime = targetMs / 1000;
    await once(video, 'seeked', options.signal);
    // A file that does not say its length: the end is where seeking stops moving forward.
    if (!Number.isFinite(durationMs) && video.currentTime <= before && lastMs !== Number.NEGATIVE_INFINITY) return null;
    lastMs = targetMs;
    return { frame: await grab(video), mediaTimeMs: targetMs };
  };

  return {
    durationMs,
    next: typeof withCallback.requestVideoFrameCallback === 'function' ? nextPlayed : nextSeeked,
    close() {
      video.removeEventListener('ended', onEnded);
      video.pause();
      video.removeAttribute('src');
      video.load();
      URL.revokeObjectURL(url);
    },
  };
}

export type RecordingAnalysis = {
  passed: boolean;
  /** The engine's final state: what was seen (records), where it stopped. */
  state: LivenessState;
  framesAnalysed: number;
  /** Frames analysed per second of video time. */
  analysedFps: number;
  /** Video time covered, first to last analysed frame. */
  spanMs: number;
};

export type AnalyseRecordingDeps = {
  source: VideoFrameSource;
  detector: FaceDetector;
  measureBrightness: BrightnessMeter;
  bestFrame: BestFrameKeeper;
  challenges: readonly ChallengeKind[];
  config: LivenessConfig;
  /** 0..1 of the video checked. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** The detector's clock goes on from here (it only ever moves forward, and it may have run the live check). */
  timestampBaseMs: number;
};

/**
 * Runs the engine over the file's frames, from the start: positioning (the person's own baselines), then
 * the actions in the order issued, each after the previous one. Stops as soon as every action was seen,
 * or at the end of the video. The best frontal frame becomes the photo, as in the live check.
 */
export async function analyseRecording(deps: AnalyseRecordingDeps): Promise<RecordingAnalysis> {
  const { source, config } = deps;
  let state = createLivenessState(deps.challenges, config, 0);
  let framesAnalysed = 0;
  let firstMs: number | null = null;
  let lastMs = 0;
  let brightness = 128;
  for (;;) {
    deps.signal?.throwIfAborted();
    const next = await source.next();
    if (!next) break;
    let frame: ImageBitmap | null = next.frame;
    try {
      const detection = await deps.detector.detect(frame, deps.timestampBaseMs + next.mediaTimeMs);
      frame = detection.frame;
      const faces: readonly DetectedFace[] = detection.faces;
      if (framesAnalysed % 3 === 0) {
        const largest = [...faces].map((face) => boxFromLandmarks(face.landmarks)).sort((a, b) => b.width - a.width)[0];
        brightness = deps.measureBrightness(frame, largest ?? null) ?? brightness;
      }
      const measurement = measureFrame(faces, { timestampMs: next.mediaTimeMs, brightness, widthPx: frame.width, heightPx: frame.height });
      state = stepLiveness(state, { type: 'frame', measurement }, config);
      const quality = frameQuality(state, config);
      if (quality > 0) deps.bestFrame.offer(frame, quality);
    } finally {
      frame?.close();
    }
    framesAnalysed += 1;
    firstMs ??= next.mediaTimeMs;
    lastMs = next.mediaTimeMs;
    if (Number.isFinite(source.durationMs) && source.durationMs > 0) deps.onProgress?.(Math.min(1, next.mediaTimeMs / source.durationMs));
    if (state.phase === 'passed' || state.phase === 'failed') break;
  }
  // The end of the video is the end of time for the engine: an action still waiting times out now.
  state = stepLiveness(state, { type: 'tick', nowMs: lastMs }, config);
  const spanMs = firstMs === null ? 0 : lastMs - firstMs;
  return {
    passed: state.phase === 'passed',
    state,
    framesAnalysed,
    analysedFps: spanMs > 0 ? ((framesAnalysed - 1) * 1000) / spanMs : 0,
    spanMs,
  };
}
