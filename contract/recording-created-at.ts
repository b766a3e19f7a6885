/**
 * When a video file says it was made, and the rule both sides apply to it: a recorded-route video whose
 * container says it was made before the session's actions were issued is refused (a clip picked from
 * the gallery, made before anyone knew the actions). The app checks it on the phone before anything is
 * sent (same clock as the camera app's); the server checks it again on what arrives.
 *
 * Where the date is: MP4 (what phone camera apps write) moov › mvhd creation_time, seconds since
 * 1904-01-01 UTC (ISO/IEC 14496-12 §8.2.2); WebM/Matroska Segment › Info › DateUTC, nanoseconds since
 * 2001-01-01 UTC (RFC 9559 §5.1.2.11). A file that says nothing (MediaRecorder WebM, an mvhd of 0)
 * gives null: it cannot be refused on this ground, and a person still checks the spoken code.
 *
 * Bounded and forgiving: a fixed number of elements, reads only box and element headers plus moov or
 * the start of the Segment, never throws on odd bytes (null instead: the media readers decide whether a
 * file is readable at all). Environment-neutral: the app reads a File, the server a buffer.
 */
export type ByteSource = {
  readonly size: number;
  /** Up to `length` bytes at `offset` (fewer at the end). */
  read(offset: number, length: number): Promise<Uint8Array>;
};

export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (offset, length) => Promise.resolve(bytes.subarray(offset, Math.min(bytes.length, offset + length))) };
}

/** More top-level boxes or Segment children than a real recording has: stop looking. */
const maxElements = 1_000;
/** A moov larger than this is not a short phone recording's (60 s at 30 fps has about 100 KB). */
const maxMoovBytes = 4 * 1024 * 1024;
/** The Segment's Info comes within its first few KB (after the SeekHead); this much is read. */
const webmHeadBytes = 256 * 1024;
/** Dates before this are "not set" (a camera without a clock), not a claim about when the file was made. */
const earliestPlausibleMs = Date.UTC(2000, 0, 1);

const mp4EpochMs = Date.UTC(1904, 0, 1);
const matroskaEpochMs = Date.UTC(2001, 0, 1);

function uint(bytes: Uint8Array, offset: number, length: number): number {
  let value = 0;
  for (let i = 0; i < length; i += 1) value = value * 256 + (bytes[offset + i] ?? 0);
  return value;
}

function fourCc(bytes: Uint8Array, offset: number): string {
  let text = '';
  for (let i = 0; i < 4; i += 1) text += String.fromCharCode(bytes[offset + i] ?? 0);
  return text;
}

function plausible(ms: number): Date | null {
  return Number.isFinite(ms) && ms >= earliestPlausibleMs ? new Date(ms) : null;
}

async function mp4CreatedAt(source: ByteSource): Promise<Date | null> {
  let offset = 0;
  for (let count = 0; count < maxElements && offset + 8 <= source.size; count += 1) {
    const head = await source.read(offset, 16);
    if (head.length < 8) return null;
    let size = uint(head, 0, 4);
    let headerBytes = 8;
    if (size === 1) {
      if (head.length < 16) return null;
      size = uint(head, 8, 8);
      headerBytes = 16;
    } else if (size === 0) {
      size = source.size - offset;
    }
    if (size < headerBytes || !Number.isSafeInteger(offset + size)) return null;
    if (fourCc(head, 4) === 'moov') {
      if (size > maxMoovBytes) return null;
      const moov = await source.read(offset + headerBytes, size - headerBytes);
      return mvhdCreatedAt(moov);
    }
    offset += size;
  }
  return null;
}

function mvhdCreatedAt(moov: Uint8Array): Date | null {
  let offset = 0;
  for (let count = 0; count < maxElements && offset + 8 <= moov.length; count += 1) {
    const size = uint(moov, offset, 4);
    if (size < 8) return null;
    if (fourCc(moov, offset + 4) === 'mvhd') {
      const version = moov[offset + 8];
      const at = offset + 12;
      if (version === 1 && offset + 20 <= moov.length) {
        const seconds = uint(moov, at, 8);
        return seconds === 0 ? null : plausible(mp4EpochMs + seconds * 1000);
      }
      if (version === 0 && offset + 16 <= moov.length) {
        const seconds = uint(moov, at, 4);
        return seconds === 0 ? null : plausible(mp4EpochMs + seconds * 1000);
      }
      return null;
    }
    offset += size;
  }
  return null;
}

