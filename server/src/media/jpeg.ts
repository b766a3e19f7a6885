import { ReadBudget, requireBytes, spanEnd, uintAt, UnreadableMediaError } from './read-budget';

/**
 * Just enough of JPEG (ITU T.81) to tell a real, complete photo from a renamed file, a cut-off
 * upload or a crafted one, and to read its size: the marker segments from SOI up to the first scan
 * (SOS), each length checked, a frame header (SOF) with a non-zero size, and EOI at the end.
 * The entropy-coded scan data itself is not decoded. Pure: works on the bytes.
 */
export type JpegInfo = { width: number; height: number };

const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const SOS = 0xda;
const EOI = 0xd9;
const SOI = 0xd8;

export function looksLikeJpeg(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === SOI && bytes[2] === 0xff;
}

/**
 * Null when the bytes do not start like a JPEG at all (another kind of file). A file that does but
 * cannot be read throws UnreadableMediaError.
 */
export function readJpegInfo(bytes: Uint8Array, budget: ReadBudget = new ReadBudget()): JpegInfo | null {
  if (!looksLikeJpeg(bytes)) return null;
  let frame: JpegInfo | null = null;
  let offset = 2;
  for (;;) {
    budget.step();
    requireBytes(bytes, offset + 2, 'A marker');
    if (bytes[offset] !== 0xff) throw new UnreadableMediaError('malformed', `No marker at byte ${offset}.`);
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // fill byte before a marker
      continue;
    }
    if (marker === SOI || marker === EOI || marker === 0x00 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      throw new UnreadableMediaError('malformed', `Marker ${marker.toString(16)} before the first scan.`);
    }
    requireBytes(bytes, offset + 4, 'A segment length');
    const length = uintAt(bytes, offset + 2, 2);
    if (length < 2) throw new UnreadableMediaError('bad-length', `Segment length ${length} at byte ${offset}.`);
    const segmentEnd = spanEnd(offset + 2, length);
    requireBytes(bytes, segmentEnd, `Segment ${marker.toString(16)}`);
    if (SOF_MARKERS.has(marker)) {
      if (frame) throw new UnreadableMediaError('malformed', 'Two frame headers.');
      if (length < 8) throw new UnreadableMediaError('bad-length', `Frame header of ${length} bytes.`);
      const height = uintAt(bytes, offset + 5, 2);
      const width = uintAt(bytes, offset + 7, 2);
      // Height 0 would mean "given later by a DNL segment": no camera or browser writes that.
      if (width === 0 || height === 0) throw new UnreadableMediaError('bad-value', `A ${width}×${height} photo.`);
      frame = { width, height };
    }
    if (marker === SOS) {
      if (!frame) throw new UnreadableMediaError('malformed', 'Scan data before the frame header.');
      break;
    }
    offset = segmentEnd;
  }
  // The scan data runs to EOI. Some cameras pad the file with zeros after it.
  let end = bytes.length;
  while (end > offset && bytes[end - 1] === 0x00) end -= 1;
  if (end < offset + 2 || bytes[end - 2] !== 0xff || bytes[end - 1] !== EOI) {
    throw new UnreadableMediaError('cut-off', 'The photo does not end with EOI.');
  }
  return frame;
}
