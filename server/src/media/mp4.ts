/**
 * Just enough of MP4 (ISO BMFF) to check the container and read the movie duration from moov › mvhd
 * (Safari's MediaRecorder records MP4). Pure: works on the bytes.
 */
export type Mp4Info = { brand: string; durationMs: number | null; complete: boolean };

function boxType(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}

type Box = { type: string; start: number; dataStart: number; end: number };

function readBox(bytes: Uint8Array, offset: number, view: DataView): Box | null {
  if (offset + 8 > bytes.length) return null;
  let size = view.getUint32(offset);
  const type = boxType(bytes, offset + 4);
  let dataStart = offset + 8;
  if (size === 1) {
    if (offset + 16 > bytes.length) return null;
    size = Number(view.getBigUint64(offset + 8));
    dataStart = offset + 16;
  } else if (size === 0) {
    size = bytes.length - offset; // to the end of the file
  }
  if (size < dataStart - offset) return null;
  return { type, start: offset, dataStart, end: offset + size };
}

export function looksLikeMp4(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && boxType(bytes, 4) === 'ftyp';
}

export function readMp4Info(bytes: Uint8Array): Mp4Info | null {
  if (!looksLikeMp4(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const brand = boxType(bytes, 8);
  let durationMs: number | null = null;
  let complete = true;
  let sawMdat = false;
  for (let offset = 0; offset < bytes.length; ) {
    const box = readBox(bytes, offset, view);
    if (!box) {
      complete = false;
      break;
    }
    if (box.end > bytes.length) complete = false;
    if (box.type === 'mdat') sawMdat = true;
    if (box.type === 'moov') {
      for (let child = box.dataStart; child < Math.min(box.end, bytes.length); ) {
        const item = readBox(bytes, child, view);
        if (!item) break;
        if (item.type === 'mvhd' && item.end <= bytes.length) {
          const version = bytes[item.dataStart] ?? 0;
          const base = item.dataStart + 4;
          const timescale = version === 1 ? view.getUint32(base + 16) : view.getUint32(base + 8);
          const duration = version === 1 ? Number(view.getBigUint64(base + 20)) : view.getUint32(base + 12);
          // All ones means "unknown" (fragmented MP4 streams): leave it null.
          const unknown = version === 1 ? duration >= Number.MAX_SAFE_INTEGER : duration === 0xffffffff;
          if (timescale > 0 && !unknown) durationMs = Math.round((duration / timescale) * 1000);
        }
        child = item.end;
      }
    }
    offset = box.end;
  }
  return { brand, durationMs, complete: complete && sawMdat };
}
