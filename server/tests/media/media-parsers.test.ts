import { describe, expect, it } from 'vitest';
import { readJpegInfo } from '../../src/media/jpeg';
import { UnreadableMediaError } from '../../src/media/read-budget';
import { readMp4Info } from '../../src/media/mp4';
import { readWebmInfo } from '../../src/media/webm';
import { fixtureFacts, fixtures, paddedJpeg, paddedWebm } from '../support/test-server';

function box(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(body.length + 8);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}

function mp4(durationUnits: number, timescale: number, version: 0 | 1 = 0): Buffer {
  const ftyp = box('ftyp', Buffer.from('isom\0\0\0\0isomiso2', 'latin1'));
  const mvhdBody = Buffer.alloc(version === 1 ? 112 : 100);
  mvhdBody[0] = version;
  if (version === 1) {
    mvhdBody.writeUInt32BE(timescale, 20);
    mvhdBody.writeBigUInt64BE(BigInt(durationUnits), 24);
  } else {
    mvhdBody.writeUInt32BE(timescale, 12);
    mvhdBody.writeUInt32BE(durationUnits, 16);
  }
  return Buffer.concat([ftyp, box('moov', box('mvhd', mvhdBody)), box('mdat', Buffer.alloc(64))]);
}

describe('JPEG', () => {
  it('reads the size of the fixture', () => {
    expect(readJpegInfo(fixtures.jpeg)).toEqual({ width: fixtureFacts.jpegWidth, height: fixtureFacts.jpegHeight });
  });
  it('sees a cut-off JPEG', () => {
    expect(() => readJpegInfo(fixtures.jpeg.subarray(0, fixtures.jpeg.length - 100))).toThrow(expect.objectContaining({ reason: 'cut-off' }));
    expect(() => readJpegInfo(fixtures.jpeg.subarray(0, 300))).toThrow(UnreadableMediaError);
  });
  it('tolerates zero padding after EOI', () => {
    expect(readJpegInfo(Buffer.concat([fixtures.jpeg, Buffer.alloc(64)]))).toEqual({ width: fixtureFacts.jpegWidth, height: fixtureFacts.jpegHeight });
  });
  it('refuses other bytes, even named .jpg', () => {
    expect(readJpegInfo(fixtures.webm)).toBeNull();
    expect(readJpegInfo(Buffer.from('GIF89a....'))).toBeNull();
    expect(readJpegInfo(Buffer.from([0xff, 0xd8]))).toBeNull();
  });
  it('refuses a photo 0 pixels wide', () => {
    const sof = fixtures.jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    const zeroWide = Buffer.from(fixtures.jpeg);
    zeroWide.writeUInt16BE(0, sof + 7);
    expect(() => readJpegInfo(zeroWide)).toThrow(expect.objectContaining({ reason: 'bad-value' }));
  });
  it('keeps a padded JPEG valid (used by the upload tests)', () => {
    const padded = paddedJpeg(300_000);
    expect(padded.length).toBeGreaterThan(299_000);
    expect(readJpegInfo(padded)).toEqual({ width: 160, height: 120 });
  });
});

describe('WebM', () => {
  it('measures a MediaRecorder WebM (no Duration element) from its cluster timecodes', () => {
    const info = readWebmInfo(fixtures.webm);
    expect(info).toEqual({ docType: 'webm', durationMs: fixtureFacts.webmDurationMs });
  });
  it('reads Segment › Info › Duration when there is one', () => {
    // Insert Duration (0x4489, float64 2500.0 ms at the default 1 ms scale) at the start of the fixture's Info.
    const infoAt = fixtures.webm.indexOf(Buffer.from([0x15, 0x49, 0xa9, 0x66]));
    const sizeByte = fixtures.webm[infoAt + 4] ?? 0;
    const duration = Buffer.alloc(11);
    duration.writeUInt16BE(0x4489, 0);
    duration[2] = 0x88;
    duration.writeDoubleBE(2500, 3);
    const withDuration = Buffer.concat([
      fixtures.webm.subarray(0, infoAt + 4),
      Buffer.from([sizeByte + duration.length]),
      duration,
      fixtures.webm.subarray(infoAt + 5),
    ]);
    expect(readWebmInfo(withDuration)?.durationMs).toBe(2500);
  });
  it('sees a cut-off WebM', () => {
    expect(() => readWebmInfo(fixtures.webm.subarray(0, 4000))).toThrow(expect.objectContaining({ reason: 'cut-off' }));
  });
  it('refuses a child element that runs past its parent', () => {
    // The EBML header's last child (DocTypeReadVersion, 0x4285) claims one byte more than the header holds.
    const lying = Buffer.from(fixtures.webm);
    const readVersion = lying.indexOf(Buffer.from([0x42, 0x85, 0x81]));
    lying[readVersion + 2] = 0x82;
    expect(() => readWebmInfo(lying)).toThrow(expect.objectContaining({ reason: 'bad-length' }));
  });
  it('refuses other bytes', () => {
    expect(readWebmInfo(fixtures.jpeg)).toBeNull();
    expect(readWebmInfo(Buffer.from('not a video at all'))).toBeNull();
  });
  it('keeps a padded WebM valid (used by the upload tests)', () => {
    const padded = paddedWebm(1_000_000);
    expect(padded.length).toBe(1_000_000);
    expect(readWebmInfo(padded)).toEqual({ docType: 'webm', durationMs: fixtureFacts.webmDurationMs });
  });
});

describe('MP4', () => {
  it('reads the duration from mvhd version 0 and 1', () => {
    expect(readMp4Info(mp4(3000, 600))).toEqual({ brand: 'isom', durationMs: 5000 });
    expect(readMp4Info(mp4(90_000 * 4, 90_000, 1))?.durationMs).toBe(4000);
  });
  it('sees a cut-off MP4 and refuses other bytes', () => {
    const whole = mp4(3000, 600);
    expect(() => readMp4Info(whole.subarray(0, whole.length - 10))).toThrow(expect.objectContaining({ reason: 'cut-off' }));
    expect(readMp4Info(fixtures.webm)).toBeNull();
  });
  it('says "unknown" for an all-ones duration and refuses a duration of years', () => {
    expect(readMp4Info(mp4(0xffffffff, 600))?.durationMs).toBeNull();
    expect(() => readMp4Info(mp4(0xfffffffe, 1))).toThrow(expect.objectContaining({ reason: 'bad-value' }));
  });
});
