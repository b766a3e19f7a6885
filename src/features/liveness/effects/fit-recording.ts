import { audioBitsPerSecond, createMediaRecorderRecorder, isRecordingSupported } from '../../../adapters/recorder/media-recorder-recorder';
import type { Recorder } from '../../../adapters/recorder/recorder';

/**
 * The recorded route submits the file the person filmed, as it is when it fits the server's limits;
 * a phone camera's video is usually much bigger (1080p at 10-20 Mbit/s: 8 MiB in 4-6 s), so it is
 * re-encoded on the phone: played once, drawn at most 640 px wide and recorded again, with its sound
 * (the reviewer must hear the code read aloud), at a bit rate that fits.
 */
export type VideoLimits = { videoMaxBytes: number; videoMaxDurationMs: number };

export type FittedVideo = { blob: Blob; mimeType: string; reencoded: boolean };

export class FitRecordingError extends Error {
  readonly code: 'too-long' | 'too-big' | 'cannot-reencode';
  constructor(code: 'too-long' | 'too-big' | 'cannot-reencode', message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FitRecordingError';
    this.code = code;
  }
}

/** Widest picture of a re-encoded video: a face needs no more (the live check records 640x480). */
const maxReencodedWidthPx = 640;
/** Below this the face is a smear; above it the live check's own rate. */
const minVideoBitsPerSecond = 150_000;
const maxVideoBitsPerSecond = 600_000;
/** Room for the container and bit-rate overshoot. */
const sizeSafetyFactor = 0.8;

/** What the server reads (bytes, not the name): ftyp → MP4 (a phone's .mov too), EBML → WebM. */
export async function sniffVideoType(file: Blob): Promise<string> {
  const head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  if (String.fromCharCode(...head.subarray(4, 8)) === 'ftyp') return 'video/mp4';
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'video/webm';
  return file.type || 'application/octet-stream';
}

/** The bit rate that keeps `durationMs` of video (and its sound) under `maxBytes`. */
export function fittingVideoBitsPerSecond(maxBytes: number, durationMs: number): number {
  const budget = (maxBytes * 8 * sizeSafetyFactor) / Math.max(1, durationMs / 1000) - audioBitsPerSecond;
  return Math.round(Math.min(maxVideoBitsPerSecond, Math.max(minVideoBitsPerSecond, budget)));
}

type CapturableVideo = HTMLVideoElement & { captureStream?: () => MediaStream; mozCaptureStream?: () => MediaStream };
type CapturableCanvas = HTMLCanvasElement & { captureStream?: (fps?: number) => MediaStream };

export async function fitRecording(
  file: Blob,
  limits: VideoLimits,
  deps: { video: HTMLVideoElement; signal?: AbortSignal; onProgress?: (fraction: number) => void; createRecorder?: (videoBitsPerSecond: number) => Recorder },
): Promise<FittedVideo> {
  const mimeType = await sniffVideoType(file);
  const { video } = deps;
  const url = URL.createObjectURL(file);
  try {
    video.src = url;
    video.muted = true;
    video.playsInline = true;
    await new Promise<void>((resolve, reject) => {
      video.addEventListener('loadedmetadata', () => resolve(), { once: true });
      video.addEventListener('error', () => reject(new FitRecordingError('cannot-reencode', 'the video cannot be played')), { once: true });
    });
    const durationMs = Number.isFinite(video.duration) ? video.duration * 1000 : Number.NaN;
    if (durationMs > limits.videoMaxDurationMs) throw new FitRecordingError('too-long', `${Math.round(durationMs)} ms`);
    if (file.size <= limits.videoMaxBytes) return { blob: file, mimeType, reencoded: false };
    return await reencode(video, Number.isFinite(durationMs) ? durationMs : limits.videoMaxDurationMs, limits, deps);
  } finally {
    video.pause();
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}

async function reencode(
  video: CapturableVideo,
  durationMs: number,
  limits: VideoLimits,
  deps: { signal?: AbortSignal; onProgress?: (fraction: number) => void; createRecorder?: (videoBitsPerSecond: number) => Recorder },
): Promise<FittedVideo> {
  const canvas = document.createElement('canvas') as CapturableCanvas;
  const scale = Math.min(1, maxReencodedWidthPx / Math.max(1, video.videoWidth));
  canvas.width = Math.round((video.videoWidth * scale) / 2) * 2;
  canvas.height = Math.round((video.videoHeight * scale) / 2) * 2;
  const context = canvas.getContext('2d');
  if (!context || typeof canvas.captureStream !== 'function' || !isRecordingSupported()) {
    throw new FitRecordingError('cannot-reencode', 'no canvas capture or MediaRecorder here');
  }
  const stream = canvas.captureStream(30);
  // The sound comes from the file (the code read aloud): the element's own capture where there is one.
  const elementStream = video.captureStream?.() ?? video.mozCaptureStream?.();
  for (const track of elementStream?.getAudioTracks() ?? []) stream.addTrack(track);
  const bitrate = fittingVideoBitsPerSecond(limits.videoMaxBytes, durationMs);
  const recorder = deps.createRecorder?.(bitrate) ?? createMediaRecorderRecorder(globalThis.MediaRecorder, { videoBitsPerSecond: bitrate, audioBitsPerSecond, withSound: true });

  let drawing = true;
  const draw = () => {
    if (!drawing) return;
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    if (Number.isFinite(durationMs) && durationMs > 0) deps.onProgress?.(Math.min(1, (video.currentTime * 1000) / durationMs));
    requestAnimationFrame(draw);
  };
  try {
    video.currentTime = 0;
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    recorder.start(stream);
    const ended = new Promise<void>((resolve, reject) => {
      video.addEventListener('ended', () => resolve(), { once: true });
      deps.signal?.addEventListener('abort', () => reject(deps.signal?.reason), { once: true });
    });
    await video.play();
    draw();
    await ended;
  } catch (error) {
    drawing = false;
    recorder.discard();
    throw error instanceof FitRecordingError ? error : new FitRecordingError('cannot-reencode', 'the re-encoding stopped', { cause: error });
  } finally {
    drawing = false;
    for (const track of stream.getTracks()) track.stop();
  }
  const recording = await recorder.stop();
  if (recording.blob.size > limits.videoMaxBytes) throw new FitRecordingError('too-big', `${recording.blob.size} bytes after re-encoding`);
  return { blob: recording.blob, mimeType: recording.mimeType, reencoded: true };
}
