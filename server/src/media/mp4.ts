import { checkedDurationMs, ReadBudget, requireBytes, spanEnd, uintAt, UnreadableMediaError } from './read-budget';

/**
 * Just enough of MP4 (ISO BMFF) to check the container and read the movie duration from moov › mvhd
 * (Safari's MediaRecorder records MP4): the top-level boxes, each size checked, and moov's children.
 * Pure: works on the bytes.
 */
export type Mp4Info = { brand: string; durationMs: number | null };

type Box = { type: string; start: number; dataStart: number; end: number };

function fourCc(bytes: Uint8Array, offset: number): string {
  let text = '';
  for (let i = 0; i < 4; i += 1) text += String.fromCharCode(bytes[offset + i] ?? 0);
  return text;
}

/** The box at `offset`, which must end by `limit` (its parent's end, or the file's). */
function readBox(bytes: Uint8Array, offset: number, limit: number, budget: ReadBudget): Box {
  budget.step();
  requireBytes(bytes, offset + 8, 'A box header');
  let size = uintAt(bytes, offset, 4);
  const type = fourCc(bytes, offset + 4);
  let dataStart = offset + 8;
  if (size === 1) {
    // 64-bit size; beyond 2^53 it cannot be a real box (and cannot be added exactly).
    requireBytes(bytes, offset + 16, 'A 64-bit box size');
    if ((bytes[offset + 8] ?? 0) > 0x00 || (bytes[offset + 9] ?? 0) > 0x1f) {
      throw new UnreadableMediaError('bad-length', `Box ${JSON.stringify(type)} claims more than 2^53 bytes.`);
    }
    size = uintAt(bytes, offset + 8, 8);
    dataStart = offset + 16;
  } else if (size === 0) {
    size = limit - offset; // "to the end of the file" (or of its parent)
  }
  if (size < dataStart - offset) throw new UnreadableMediaError('bad-length', `Box ${JSON.stringify(type)} of ${size} bytes.`);
  const end = spanEnd(offset, size);
  if (end > limit) {
    if (limit < bytes.length) throw new UnreadableMediaError('bad-length', `Box ${JSON.stringify(type)} runs past its parent.`);
    throw new UnreadableMediaError('cut-off', `Box ${JSON.stringify(type)} needs ${end} bytes; the file has ${bytes.length}.`);
  }
  return { type, start: offset, dataStart, end };
}

export function looksLikeMp4(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && fourCc(bytes, 4) === 'ftyp';
}

/** Movie duration from mvhd (ISO/IEC 14496-12 §8.2.2); null when it says "unknown". */
function readMvhd(bytes: Uint8Array, box: Box): number | null {
  const version = bytes[box.dataStart] ?? 0;
  if (version > 1) throw new UnreadableMediaError('malformed', `mvhd version ${version}.`);
  // version, flags (4) + creation, modification (4 or 8 each) + timescale (4) + duration (4 or 8)
  const needed = version === 1 ? 4 + 8 + 8 + 4 + 8 : 4 + 4 + 4 + 4 + 4;
  if (box.end - box.dataStart < needed) throw new UnreadableMediaError('bad-length', `mvhd of ${box.end - box.dataStart} bytes.`);
  const base = box.dataStart + 4;
  const timescale = uintAt(bytes, version === 1 ? base + 16 : base + 8, 4);
  // All ones means "unknown" (fragmented MP4 streams).
  const durationAt = version === 1 ? base + 20 : base + 12;
  const durationBytes = version === 1 ? 8 : 4;
  let unknown = true;
  for (let i = 0; i < durationBytes; i += 1) if (bytes[durationAt + i] !== 0xff) unknown = false;
  if (unknown || timescale === 0) return null;
  // Only the low 53 bits are exact; a duration above that is refused by checkedDurationMs anyway.
  const duration = uintAt(bytes, durationAt, durationBytes);
  return checkedDurationMs((duration / timescale) * 1000);
}

/**
 * Null when the bytes do not start with an ftyp box (another kind of file). A file that does but
 * cannot be read, is cut off, or has no media data (mdat) throws UnreadableMediaError.
 */
export function readMp4Info(bytes: Uint8Array, budget: ReadBudget = new ReadBudget()): Mp4Info | null {
  if (!looksLikeMp4(bytes)) return null;
  const brand = fourCc(bytes, 8);
  let durationMs: number | null = null;
  let sawMdat = false;
  let sawMoov = false;
  for (let offset = 0; offset < bytes.length; ) {
    const box = readBox(bytes, offset, bytes.length, budget);
    if (box.type === 'mdat') sawMdat = true;
    if (box.type === 'moov') {
      if (sawMoov) throw new UnreadableMediaError('malformed', 'Two moov boxes.');
      sawMoov = true;
      for (let child = box.dataStart; child < box.end; ) {
        const item = readBox(bytes, child, box.end, budget);
        if (item.type === 'mvhd') durationMs = readMvhd(bytes, item);
        child = item.end;
      }
    }
    offset = box.end;
  }
  if (!sawMdat) throw new UnreadableMediaError('cut-off', 'No media data (mdat).');
  return { brand, durationMs };
}
