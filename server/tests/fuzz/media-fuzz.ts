/**
 * Property/fuzz testing of the evidence readers and the submit route (issue 12, finding 1), shared by
 * the bounded run inside `npm test` (server/tests/media/media-fuzz.test.ts) and the long one,
 * `npm run fuzz` (server/tests/fuzz/run-media-fuzz.ts).
 *
 * Cases are real files (the server's fixtures, the photos and phone recordings in
 * ../shared/testdata/faces) cut short, overwritten, spliced and grown by fast-check, plus random
 * bytes behind a real file signature. The property: every reader returns facts, "not this format"
 * (null) or an UnreadableMediaError, nothing else, and the route answers each with a success or a
 * 4xx, never a 5xx; the server keeps answering /api/health.
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CreateSessionResponse, UploadPart } from '../../../contract/certification-api';
import { readJpegInfo } from '../../src/media/jpeg';
import { readMp4Info } from '../../src/media/mp4';
import { UnreadableMediaError } from '../../src/media/read-budget';
import { readWebmInfo } from '../../src/media/webm';
import { encodeUploadMetadata, idNumberOf, tusHeaders } from '../support/api-client';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..', '..', '..');
export const facesDir = path.resolve(projectRoot, '..', 'shared', 'testdata', 'faces');

export type SeedFormat = 'jpeg' | 'webm' | 'mp4';
/** Where a length is written in a seed (EBML size vint, MP4 box size, JPEG segment length), to aim mutations at. */
export type SizeField = { at: number; length: number; value: number };
export type Seed = { name: string; format: SeedFormat; bytes: Uint8Array; sizeFields: SizeField[] };

/** Size fields recorded per seed (the first ones: headers and the first frames). */
const maxSizeFields = 400;

/** EBML master elements whose children are walked (RFC 9559): the rest are skipped whole. */
const ebmlMasters = new Set([
  0x1a45dfa3, 0x18538067, 0x114d9b74, 0x4dbb, 0x1549a966, 0x1654ae6b, 0xae, 0xe0, 0xe1, 0x1f43b675, 0xa0, 0x1c53bb6b, 0xbb, 0xb7, 0x1254c367, 0x7373, 0x63c0, 0x67c8,
]);

function ebmlSizeFields(bytes: Uint8Array): SizeField[] {
  const fields: SizeField[] = [];
  const walk = (start: number, end: number, depth: number) => {
    for (let offset = start; offset < end && fields.length < maxSizeFields && depth < 8; ) {
      const first = bytes[offset] ?? 0;
      const idLength = Math.clz32(first) - 23;
      if (idLength < 1 || idLength > 4) return;
      let id = 0;
      for (let i = 0; i < idLength; i += 1) id = id * 256 + (bytes[offset + i] ?? 0);
      const sizeAt = offset + idLength;
      const length = Math.clz32(bytes[sizeAt] ?? 0) - 23;
      if (length < 1 || length > 8) return;
      let value = (bytes[sizeAt] ?? 0) & (0xff >> length);
      let unknown = value === 0xff >> length;
      for (let i = 1; i < length; i += 1) {
        value = value * 256 + (bytes[sizeAt + i] ?? 0);
        if (bytes[sizeAt + i] !== 0xff) unknown = false;
      }
      fields.push({ at: sizeAt, length, value });
      const dataStart = sizeAt + length;
      const dataEnd = unknown ? end : Math.min(dataStart + value, end);
      if (ebmlMasters.has(id)) walk(dataStart, dataEnd, depth + 1);
      if (unknown && !ebmlMasters.has(id)) return;
      offset = unknown ? end : dataEnd;
    }
  };
  walk(0, bytes.length, 0);
  return fields;
}

const mp4Containers = new Set(['moov', 'trak', 'mdia', 'minf', 'stbl', 'udta', 'edts', 'dinf', 'mvex', 'moof', 'traf']);

