/**
 * Small hand-made media files that lie about their own structure, as an attacker would send them
 * (issue 12, finding 1). Each is a few dozen bytes: element or box sizes claim more bytes than exist.
 */

/** EBML header declaring DocType "webm" (the part every reader accepts). */
const ebmlWebmHeader = [0x1a, 0x45, 0xdf, 0xa3, 0x87, 0x42, 0x82, 0x84, ...Buffer.from('webm', 'latin1')];
/** An 8-byte EBML size of 2^56 − 2: the largest size that is not "unknown". */
const hugeVint = [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe];

export const hostileWebm = {
  /** Segment › Cluster (both unknown size) › Timecode claiming 2^56 − 2 bytes: froze the old reader for good. */
  hugeTimecode: Buffer.from([...ebmlWebmHeader, 0x18, 0x53, 0x80, 0x67, 0xff, 0x1f, 0x43, 0xb6, 0x75, 0xff, 0xe7, ...hugeVint, 0x00]),
  /** Segment › Info › TimecodeScale claiming 2^56 − 2 bytes. */
  hugeTimecodeScale: Buffer.from([...ebmlWebmHeader, 0x18, 0x53, 0x80, 0x67, 0xff, 0x15, 0x49, 0xa9, 0x66, 0x8c, 0x2a, 0xd7, 0xb1, ...hugeVint, 0x00]),
  /** Segment › Info › Duration (a float64) with only 2 of its 8 bytes present. */
  shortDuration: Buffer.from([...ebmlWebmHeader, 0x18, 0x53, 0x80, 0x67, 0xff, 0x15, 0x49, 0xa9, 0x66, 0x85, 0x44, 0x89, 0x88, 0x40, 0x00]),
  /** A SimpleBlock of 1 byte: its track number is there, its timecode is not. */
  shortSimpleBlock: Buffer.from([...ebmlWebmHeader, 0x18, 0x53, 0x80, 0x67, 0xff, 0x1f, 0x43, 0xb6, 0x75, 0xff, 0xe7, 0x81, 0x00, 0xa3, 0x81, 0x81]),
};

function box(type: string, body: Buffer | number[]): Buffer {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(bytes.length + 8);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, bytes]);
}

const ftyp = box('ftyp', Buffer.from('isom\0\0\0\0isom', 'latin1'));

export const hostileMp4 = {
  /** moov › mvhd with a 1-byte body: the old reader read its timescale past the end (RangeError → 500). */
  shortMvhd: Buffer.concat([ftyp, box('moov', box('mvhd', [0x00])), box('mdat', Buffer.alloc(4))]),
  /** A version-1 mvhd cut after its version and flags. */
  shortMvhdVersion1: Buffer.concat([ftyp, box('moov', box('mvhd', [0x01, 0, 0, 0, 0, 0, 0, 0])), box('mdat', Buffer.alloc(4))]),
  /** A box with a 64-bit size of 2^63: more than the file, more than any number can hold exactly. */
  hugeLargeSize: Buffer.concat([ftyp, Buffer.from([0, 0, 0, 1, ...Buffer.from('moov', 'latin1'), 0x80, 0, 0, 0, 0, 0, 0, 0]), box('mdat', Buffer.alloc(4))]),
};

export const hostileJpeg = {
  /** A frame header (SOF0) whose length says 17 bytes with only 3 present. */
  shortFrameHeader: Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0xff, 0xd9]),
};
