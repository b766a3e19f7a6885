/**
 * What every media reader shares: one typed failure, and a budget that bounds its work.
 *
 * The readers work on bytes that anyone can upload. Each one checks every length against the bytes
 * really there (and against the element that contains it), always moves forward, and spends one
 * step of its budget per element it reads; the budget also carries a deadline. So the work on any
 * input is bounded, and anything odd ends in an UnreadableMediaError, never in a hang or a RangeError.
 */

/** Why a file that starts like a JPEG / WebM / MP4 cannot be read. */
export type UnreadableReason =
  /** The bytes end inside an element: the recording was cut off. */
  | 'cut-off'
  /** A length that does not fit (bigger than its parent, smaller than its own header). */
  | 'bad-length'
  /** Not the structure the format requires (a missing marker, a bad number, a wrong order). */
  | 'malformed'
  /** A value no real recording has (a duration of years, a photo 0 pixels wide). */
  | 'bad-value'
  /** More elements than any real recording of the allowed size has. */
  | 'too-many-elements'
  /** The reader's own deadline passed. */
  | 'too-slow';

export class UnreadableMediaError extends Error {
  override readonly name = 'UnreadableMediaError';
  constructor(
    readonly reason: UnreadableReason,
    message: string,
  ) {
    super(message);
  }
}

export type ReadLimits = {
  /** Elements (EBML elements, MP4 boxes, JPEG segments) one file may have. */
  maxElements: number;
  /** Wall-clock time one file may take. */
  maxMs: number;
};

/**
 * An 8 MiB MediaRecorder WebM has a few thousand elements (one SimpleBlock per frame, 30 fps for
 * 60 s is 1,800); reading it takes a few milliseconds. The element count is what bounds the work;
 * the time limit is a backstop for a bug, generous because it is wall-clock time: on an overloaded
 * machine a thread can wait seconds for a core, and a real recording must not be refused for that.
 */
export const defaultReadLimits: ReadLimits = { maxElements: 50_000, maxMs: 3_000 };

/** Checking the clock costs more than a step: look at it every this many steps. */
const clockEvery = 64;

export class ReadBudget {
  private steps = 0;
  private readonly deadline: number;

  constructor(
    private readonly limits: ReadLimits = defaultReadLimits,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.deadline = clock() + limits.maxMs;
  }

  /** One more element read; throws when the file has taken more than its share. */
  step(): void {
    this.steps += 1;
    if (this.steps > this.limits.maxElements) {
      throw new UnreadableMediaError('too-many-elements', `More than ${this.limits.maxElements} elements.`);
    }
    if (this.steps % clockEvery === 0 && this.clock() > this.deadline) {
      throw new UnreadableMediaError('too-slow', `Not read within ${this.limits.maxMs} ms.`);
    }
  }
}

/** The end of a span of `size` bytes at `start`, refused when it cannot be a real one. */
export function spanEnd(start: number, size: number): number {
  const end = start + size;
  if (!Number.isSafeInteger(size) || size < 0 || !Number.isSafeInteger(end)) {
    throw new UnreadableMediaError('bad-length', `A length of ${size} bytes at byte ${start}.`);
  }
  return end;
}

/** Big-endian unsigned integer at bytes the caller checked are there; above 2^53 only approximate. */
export function uintAt(bytes: Uint8Array, start: number, size: number): number {
  let value = 0;
  for (let i = 0; i < size; i += 1) value = value * 256 + (bytes[start + i] ?? 0);
  return value;
}

/** Throws 'cut-off' unless `end` lies within the bytes. */
export function requireBytes(bytes: Uint8Array, end: number, what: string): void {
  if (end > bytes.length) throw new UnreadableMediaError('cut-off', `${what} needs bytes up to ${end}; the file has ${bytes.length}.`);
}

/** A duration in ms that a recording of at most a few minutes can have; null for "not said". */
export function checkedDurationMs(ms: number | null): number | null {
  if (ms === null) return null;
  if (!Number.isFinite(ms) || ms < 0 || ms > maxPlausibleDurationMs) {
    throw new UnreadableMediaError('bad-value', `A duration of ${ms} ms.`);
  }
  return Math.round(ms);
}

/** One day: far above any allowed recording (VIDEO_MAX_SECONDS), far below anything that breaks arithmetic. */
export const maxPlausibleDurationMs = 24 * 3600 * 1000;