function mp4SizeFields(bytes: Uint8Array): SizeField[] {
  const fields: SizeField[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const walk = (start: number, end: number) => {
    for (let offset = start; offset + 8 <= end && fields.length < maxSizeFields; ) {
      const size = view.getUint32(offset);
      const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
      fields.push({ at: offset, length: 4, value: size });
      if (size < 8) return;
      if (mp4Containers.has(type)) walk(offset + 8, Math.min(offset + size, end));
      offset += size;
    }
  };
  walk(0, bytes.length);
  return fields;
}

function jpegSizeFields(bytes: Uint8Array): SizeField[] {
  const fields: SizeField[] = [];
  for (let offset = 2; offset + 4 <= bytes.length && fields.length < maxSizeFields; ) {
    if (bytes[offset] !== 0xff) break;
    const marker = bytes[offset + 1] ?? 0;
    const value = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    fields.push({ at: offset + 2, length: 2, value });
    if (marker === 0xda || value < 2) break;
    offset += 2 + value;
  }
  return fields;
}

const sizeFieldsOf = { webm: ebmlSizeFields, mp4: mp4SizeFields, jpeg: jpegSizeFields } as const;

function formatOf(file: string): SeedFormat | null {
  if (/\.jpe?g$/i.test(file)) return 'jpeg';
  if (/\.webm$/i.test(file)) return 'webm';
  if (/\.mp4$/i.test(file)) return 'mp4';
  return null;
}

/**
 * A phone recording shortened to at most `maxBytes` that is still a whole, valid file (so that the
 * mutations start from something every reader accepts, not from a cut-off file):
 * - WebM (ffmpeg: Segment of known size, Clusters): cut before the last Cluster that would not fit,
 *   and the Segment's size set to "unknown", as MediaRecorder writes it;
 * - MP4 (ftyp, moov, free, mdat): cut inside mdat, and mdat's size set to what is left.
 * Null when the file is not laid out that way (then the seed is kept whole).
 */
function shortenedWhole(format: SeedFormat, bytes: Buffer, maxBytes: number): Buffer | null {
  if (bytes.length <= maxBytes) return bytes;
  if (format === 'webm') {
    // The Segment and the first Cluster get an "unknown" size of the same length (as MediaRecorder
    // writes them), and the Cluster keeps the SimpleBlocks that fit.
    const sizeLengthAt = (at: number) => Math.clz32(bytes[at] ?? 0) - 23;
    const markUnknown = (target: Buffer, at: number) => {
      const length = sizeLengthAt(at);
      target.fill(0xff, at, at + length);
      target[at] = 0xff >> (length - 1);
    };
    const segment = bytes.indexOf(Buffer.from([0x18, 0x53, 0x80, 0x67]));
    const cluster = bytes.indexOf(Buffer.from([0x1f, 0x43, 0xb6, 0x75]));
    if (segment < 0 || cluster < segment) return null;
    let end = cluster + 4 + sizeLengthAt(cluster + 4);
    for (let child = end; child < maxBytes; ) {
      const first = bytes[child] ?? 0;
      const idLength = first >= 0x80 ? 1 : first >= 0x40 ? 2 : first >= 0x20 ? 3 : 4;
      const sizeLength = sizeLengthAt(child + idLength);
      if (sizeLength < 1 || sizeLength > 8) return null;
      let size = (bytes[child + idLength] ?? 0) & (0xff >> sizeLength);
      for (let i = 1; i < sizeLength; i += 1) size = size * 256 + (bytes[child + idLength + i] ?? 0);
      const next = child + idLength + sizeLength + size;
      if (next > maxBytes) break;
      end = child = next;
    }
    const short = Buffer.from(bytes.subarray(0, end));
    markUnknown(short, segment + 4);
    markUnknown(short, cluster + 4);
    return short;
  }
  if (format === 'mp4') {
    for (let offset = 0; offset + 8 <= bytes.length; ) {
      const size = bytes.readUInt32BE(offset);
      if (bytes.toString('latin1', offset + 4, offset + 8) === 'mdat') {
        if (offset + 8 >= maxBytes) return null;
        const short = Buffer.from(bytes.subarray(0, maxBytes));
        short.writeUInt32BE(maxBytes - offset, offset);
        return short;
      }
      if (size < 8) return null;
      offset += size;
    }
  }
  return null;
}

/**
 * The real files the cases start from. `maxVideoBytes` shortens each phone recording (the bounded
 * run: a whole 1–2 MB recording costs milliseconds per case); 0 keeps them whole.
 */
export function loadSeeds(options: { maxVideoBytes: number }): Seed[] {
  const seeds: Seed[] = [];
  const add = (dir: string, file: string, label: string) => {
    const format = formatOf(file);
    if (!format) return;
    const whole = readFileSync(path.join(dir, file));
    const short = format !== 'jpeg' && options.maxVideoBytes > 0 ? shortenedWhole(format, whole, options.maxVideoBytes) : null;
    const name = short && short !== whole ? `${label}/${file} (shortened)` : `${label}/${file}`;
    const bytes = short ?? whole;
    seeds.push({ name, format, bytes, sizeFields: sizeFieldsOf[format](bytes) });
  };
  const fixtures = path.join(projectRoot, 'server', 'tests', 'fixtures');
  for (const file of readdirSync(fixtures)) add(fixtures, file, 'fixtures');
  for (const sub of ['photos', 'recorded']) {
    const dir = path.join(facesDir, sub);
    if (!existsSync(dir)) throw new Error(`${dir} is missing: the fuzz cases start from the real files in ../shared/testdata/faces`);
    for (const file of readdirSync(dir).sort()) add(dir, file, sub);
  }
  return seeds;
}

/** Where an attacker aims: 1- to 8-byte values that mean "huge", "unknown", "zero" or "negative" somewhere. */
const interestingBytes = [
  [0xff],
  [0x00],
  [0x01],
  [0x7f],
  [0x80],
  [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe], // EBML size 2^56 − 2
  [0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00], // EBML size 2^53 − ish
  [0xff, 0xff, 0xff, 0xff], // MP4 size 4 GiB, or "unknown" duration
  [0x00, 0x00, 0x00, 0x01], // MP4 "64-bit size follows"
  [0x00, 0x00, 0x00, 0x00], // MP4 "to the end"
  [0x00, 0x00, 0x00, 0x07], // MP4 size smaller than its header
  [0xff, 0xd9], // JPEG EOI
  [0xff, 0xda, 0x00, 0x02], // JPEG SOS with an empty header
  [0x1f, 0x43, 0xb6, 0x75, 0xff], // a Cluster of unknown size
];

export type Mutation =
  /** Rewrites one of the seed's size fields (same width): 0, 1, one less or more, half, the largest, "unknown", small, or random. */
  | { kind: 'size-field'; field: number; change: number; random: number }
  | { kind: 'truncate'; at: number }
  /** Cuts the file a few bytes after one of the seed's size fields: the bytes end inside a header or a short element. */
  | { kind: 'cut-near-field'; field: number; after: number }
  | { kind: 'overwrite'; at: number; bytes: number[] }
  | { kind: 'interesting'; at: number; value: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'splice'; at: number; seed: number; from: number };

export type FuzzCase =
  | { kind: 'mutated'; seed: number; mutations: Mutation[] }
  /** Random bytes behind a real file's first `keep` bytes (its signature and header). */
  | { kind: 'random-tail'; seed: number; keep: number; tail: Uint8Array };

/** Offsets: mostly in the headers, where the structure is; sometimes anywhere. */
const offset = fc.oneof({ weight: 3, arbitrary: fc.nat({ max: 255 }) }, { weight: 2, arbitrary: fc.nat({ max: 1 << 20 }) });
const someBytes = fc.array(fc.nat({ max: 255 }), { minLength: 1, maxLength: 16 });

export function mutationArbitrary(seedCount: number): fc.Arbitrary<Mutation> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('size-field' as const), field: fc.nat({ max: maxSizeFields - 1 }), change: fc.nat({ max: 8 }), random: fc.nat() }) },
    fc.record({ kind: fc.constant('truncate' as const), at: offset }),
    fc.record({ kind: fc.constant('cut-near-field' as const), field: fc.nat({ max: maxSizeFields - 1 }), after: fc.nat({ max: 40 }) }),
    fc.record({ kind: fc.constant('overwrite' as const), at: offset, bytes: someBytes }),
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('interesting' as const), at: offset, value: fc.nat({ max: interestingBytes.length - 1 }) }) },
    fc.record({ kind: fc.constant('insert' as const), at: offset, bytes: someBytes }),
    fc.record({ kind: fc.constant('delete' as const), at: offset, length: fc.integer({ min: 1, max: 512 }) }),
    fc.record({ kind: fc.constant('repeat' as const), at: offset, length: fc.integer({ min: 1, max: 64 }), times: fc.integer({ min: 2, max: 200 }) }),
    fc.record({ kind: fc.constant('splice' as const), at: offset, seed: fc.nat({ max: seedCount - 1 }), from: offset }),
  );
}

