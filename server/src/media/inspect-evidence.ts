import type { ApiErrorCode } from '../../../contract/api-errors';
import { readJpegInfo } from './jpeg';
import { readMp4Info } from './mp4';
import { defaultReadLimits, ReadBudget, UnreadableMediaError, type ReadLimits, type UnreadableReason } from './read-budget';
import { readWebmInfo } from './webm';

/**
 * What the server learns from the evidence files before it accepts a submission, and why it refuses
 * one. Pure: bytes in, facts or a refusal out; never throws, whatever the bytes.
 */
export type EvidencePart = 'photo' | 'video';
export type PhotoFacts = { width: number; height: number };
export type VideoFacts = { mimeType: 'video/webm' | 'video/mp4'; durationMs: number | null };

/** The API error codes a refused file gets (all say "this file itself is bad: record again"). */
export type MediaRefusalCode = Extract<ApiErrorCode, 'wrong-file-type' | 'unreadable-photo' | 'unreadable-video'>;

export type MediaRefusal = {
  code: MediaRefusalCode;
  /** other-format: not a JPEG / WebM / MP4 at all; reader-bug: a reader threw something unplanned (logged as an error). */
  reason: UnreadableReason | 'other-format' | 'reader-bug';
  /** For the log (no personal data: offsets and sizes only). */
  detail: string;
};

export type Inspection<Facts> = { ok: true; facts: Facts } | { ok: false; refusal: MediaRefusal };

export const unreadableCode = { photo: 'unreadable-photo', video: 'unreadable-video' } as const satisfies Record<EvidencePart, MediaRefusalCode>;

function refuse(part: EvidencePart, error: unknown): { ok: false; refusal: MediaRefusal } {
  if (error instanceof UnreadableMediaError) return { ok: false, refusal: { code: unreadableCode[part], reason: error.reason, detail: error.message } };
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { ok: false, refusal: { code: unreadableCode[part], reason: 'reader-bug', detail } };
}

export function inspectPhoto(bytes: Uint8Array, limits: ReadLimits = defaultReadLimits): Inspection<PhotoFacts> {
  try {
    const jpeg = readJpegInfo(bytes, new ReadBudget(limits));
    if (!jpeg) return { ok: false, refusal: { code: 'wrong-file-type', reason: 'other-format', detail: 'The photo is not a JPEG.' } };
    return { ok: true, facts: jpeg };
  } catch (error) {
    return refuse('photo', error);
  }
}

export function inspectVideo(bytes: Uint8Array, limits: ReadLimits = defaultReadLimits): Inspection<VideoFacts> {
  try {
    const webm = readWebmInfo(bytes, new ReadBudget(limits));
    if (webm) return { ok: true, facts: { mimeType: 'video/webm', durationMs: webm.durationMs } };
    const mp4 = readMp4Info(bytes, new ReadBudget(limits));
    if (mp4) return { ok: true, facts: { mimeType: 'video/mp4', durationMs: mp4.durationMs } };
    return { ok: false, refusal: { code: 'wrong-file-type', reason: 'other-format', detail: 'The video is neither WebM nor MP4.' } };
  } catch (error) {
    return refuse('video', error);
  }
}

/** The plain English message of a refusal (the app shows its own words for the code). */
export function refusalMessage(part: EvidencePart, refusal: MediaRefusal): string {
  if (refusal.code === 'wrong-file-type') return part === 'photo' ? 'The photo is not a JPEG image.' : 'The video is not a WebM or MP4 recording.';
  const what = part === 'photo' ? 'photo' : 'video';
  const why = refusal.reason === 'cut-off' ? 'it is cut off before its end' : refusal.reason === 'too-slow' ? 'it could not be read in time' : 'it is damaged';
  return `The ${what} cannot be read (${why}): do the face check again to record a new one.`;
}
