import { checkedDurationMs, ReadBudget, requireBytes, spanEnd, uintAt, UnreadableMediaError } from './read-budget';

/**
 * Just enough of WebM (Matroska/EBML, RFC 8794 and RFC 9559) to check the container and find its
 * duration.
 *
 * Where the duration comes from, in order:
 *   1. Segment › Info › Duration (a float in TimecodeScale units), written by ffmpeg and most muxers;
 *   2. otherwise the last frame's time: Cluster › Timecode plus the largest SimpleBlock/Block relative
 *      timecode, as MediaRecorder streams (Chrome, Firefox) leave Duration out and use unknown sizes;
 *   3. otherwise unknown (null): the pre-check then records "unknown" and relies on the app's metadata.
 *
 * Bounded: one forward pass, nesting no deeper than Segment › Cluster › BlockGroup › Block (the code's
 * own structure, no recursion), every size checked against its parent and the bytes really there,
 * one budget step per element. Pure: works on the bytes.
 */
export type WebmInfo = { docType: string; durationMs: number | null };

const ID = {
  ebml: 0x1a45dfa3,
  docType: 0x4282,
  segment: 0x18538067,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  cluster: 0x1f43b675,
  timecode: 0xe7,
  simpleBlock: 0xa3,
  blockGroup: 0xa0,
  block: 0xa1,
} as const;

/** Level-1 elements: an unknown-size Cluster ends where the next of these starts. */
const SEGMENT_CHILDREN = new Set([0x114d9b74, 0x1549a966, 0x1f43b675, 0x1654ae6b, 0x1c53bb6b, 0x1941a469, 0x1043a770, 0x1254c367]);
/** A DocType longer than this is not one. */
const maxDocTypeBytes = 64;

/** An element header; `size` null is "unknown size" (all value bits set). */
type Header = { id: number; size: number | null; dataStart: number };

function vintLength(first: number, maxLength: number, at: number): number {
  let length = 1;
  while (length <= maxLength && (first & (0x80 >> (length - 1))) === 0) length += 1;
  if (length > maxLength) throw new UnreadableMediaError('malformed', `No variable-size integer at byte ${at}.`);
  return length;
}

function readHeader(bytes: Uint8Array, offset: number, budget: ReadBudget): Header {
  budget.step();
  requireBytes(bytes, offset + 1, 'An element ID');
  const idLength = vintLength(bytes[offset] ?? 0, 4, offset);
  requireBytes(bytes, offset + idLength + 1, 'An element header');
  const id = uintAt(bytes, offset, idLength);
  const sizeAt = offset + idLength;
  const first = bytes[sizeAt] ?? 0;
  const sizeLength = vintLength(first, 8, sizeAt);
  requireBytes(bytes, sizeAt + sizeLength, 'An element size');
  let size = first & (0xff >> sizeLength);
  let allOnes = size === 0xff >> sizeLength;
  for (let i = 1; i < sizeLength; i += 1) {
    const byte = bytes[sizeAt + i] ?? 0;
    size = size * 256 + byte;
    if (byte !== 0xff) allOnes = false;
  }
  return { id, size: allOnes ? null : size, dataStart: sizeAt + sizeLength };
}

/**
 * Where a known-size element ends. Past its parent's end the file lies about itself; past the
 * file's end (but inside its parent) it was cut off.
 */
function knownEnd(bytes: Uint8Array, header: Header, parentEnd: number): number {
  if (header.size === null) throw new UnreadableMediaError('malformed', `Element ${header.id.toString(16)} has an unknown size.`);
  const end = spanEnd(header.dataStart, header.size);
  if (end > parentEnd) throw new UnreadableMediaError('bad-length', `Element ${header.id.toString(16)} runs past its parent.`);
  requireBytes(bytes, end, `Element ${header.id.toString(16)}`);
  return end;
}

function readUnsigned(bytes: Uint8Array, header: Header, end: number): number {
  const size = end - header.dataStart;
  if (size > 8) throw new UnreadableMediaError('bad-length', `An unsigned integer of ${size} bytes.`);
  const value = uintAt(bytes, header.dataStart, size);
  if (!Number.isSafeInteger(value)) throw new UnreadableMediaError('bad-value', `An unsigned integer of ${value}.`);
  return value;
}

function readFloat(bytes: Uint8Array, header: Header, end: number): number | null {
  const size = end - header.dataStart;
  if (size === 0) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset + header.dataStart, size);
  if (size === 4) return view.getFloat32(0);
  if (size === 8) return view.getFloat64(0);
  throw new UnreadableMediaError('bad-length', `A float of ${size} bytes.`);
}

/** The frame time of a (Simple)Block: its track number (a vint), then a signed 16-bit relative timecode. */
function blockRelativeTicks(bytes: Uint8Array, dataStart: number, end: number): number {
  if (dataStart >= end) throw new UnreadableMediaError('bad-length', 'An empty block.');
  const trackLength = vintLength(bytes[dataStart] ?? 0, 8, dataStart);
  const at = dataStart + trackLength;
  if (at + 2 > end) throw new UnreadableMediaError('bad-length', 'A block too short for its timecode.');
  const relative = uintAt(bytes, at, 2);
  return relative >= 0x8000 ? relative - 0x10000 : relative;
}

export function looksLikeWebm(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && uintAt(bytes, 0, 4) === ID.ebml;
}