export function caseArbitrary(seeds: readonly Seed[]): fc.Arbitrary<FuzzCase> {
  const seed = fc.nat({ max: seeds.length - 1 });
  return fc.oneof(
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('mutated' as const), seed, mutations: fc.array(mutationArbitrary(seeds.length), { minLength: 1, maxLength: 4 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('random-tail' as const), seed, keep: fc.integer({ min: 3, max: 64 }), tail: fc.uint8Array({ maxLength: 2048 }) }) },
  );
}

/** A size field of `length` bytes rewritten (EBML vints keep their length marker). */
function rewriteSizeField(bytes: Uint8Array, field: SizeField, format: SeedFormat, change: number, random: number): Uint8Array {
  const bits = format === 'webm' ? 7 * field.length : 8 * field.length;
  const max = 2 ** bits - 1; // in EBML: all ones = "unknown size"
  const choices = [0, 1, field.value - 1, field.value + 1, max, max - 1, Math.floor(field.value / 2), random % 32, random % (max + 1)];
  const value = Math.min(Math.max(choices[change % choices.length] ?? 0, 0), max);
  const copy = Uint8Array.from(bytes);
  let rest = value;
  for (let i = field.length - 1; i >= 0; i -= 1) {
    copy[field.at + i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  if (format === 'webm') copy[field.at] = (copy[field.at] ?? 0) | (0x80 >> (field.length - 1));
  return copy;
}

function applyMutation(bytes: Uint8Array, mutation: Mutation, seeds: readonly Seed[], seed: Seed): Uint8Array {
  if (mutation.kind === 'size-field') {
    // Aimed at the seed's own layout: after an earlier mutation moved things, it may hit anything (fine too).
    const field = seed.sizeFields.length === 0 ? undefined : seed.sizeFields[mutation.field % seed.sizeFields.length];
    if (!field || field.at + field.length > bytes.length) return bytes;
    return rewriteSizeField(bytes, field, seed.format, mutation.change, mutation.random);
  }
  if (mutation.kind === 'cut-near-field') {
    const field = seed.sizeFields.length === 0 ? undefined : seed.sizeFields[mutation.field % seed.sizeFields.length];
    return field ? bytes.subarray(0, field.at + mutation.after) : bytes;
  }
  const at = bytes.length === 0 ? 0 : mutation.at % (bytes.length + 1);
  const before = bytes.subarray(0, at);
  switch (mutation.kind) {
    case 'truncate':
      return before;
    case 'overwrite':
    case 'interesting': {
      const patch = mutation.kind === 'overwrite' ? mutation.bytes : (interestingBytes[mutation.value] ?? [0xff]);
      const copy = new Uint8Array(Math.max(bytes.length, at + patch.length));
      copy.set(bytes);
      copy.set(patch, at);
      return copy;
    }
    case 'insert':
      return concat([before, Uint8Array.from(mutation.bytes), bytes.subarray(at)]);
    case 'delete':
      return concat([before, bytes.subarray(at + mutation.length)]);
    case 'repeat': {
      const span = bytes.subarray(at, at + mutation.length);
      return concat([before, ...Array.from({ length: mutation.times }, () => span), bytes.subarray(at)]);
    }
    case 'splice': {
      const other = seeds[mutation.seed]?.bytes ?? new Uint8Array();
      const from = other.length === 0 ? 0 : mutation.from % other.length;
      return concat([before, other.subarray(from, from + 64 * 1024)]);
    }
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function buildCase(fuzzCase: FuzzCase, seeds: readonly Seed[]): { format: SeedFormat; seedName: string; bytes: Uint8Array } {
  const seed = seeds[fuzzCase.seed];
  if (!seed) throw new Error(`no seed ${fuzzCase.seed}`);
  if (fuzzCase.kind === 'random-tail') {
    return { format: seed.format, seedName: seed.name, bytes: concat([seed.bytes.subarray(0, fuzzCase.keep), fuzzCase.tail]) };
  }
  let bytes = seed.bytes;
  for (const mutation of fuzzCase.mutations) bytes = applyMutation(bytes, mutation, seeds, seed);
  return { format: seed.format, seedName: seed.name, bytes };
}

export function describeCase(fuzzCase: FuzzCase, seeds: readonly Seed[]): string {
  const seed = seeds[fuzzCase.seed]?.name ?? '?';
  if (fuzzCase.kind === 'random-tail') return `${seed}: first ${fuzzCase.keep} bytes + ${fuzzCase.tail.length} random`;
  return `${seed}: ${fuzzCase.mutations.map((m) => (m.kind === 'size-field' ? `size-field#${m.field}:${m.change}` : m.kind === 'cut-near-field' ? `cut-near-field#${m.field}+${m.after}` : `${m.kind}@${m.at}`)).join(', ')}`;
}

/** Counts of what happened, for the printed summary. */
export class Tally {
  readonly counts = new Map<string, number>();
  /** Cases generated (fast-check's runs; shrinking a failure adds more, counted apart). */
  cases = 0;
  shrinks = 0;
  failures: string[] = [];
  /** Cases whose answer took longer than a second. */
  overOneSecond = 0;
  slowest = { ms: 0, what: '' };

  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  time(ms: number, what: () => string): void {
    if (ms > 1000) this.overOneSecond += 1;
    if (ms > this.slowest.ms) this.slowest = { ms, what: what() };
  }

  /** Takes fast-check's verdict: the shrunk counterexample is the failure to report. */
  settle(details: { failed: boolean; numRuns: number; numShrinks: number; seed: number; counterexample: unknown; errorInstance: unknown }): void {
    this.cases = details.numRuns;
    this.shrinks = details.numShrinks;
    if (details.failed) this.failures.push(`seed ${details.seed}, counterexample ${JSON.stringify(details.counterexample, replacer)}: ${String(details.errorInstance)}`);
  }

  summary(title: string): string {
    const rows = [...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => `  ${key.padEnd(44)} ${count}`);
    return [
      `${title}: ${this.cases} cases, ${this.failures.length} failures, ${this.overOneSecond} over 1 s, slowest ${this.slowest.ms.toFixed(1)} ms (${this.slowest.what})`,
      ...rows,
      ...this.failures.slice(0, 10).map((failure) => `  FAILURE ${failure}`),
    ].join('\n');
  }
}

const readers = { jpeg: readJpegInfo, webm: readWebmInfo, mp4: readMp4Info } as const;

/** Checks what a reader returned: plausible facts or null. */
function checkFacts(format: SeedFormat, value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'object') return `returned ${typeof value}`;
  const facts = value as Record<string, unknown>;
  if (format === 'jpeg') {
    const { width, height } = facts;
    if (!Number.isInteger(width) || !Number.isInteger(height) || (width as number) <= 0 || (height as number) <= 0) return `size ${String(width)}×${String(height)}`;
    return null;
  }
  const duration = facts.durationMs;
  if (duration !== null && (!Number.isSafeInteger(duration) || (duration as number) < 0)) return `duration ${String(duration)}`;
  return null;
}

/**
 * One case through all three readers (a WebM is also thrown at the JPEG and MP4 readers, and so on).
 * Returns a failure message, or null when every reader behaved.
 */
export function readCase(bytes: Uint8Array, seedFormat: SeedFormat, tally: Tally): string | null {
  for (const [format, read] of Object.entries(readers) as [SeedFormat, (bytes: Uint8Array) => unknown][]) {
    const key = `reader ${format.padEnd(4)} ← ${seedFormat.padEnd(4)}`;
    try {
      const value = read(bytes);
      const problem = checkFacts(format, value);
      if (problem) return `${format} reader: ${problem}`;
      tally.add(`${key}: ${value === null ? 'other format' : 'read'}`);
    } catch (error) {
      if (!(error instanceof UnreadableMediaError)) return `${format} reader threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
      tally.add(`${key}: unreadable (${error.reason})`);
    }
  }
  return null;
}

export type ReaderFuzzOptions = { runs: number; seed: number; seeds: readonly Seed[]; timeLimitMs?: number };

/** Throws the cases at the readers in this thread; fast-check shrinks and reports the first failure. */
export function fuzzReaders(options: ReaderFuzzOptions): Tally {
  const tally = new Tally();
  const property = fc.property(caseArbitrary(options.seeds), (fuzzCase) => {
    const built = buildCase(fuzzCase, options.seeds);
    const started = performance.now();
    const failure = readCase(built.bytes, built.format, tally);
    tally.time(performance.now() - started, () => `${describeCase(fuzzCase, options.seeds)}, ${built.bytes.length} bytes`);
    if (failure) throw new Error(`${failure} on ${describeCase(fuzzCase, options.seeds)}`);
  });
  const details = fc.check(property, {
    numRuns: options.runs,
    seed: options.seed,
    ...(options.timeLimitMs ? { interruptAfterTimeLimit: options.timeLimitMs, markInterruptAsFailure: false } : {}),
  });
  tally.settle(details);
  return tally;
}

function replacer(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? `<${value.length} bytes>` : value;
}

type Answer = { status: number; code: string };

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  let code = '';
  try {
    code = String((JSON.parse(text) as { code?: unknown }).code ?? '');
  } catch {
    code = '';
  }
  return { status: response.status, code };
}

/** A tus upload in plain requests, as the shared api-client sends them, but answering refusals instead of throwing. */
async function tusUpload(baseUrl: string, session: CreateSessionResponse, part: UploadPart, bytes: Uint8Array, filetype: string): Promise<{ id: string } | { refused: Answer }> {
  const created = await fetch(`${baseUrl}/api/uploads/`, {
    method: 'POST',
    headers: tusHeaders(session, {
      'Upload-Length': String(bytes.length),
      'Upload-Metadata': encodeUploadMetadata({ sessionId: session.sessionId, nonce: session.nonce, part, filetype }),
    }),
  });
  if (created.status !== 201) return { refused: await answerOf(created) };
  await created.body?.cancel();
  const url = new URL(created.headers.get('location') ?? '', baseUrl).href;
  if (bytes.length > 0) {
    const patched = await fetch(url, {
      method: 'PATCH',
      headers: tusHeaders(session, { 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' }),
      body: bytes,
    });
    if (patched.status !== 204) return { refused: await answerOf(patched) };
    await patched.body?.cancel();
  }
  return { id: url.split('/').pop() ?? '' };
}

const mimeOf = { jpeg: 'image/jpeg', webm: 'video/webm', mp4: 'video/mp4' } as const;

export type RouteFuzzOptions = {
  baseUrl: string;
  runs: number;
  seed: number;
  seeds: readonly Seed[];
  /** A valid photo and video: the part not being fuzzed is one of these. */
  validPhoto: Uint8Array;
  validVideo: Uint8Array;
  /** Metadata as the app sends it, for a session and the two files. */
  metadataFor: (session: CreateSessionResponse, photo: Uint8Array, video: Uint8Array) => unknown;
  timeLimitMs?: number;
};

/**
 * Each case is a whole submission over HTTP: a session, the two tus uploads (one of them the fuzzed
 * file), then POST /api/submissions. Every answer must be a success or a 4xx.
 */
export async function fuzzSubmitRoute(options: RouteFuzzOptions): Promise<Tally> {
  const tally = new Tally();
  const post = (url: string, body: unknown) => fetch(`${options.baseUrl}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  let people = 0;
  const property = fc.asyncProperty(caseArbitrary(options.seeds), async (fuzzCase) => {
    const built = buildCase(fuzzCase, options.seeds);
    people += 1;
    const part: UploadPart = built.format === 'jpeg' ? 'photo' : 'video';
    const photo = part === 'photo' ? built.bytes : options.validPhoto;
    const video = part === 'video' ? built.bytes : options.validVideo;
    const started = performance.now();
    // A person of their own per case: the per-person session limit is not what is tested here.
    const sessionResponse = await post('/api/sessions', { name: '王秀英', idNumber: idNumberOf(people) });
    if (sessionResponse.status !== 201) throw new Error(`session: ${sessionResponse.status}`);
    const session = (await sessionResponse.json()) as CreateSessionResponse;
    const photoUpload = await tusUpload(options.baseUrl, session, 'photo', photo, 'image/jpeg');
    const videoUpload = await tusUpload(options.baseUrl, session, 'video', video, mimeOf[part === 'video' ? built.format : 'webm']);
    let answer: Answer;
    if ('refused' in photoUpload) answer = photoUpload.refused;
    else if ('refused' in videoUpload) answer = videoUpload.refused;
    else {
      answer = await answerOf(
        await post('/api/submissions', {
          sessionId: session.sessionId,
          nonce: session.nonce,
          photoUploadId: photoUpload.id,
          videoUploadId: videoUpload.id,
          metadata: options.metadataFor(session, photo, video),
          idempotencyKey: `fuzz-${session.sessionId}`,
        }),
      );
    }
    tally.add(`route ${part}: ${answer.status} ${answer.code}`);
    tally.time(performance.now() - started, () => `${describeCase(fuzzCase, options.seeds)}, ${built.bytes.length} bytes → ${answer.status} ${answer.code}`);
    const ok = answer.status === 200 || answer.status === 201 || (answer.status >= 400 && answer.status < 500);
    if (!ok) throw new Error(`${answer.status} ${answer.code} on ${describeCase(fuzzCase, options.seeds)}`);
  });
  const details = await fc.check(property, {
    numRuns: options.runs,
    seed: options.seed,
    ...(options.timeLimitMs ? { interruptAfterTimeLimit: options.timeLimitMs, markInterruptAsFailure: false } : {}),
  });
  tally.settle(details);
  return tally;
}
