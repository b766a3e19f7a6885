/**
 * Just enough of WebM (Matroska/EBML) to check the container and find its duration.
 *
 * Where the duration comes from, in order:
 *   1. Segment › Info › Duration (a float in TimecodeScale units), written by ffmpeg and most muxers;
 *   2. otherwise the last frame's time: Cluster › Timecode plus the largest SimpleBlock/Block relative
 *      timecode, as MediaRecorder streams (Chrome, Firefox) leave Duration out and use unknown sizes;
 *   3. otherwise unknown (null): the pre-check then records "unknown" and relies on the app's metadata.
 * Pure and bounded: one pass over the bytes, no recursion beyond Segment › Cluster › BlockGroup.
 */
export type WebmInfo = { docType: string; durationMs: number | null; complete: boolean };

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

type Header = { id: number; size: number | null; dataStart: number };

function readId(bytes: Uint8Array, offset: number): { id: number; length: number } | null {
  const first = bytes[offset];
  if (first === undefined || first === 0) return null;
  let length = 1;
  while (length <= 4 && (first & (0x80 >> (length - 1))) === 0) length += 1;
  if (length > 4 || offset + length > bytes.length) return null;
  let id = 0;
  for (let i = 0; i < length; i += 1) id = id * 256 + (bytes[offset + i] ?? 0);
  return { id, length };
}

/** Variable-size integer; null value = "unknown size" (all value bits set). */
function readVint(bytes: Uint8Array, offset: number): { value: number | null; length: number } | null {
  const first = bytes[offset];
  if (first === undefined || first === 0) return null;
  let length = 1;
  while (length <= 8 && (first & (0x80 >> (length - 1))) === 0) length += 1;
  if (length > 8 || offset + length > bytes.length) return null;
  let value = first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i += 1) {
    const byte = bytes[offset + i] ?? 0;
    value = value * 256 + byte;
    if (byte !== 0xff) allOnes = false;
  }
  return { value: allOnes ? null : value, length };
}

function readHeader(bytes: Uint8Array, offset: number): Header | null {
  const id = readId(bytes, offset);
  if (!id) return null;
  const size = readVint(bytes, offset + id.length);
  if (!size) return null;
  return { id: id.id, size: size.value, dataStart: offset + id.length + size.length };
}

function readUint(bytes: Uint8Array, start: number, size: number): number {
  let value = 0;
  for (let i = 0; i < size; i += 1) value = value * 256 + (bytes[start + i] ?? 0);
  return value;
}

function readFloat(bytes: Uint8Array, start: number, size: number): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset + start, size);
  if (size === 4) return view.getFloat32(0);
  if (size === 8) return view.getFloat64(0);
  return null;
}

export function looksLikeWebm(bytes: Uint8Array): boolean {
  return readWebmInfo(bytes) !== null;
}

