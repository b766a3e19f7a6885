/**
 * Just enough of JPEG (ITU T.81) to tell a real, complete photo from a renamed file or a cut-off
 * upload, and to read its size. Pure: works on the bytes.
 */
export type JpegInfo = { width: number; height: number; complete: boolean };

const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

export function looksLikeJpeg(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/** Null when the bytes are not a JPEG or have no frame header (SOF) before the data runs out. */
export function readJpegInfo(bytes: Uint8Array): JpegInfo | null {
  if (!looksLikeJpeg(bytes)) return null;
  // An encoder ends with EOI; trailing zero padding some cameras add is tolerated.
  let end = bytes.length;
  while (end > 2 && bytes[end - 1] === 0x00) end -= 1;
  const complete = end >= 4 && bytes[end - 2] === 0xff && bytes[end - 1] === 0xd9;
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    if (length < 2) return null;
    if (SOF_MARKERS.has(marker)) {
      if (offset + 9 > bytes.length) return null;
      const height = ((bytes[offset + 5] ?? 0) << 8) | (bytes[offset + 6] ?? 0);
      const width = ((bytes[offset + 7] ?? 0) << 8) | (bytes[offset + 8] ?? 0);
      return { width, height, complete };
    }
    if (marker === 0xda || marker === 0xd9) return null; // scan data before any frame header
    offset += 2 + length;
  }
  return null;
}
