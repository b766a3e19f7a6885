import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesSource, madeBeforeIssued, readRecordingCreatedAt, sameClockSlackMs, type ByteSource } from '../../contract/recording-created-at';
import { fixtures, mp4MadeAt } from '../../server/tests/support/api-client';

/** A WebM whose Segment › Info carries DateUTC (ns since 2001-01-01), as some muxers write it. */
function webmMadeAt(createdAt: Date): Uint8Array {
  const ns = BigInt(createdAt.getTime() - Date.UTC(2001, 0, 1)) * 1_000_000n;
  const date = new Uint8Array(8);
  new DataView(date.buffer).setBigInt64(0, ns);
  const docType = [0x42, 0x82, 0x84, ...'webm'.split('').map((c) => c.charCodeAt(0))];
  const dateUtc = [0x44, 0x61, 0x88, ...date];
  const info = [0x15, 0x49, 0xa9, 0x66, 0x80 | dateUtc.length, ...dateUtc];
  const cluster = [0x1f, 0x43, 0xb6, 0x75, 0x83, 0xe7, 0x81, 0x00];
  return Uint8Array.from([
    0x1a, 0x45, 0xdf, 0xa3, 0x80 | docType.length, ...docType,
    0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, // Segment of unknown size
    ...info,
    ...cluster,
  ]);
}

/** Counts what was read: the MP4 reader skips media data by its box header, never reading it. */
function countingSource(bytes: Uint8Array): ByteSource & { readBytes: number } {
  const source = { size: bytes.length, readBytes: 0, read: async (offset: number, length: number) => {
    const part = await bytesSource(bytes).read(offset, length);
    source.readBytes += part.length;
    return part;
  } };
  return source;
}

describe('when a recording says it was made', () => {
  it('reads an MP4’s mvhd creation time (what phone camera apps write), even with the movie box after megabytes of media', async () => {
    const at = new Date('2026-11-27T08:03:12Z');
    expect(await readRecordingCreatedAt(bytesSource(mp4MadeAt(at)))).toEqual(at);
    // moov at the end, after 6 MB of mdat: only headers and moov are read.
    const head = mp4MadeAt(at);
    const ftypEnd = head.readUInt32BE(0);
    const moovSize = head.readUInt32BE(ftypEnd);
    const mdat = Buffer.alloc(6 * 1024 * 1024 + 8);
    mdat.writeUInt32BE(mdat.length, 0);
    mdat.write('mdat', 4, 'latin1');
    const file = Buffer.concat([head.subarray(0, ftypEnd), mdat, head.subarray(ftypEnd, ftypEnd + moovSize)]);
    const source = countingSource(file);
    expect(await readRecordingCreatedAt(source)).toEqual(at);
    expect(source.readBytes).toBeLessThan(4096);
  });

  it('reads a WebM’s DateUTC', async () => {
    const at = new Date('2026-11-27T08:03:12.345Z');
    expect(await readRecordingCreatedAt(bytesSource(webmMadeAt(at)))).toEqual(at);
  });

  it('says nothing for files that do not say (MediaRecorder WebM, mvhd of 0, a camera without a clock) or are not video', async () => {
    expect(await readRecordingCreatedAt(bytesSource(fixtures.webm))).toBeNull();
    expect(await readRecordingCreatedAt(bytesSource(mp4MadeAt(null)))).toBeNull();
    expect(await readRecordingCreatedAt(bytesSource(mp4MadeAt(new Date('1970-01-02T00:00:00Z'))))).toBeNull();
    expect(await readRecordingCreatedAt(bytesSource(fixtures.jpeg))).toBeNull();
  });

  it('never throws and stays bounded on random, cut and mutated files', async () => {
    const seeds = [mp4MadeAt(new Date('2026-01-01T00:00:00Z')), Buffer.from(webmMadeAt(new Date('2026-01-01T00:00:00Z')))];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.nat(),
        async (which, flips, cut) => {
          const bytes = Uint8Array.from(seeds[which] ?? []);
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          const cutBytes = bytes.subarray(0, bytes.length - (cut % bytes.length));
          const result = await readRecordingCreatedAt(bytesSource(cutBytes));
          expect(result === null || result instanceof Date).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
        const result = await readRecordingCreatedAt(bytesSource(bytes));
        expect(result === null || result instanceof Date).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('made before the actions were issued', () => {
  const issuedAtMs = Date.parse('2026-11-27T08:00:00Z');
  it('is refused when the file says it was made earlier than the issue time (less the slack); unknown is not refused', () => {
    expect(madeBeforeIssued(new Date('2026-11-20T10:00:00Z'), issuedAtMs, sameClockSlackMs)).toBe(true);
    expect(madeBeforeIssued(new Date(issuedAtMs - sameClockSlackMs - 1000), issuedAtMs, sameClockSlackMs)).toBe(true);
    expect(madeBeforeIssued(new Date(issuedAtMs - 1000), issuedAtMs, sameClockSlackMs)).toBe(false);
    expect(madeBeforeIssued(new Date(issuedAtMs + 30_000), issuedAtMs, sameClockSlackMs)).toBe(false);
    expect(madeBeforeIssued(null, issuedAtMs, sameClockSlackMs)).toBe(false);
  });
});
