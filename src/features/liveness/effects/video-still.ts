import type { Photo } from './best-frame-keeper';
import { nextMediaEvent } from './media-event';

/**
 * A still from the person's own video, for the photo that goes with it where the phone cannot look for
 * the best frame itself (no detector: no WebGL, no WebAssembly). Drawn with the plain 2D canvas, which
 * every browser has. Taken a second in: the person is facing the phone and reading the code, before the
 * first action. Also how long the video is, which the metadata needs.
 */
export type VideoStill = { photo: Photo; durationMs: number };

export class VideoStillError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'VideoStillError';
  }
}

/** Seconds into the video: past the camera app's first dark frames, before the first action. */
const stillAtMs = 1000;
/** A face needs no more; keeps the JPEG far below the photo limit. */
const maxStillWidthPx = 1280;
/** As the best-frame keeper's photo: eyes and wrinkles clearly visible at ~50-200 KB. */
const jpegQuality = 0.85;

const next = (video: HTMLVideoElement, event: string, signal?: AbortSignal) =>
  nextMediaEvent(video, event, () => new VideoStillError('the video cannot be played'), signal);

export async function stillFromVideo(video: HTMLVideoElement, file: Blob, options: { signal?: AbortSignal } = {}): Promise<VideoStill> {
  const { signal } = options;
  const url = URL.createObjectURL(file);
  const canvas = document.createElement('canvas');
  try {
    video.muted = true;
    video.playsInline = true;
    video.preload = 'auto';
    const loaded = next(video, 'loadeddata', signal);
    video.src = url;
    await loaded;
    let durationMs = video.duration * 1000;
    if (!Number.isFinite(durationMs)) {
      // A file that does not say how long it is (MediaRecorder's WebM): seeking past the end makes the browser find out.
      const found = next(video, 'seeked', signal);
      video.currentTime = 24 * 3600;
      await found;
      durationMs = Number.isFinite(video.duration) ? video.duration * 1000 : 0;
    }
    const seeked = next(video, 'seeked', signal);
    video.currentTime = Math.min(stillAtMs, durationMs / 2) / 1000;
    await seeked;
    if (video.videoWidth === 0 || video.videoHeight === 0) throw new VideoStillError('the video has no picture');
    const scale = Math.min(1, maxStillWidthPx / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new VideoStillError('no 2D canvas');
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', jpegQuality));
    if (!blob) throw new VideoStillError('the still could not be made');
    return { photo: { blob, width: canvas.width, height: canvas.height }, durationMs: Math.round(durationMs) };
  } finally {
    // Face pixels are sensitive: nothing is left in the canvas or the element.
    canvas.width = 0;
    canvas.height = 0;
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}