type EbmlHeader = { id: number; size: number | null; dataStart: number };

function ebmlHeader(bytes: Uint8Array, offset: number): EbmlHeader | null {
  const first = bytes[offset];
  if (first === undefined || first === 0) return null;
  let idLength = 1;
  while (idLength <= 4 && (first & (0x80 >> (idLength - 1))) === 0) idLength += 1;
  if (idLength > 4 || offset + idLength >= bytes.length) return null;
  const sizeFirst = bytes[offset + idLength] ?? 0;
  if (sizeFirst === 0) return null;
  let sizeLength = 1;
  while (sizeLength <= 8 && (sizeFirst & (0x80 >> (sizeLength - 1))) === 0) sizeLength += 1;
  if (sizeLength > 8 || offset + idLength + sizeLength > bytes.length) return null;
  let size = sizeFirst & (0xff >> sizeLength);
  let allOnes = size === 0xff >> sizeLength;
  for (let i = 1; i < sizeLength; i += 1) {
    const byte = bytes[offset + idLength + i] ?? 0;
    size = size * 256 + byte;
    if (byte !== 0xff) allOnes = false;
  }
  return { id: uint(bytes, offset, idLength), size: allOnes ? null : size, dataStart: offset + idLength + sizeLength };
}

const ebmlId = 0x1a45dfa3;
const segmentId = 0x18538067;
const infoId = 0x1549a966;
const dateUtcId = 0x4461;
const clusterId = 0x1f43b675;

async function webmCreatedAt(source: ByteSource): Promise<Date | null> {
  const bytes = await source.read(0, webmHeadBytes);
  const ebml = ebmlHeader(bytes, 0);
  if (!ebml || ebml.id !== ebmlId || ebml.size === null) return null;
  let offset = ebml.dataStart + ebml.size;
  let segment: EbmlHeader | null = null;
  for (let count = 0; count < maxElements && offset < bytes.length; count += 1) {
    const header = ebmlHeader(bytes, offset);
    if (!header) return null;
    if (header.id === segmentId) {
      segment = header;
      break;
    }
    if (header.size === null) return null;
    offset = header.dataStart + header.size;
  }
  if (!segment) return null;
  offset = segment.dataStart;
  for (let count = 0; count < maxElements && offset < bytes.length; count += 1) {
    const header = ebmlHeader(bytes, offset);
    if (!header || header.size === null || header.id === clusterId) return null; // Info comes before the frames
    const end = header.dataStart + header.size;
    if (header.id === infoId) {
      for (let child = header.dataStart; child < Math.min(end, bytes.length); ) {
        const item = ebmlHeader(bytes, child);
        if (!item || item.size === null) return null;
        if (item.id === dateUtcId && item.size === 8 && item.dataStart + 8 <= bytes.length) {
          // A signed 64-bit count of nanoseconds; as milliseconds it fits a double exactly enough.
          const high = uint(bytes, item.dataStart, 4);
          const low = uint(bytes, item.dataStart + 4, 4);
          const signedHigh = high >= 0x80000000 ? high - 0x100000000 : high;
          const nanoseconds = signedHigh * 2 ** 32 + low;
          return plausible(matroskaEpochMs + nanoseconds / 1e6);
        }
        child = item.dataStart + item.size;
      }
      return null;
    }
    offset = end;
  }
  return null;
}

/** When the container says the video was made, or null when it does not say (or is not MP4/WebM). */
export async function readRecordingCreatedAt(source: ByteSource): Promise<Date | null> {
  try {
    const head = await source.read(0, 12);
    if (head.length >= 12 && fourCc(head, 4) === 'ftyp') return await mp4CreatedAt(source);
    if (head.length >= 4 && uint(head, 0, 4) === ebmlId) return await webmCreatedAt(source);
    return null;
  } catch {
    return null;
  }
}

/**
 * The app compares the file's date with when its own clock issued the actions (the same phone clock the
 * camera app used): a little slack for the container's whole seconds.
 */
export const sameClockSlackMs = 2_000;
/** The server compares with its own clock: phones' clocks may be minutes off (no network time). */
export const serverClockSlackMs = 10 * 60_000;

/** True when the container says the video was made before the actions were issued (so it was not made for them). */
export function madeBeforeIssued(createdAt: Date | null, issuedAtMs: number, slackMs: number): boolean {
  return createdAt !== null && createdAt.getTime() < issuedAtMs - slackMs;
}