function readDocType(bytes: Uint8Array, budget: ReadBudget): { docType: string; headerEnd: number } {
  const ebml = readHeader(bytes, 0, budget);
  const headerEnd = knownEnd(bytes, ebml, Number.POSITIVE_INFINITY);
  let docType = '';
  for (let offset = ebml.dataStart; offset < headerEnd; ) {
    const child = readHeader(bytes, offset, budget);
    const childEnd = knownEnd(bytes, child, headerEnd);
    if (child.id === ID.docType) {
      if (childEnd - child.dataStart > maxDocTypeBytes) throw new UnreadableMediaError('bad-length', 'A DocType too long.');
      docType = String.fromCharCode(...bytes.subarray(child.dataStart, childEnd)).replace(/\0+$/, '');
    }
    offset = childEnd;
  }
  return { docType, headerEnd };
}

/**
 * Null when the bytes are not EBML with DocType webm (or matroska): another kind of file. A file
 * that is but cannot be read, is cut off, or has no frames throws UnreadableMediaError.
 */
export function readWebmInfo(bytes: Uint8Array, budget: ReadBudget = new ReadBudget()): WebmInfo | null {
  if (!looksLikeWebm(bytes)) return null;
  const { docType, headerEnd } = readDocType(bytes, budget);
  if (docType !== 'webm' && docType !== 'matroska') return null;

  // Find the Segment (Void or other level-0 elements may come first).
  let offset = headerEnd;
  let segment: Header | null = null;
  while (offset < bytes.length) {
    const header = readHeader(bytes, offset, budget);
    if (header.id === ID.segment) {
      segment = header;
      break;
    }
    offset = knownEnd(bytes, header, Number.POSITIVE_INFINITY);
  }
  if (!segment) throw new UnreadableMediaError('cut-off', 'No Segment.');
  const segmentEnd = segment.size === null ? Number.POSITIVE_INFINITY : spanEnd(segment.dataStart, segment.size);
  const end = Math.min(segmentEnd, bytes.length);

  let timecodeScaleNs = 1_000_000;
  let infoDuration: number | null = null;
  let lastFrameTicks: number | null = null;
  let sawCluster = false;

  offset = segment.dataStart;
  while (offset < end) {
    const header = readHeader(bytes, offset, budget);
    if (header.id === ID.cluster) {
      sawCluster = true;
      const clusterEnd = header.size === null ? segmentEnd : knownEnd(bytes, header, segmentEnd);
      let clusterTicks = 0;
      let child = header.dataStart;
      while (child < Math.min(clusterEnd, bytes.length)) {
        const item = readHeader(bytes, child, budget);
        if (header.size === null && SEGMENT_CHILDREN.has(item.id)) break; // an unknown-size Cluster ends here
        const itemEnd = knownEnd(bytes, item, clusterEnd);
        if (item.id === ID.timecode) clusterTicks = readUnsigned(bytes, item, itemEnd);
        let blockStart: number | null = null;
        let blockEnd = itemEnd;
        if (item.id === ID.simpleBlock) blockStart = item.dataStart;
        if (item.id === ID.blockGroup) {
          for (let inner = item.dataStart; inner < itemEnd; ) {
            const part = readHeader(bytes, inner, budget);
            const partEnd = knownEnd(bytes, part, itemEnd);
            if (part.id === ID.block) {
              blockStart = part.dataStart;
              blockEnd = partEnd;
            }
            inner = partEnd;
          }
        }
        if (blockStart !== null) {
          const ticks = clusterTicks + blockRelativeTicks(bytes, blockStart, blockEnd);
          if (lastFrameTicks === null || ticks > lastFrameTicks) lastFrameTicks = ticks;
        }
        child = itemEnd;
      }
      offset = child;
      continue;
    }
    if (header.size === null && (header.id === ID.ebml || header.id === ID.segment)) break; // a chained file follows
    const headerEnd = knownEnd(bytes, header, segmentEnd);
    if (header.id === ID.info) {
      for (let child = header.dataStart; child < headerEnd; ) {
        const item = readHeader(bytes, child, budget);
        const itemEnd = knownEnd(bytes, item, headerEnd);
        if (item.id === ID.timecodeScale) {
          timecodeScaleNs = readUnsigned(bytes, item, itemEnd);
          if (timecodeScaleNs === 0) throw new UnreadableMediaError('bad-value', 'TimecodeScale 0.');
        }
        if (item.id === ID.duration) infoDuration = readFloat(bytes, item, itemEnd);
        child = itemEnd;
      }
    }
    offset = headerEnd;
  }
  if (segmentEnd !== Number.POSITIVE_INFINITY && segmentEnd > bytes.length) {
    throw new UnreadableMediaError('cut-off', `The Segment needs ${segmentEnd} bytes; the file has ${bytes.length}.`);
  }
  if (!sawCluster) throw new UnreadableMediaError('cut-off', 'No frames (no Cluster).');

  const msPerTick = timecodeScaleNs / 1_000_000;
  let durationMs: number | null = null;
  if (infoDuration !== null && Number.isFinite(infoDuration) && infoDuration > 0) durationMs = checkedDurationMs(infoDuration * msPerTick);
  else if (lastFrameTicks !== null) durationMs = checkedDurationMs(lastFrameTicks * msPerTick);
  return { docType, durationMs };
}