/** Null when the bytes do not start with an EBML header whose DocType is webm (or matroska). */
export function readWebmInfo(bytes: Uint8Array): WebmInfo | null {
  const ebml = readHeader(bytes, 0);
  if (!ebml || ebml.id !== ID.ebml || ebml.size === null) return null;
  const ebmlEnd = ebml.dataStart + ebml.size;
  if (ebmlEnd > bytes.length) return null;
  let docType = '';
  for (let offset = ebml.dataStart; offset < ebmlEnd; ) {
    const child = readHeader(bytes, offset);
    if (!child || child.size === null) return null;
    if (child.id === ID.docType) docType = new TextDecoder().decode(bytes.subarray(child.dataStart, child.dataStart + child.size));
    offset = child.dataStart + child.size;
  }
  docType = docType.replace(/\0+$/, '');
  if (docType !== 'webm' && docType !== 'matroska') return null;

  // Find the Segment (Void or other level-0 elements may come first).
  let offset = ebmlEnd;
  let segment: Header | null = null;
  while (offset < bytes.length) {
    const header = readHeader(bytes, offset);
    if (!header) break;
    if (header.id === ID.segment) {
      segment = header;
      break;
    }
    if (header.size === null) break;
    offset = header.dataStart + header.size;
  }
  if (!segment) return { docType, durationMs: null, complete: false };
  const segmentEnd = segment.size === null ? bytes.length : segment.dataStart + segment.size;
  let complete = segmentEnd <= bytes.length;

  let timecodeScaleNs = 1_000_000;
  let infoDuration: number | null = null;
  let lastFrameTicks: number | null = null;
  let sawCluster = false;

  offset = segment.dataStart;
  const end = Math.min(segmentEnd, bytes.length);
  while (offset < end) {
    const header = readHeader(bytes, offset);
    if (!header) {
      complete = false;
      break;
    }
    const dataEnd = header.size === null ? null : header.dataStart + header.size;
    if (dataEnd !== null && dataEnd > bytes.length) complete = false;
    if (header.id === ID.info && dataEnd !== null) {
      for (let child = header.dataStart; child < Math.min(dataEnd, bytes.length); ) {
        const item = readHeader(bytes, child);
        if (!item || item.size === null) break;
        if (item.id === ID.timecodeScale) timecodeScaleNs = readUint(bytes, item.dataStart, item.size) || 1_000_000;
        if (item.id === ID.duration && item.dataStart + item.size <= bytes.length) infoDuration = readFloat(bytes, item.dataStart, item.size);
        child = item.dataStart + item.size;
      }
      offset = dataEnd;
      continue;
    }
    if (header.id === ID.cluster) {
      sawCluster = true;
      const clusterEnd = dataEnd ?? end;
      let clusterTicks = 0;
      let child = header.dataStart;
      while (child < Math.min(clusterEnd, end)) {
        const item = readHeader(bytes, child);
        if (!item) {
          complete = false;
          child = end;
          break;
        }
        if (dataEnd === null && SEGMENT_CHILDREN.has(item.id)) break; // unknown-size cluster ends here
        if (item.size === null) {
          complete = false;
          child = end;
          break;
        }
        const itemEnd = item.dataStart + item.size;
        if (itemEnd > bytes.length) complete = false;
        if (item.id === ID.timecode) clusterTicks = readUint(bytes, item.dataStart, item.size);
        const blockStart =
          item.id === ID.simpleBlock ? item.dataStart : item.id === ID.blockGroup ? findBlock(bytes, item.dataStart, itemEnd) : null;
        if (blockStart !== null && itemEnd <= bytes.length) {
          const track = readVint(bytes, blockStart);
          if (track) {
            const at = blockStart + track.length;
            if (at + 2 <= bytes.length) {
              const relative = new DataView(bytes.buffer, bytes.byteOffset + at, 2).getInt16(0);
              const ticks = clusterTicks + relative;
              if (lastFrameTicks === null || ticks > lastFrameTicks) lastFrameTicks = ticks;
            }
          }
        }
        child = itemEnd;
      }
      offset = child;
      continue;
    }
    if (dataEnd === null) break;
    offset = dataEnd;
  }

  const msPerTick = timecodeScaleNs / 1_000_000;
  let durationMs: number | null = null;
  if (infoDuration !== null && Number.isFinite(infoDuration) && infoDuration > 0) durationMs = Math.round(infoDuration * msPerTick);
  else if (lastFrameTicks !== null) durationMs = Math.round(lastFrameTicks * msPerTick);
  return { docType, durationMs, complete: complete && sawCluster };
}

function findBlock(bytes: Uint8Array, start: number, end: number): number | null {
  for (let offset = start; offset < Math.min(end, bytes.length); ) {
    const item = readHeader(bytes, offset);
    if (!item || item.size === null) return null;
    if (item.id === ID.block) return item.dataStart;
    offset = item.dataStart + item.size;
  }
  return null;
}
