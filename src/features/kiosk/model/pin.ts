/**
 * The staff PIN that turns kiosk mode on and off. Only a salted PBKDF2 hash is kept on the
 * device; the PIN itself never is. WebCrypto is injected so tests can use Node's.
 */
export type PinRecord = { algorithm: 'PBKDF2-SHA256'; iterations: number; saltB64: string; hashB64: string };

export type PinFormatProblem = 'too-short' | 'too-long' | 'not-digits';
/** Why a new PIN is refused: its form, or a pattern anyone standing at the kiosk would try first. */
export type PinProblem = PinFormatProblem | 'repeated' | 'sequence' | 'date' | 'common';

/** PINs already set (before new PINs had to have 6 digits) keep working: 4 to 8 digits. */
export const pinMinLength = 4;
/** A new PIN: 6 to 8 digits (a million or more to guess, against a lockout that doubles). */
export const newPinMinLength = 6;
export const pinMaxLength = 8;

/**
 * OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600,000 iterations; it takes ~0.3 s on a budget
 * tablet, once per unlock, which staff do not notice.
 */
export const pinIterations = 600_000;

/** The form every PIN must have to be checked at all (old 4-digit ones included). */
export function checkPinFormat(pin: string): PinFormatProblem | null {
  if (!/^\d*$/.test(pin)) return 'not-digits';
  if (pin.length < pinMinLength) return 'too-short';
  if (pin.length > pinMaxLength) return 'too-long';
  return null;
}

/**
 * PINs people pick because they are easy to remember, so they are the first anyone tries: lucky
 * numbers, keypad shapes (columns, diagonals, the cross) and pairs. Repeats, runs and dates are
 * found by rule below; these are the rest, from published lists of the most common PINs.
 */
const commonPins = new Set([
  '1234', '0000', '1111', '1212', '2580', '0852', '1004', '2000', '4321', '6969', '7777', '5201', '1314',
  '112233', '121212', '123123', '123321', '123654', '123789', '147258', '147369', '147852', '159357',
  '159753', '168168', '258369', '258456', '321654', '369258', '456123', '456789', '520520', '520131',
  '521521', '741852', '753951', '789456', '852456', '963852', '100200', '102030', '110110', '119119',
  '518518', '666888', '888666', '1314520', '5201314', '1472580', '11223344', '12344321', '12369874',
  '14725836', '147258369', '16881688', '52013140',
]);

/** The same digit, or the same block of digits, over and over (000000, 121212, 123123, 12341234). */
function isRepeated(pin: string): boolean {
  for (let size = 1; size <= pin.length / 2; size += 1) {
    if (pin.length % size !== 0) continue;
    const block = pin.slice(0, size);
    if (block.repeat(pin.length / size) === pin) return true;
  }
  return false;
}

/** Digits that go up or down by the same step (123456, 654321, 135791, 024680), 9 → 0 included. */
function isSequence(pin: string): boolean {
  const step = (Number(pin[1]) - Number(pin[0]) + 10) % 10;
  if (step !== 1 && step !== 9 && step !== 2 && step !== 8) return false;
  for (let i = 1; i < pin.length; i += 1) {
    if ((Number(pin[i]) - Number(pin[i - 1]) + 10) % 10 !== step) return false;
  }
  return true;
}

function isDay(month: number, day: number): boolean {
  const daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= (daysIn[month - 1] ?? 0);
}

/**
 * A date in a form people write birthdays and anniversaries: 19500315, 15031950, 03151950 (8
 * digits, years 1900-2099) and 500315, 150350, 031550 (6 digits, any year).
 */
function isDateLike(pin: string): boolean {
  const n = (from: number, length: number) => Number(pin.slice(from, from + length));
  if (pin.length === 8) {
    const yearFirst = n(0, 4) >= 1900 && n(0, 4) <= 2099 && isDay(n(4, 2), n(6, 2));
    const yearLast = n(4, 4) >= 1900 && n(4, 4) <= 2099 && (isDay(n(2, 2), n(0, 2)) || isDay(n(0, 2), n(2, 2)));
    return yearFirst || yearLast;
  }
  if (pin.length === 6) return isDay(n(2, 2), n(4, 2)) || isDay(n(2, 2), n(0, 2)) || isDay(n(0, 2), n(2, 2));
  return false;
}

/**
 * Checks a PIN staff choose: digits only, then the patterns a passer-by would try first (each
 * with its own plain message), then its length. Patterns come first so that "1234" is told why it
 * is weak, not only that it is short.
 */
export function checkNewPin(pin: string): PinProblem | null {
  if (!/^\d*$/.test(pin)) return 'not-digits';
  if (pin.length >= 4) {
    if (isRepeated(pin)) return 'repeated';
    if (isSequence(pin)) return 'sequence';
    if (commonPins.has(pin)) return 'common';
    if (isDateLike(pin)) return 'date';
  }
  if (pin.length < newPinMinLength) return 'too-short';
  if (pin.length > pinMaxLength) return 'too-long';
  return null;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(value: string): Uint8Array<ArrayBuffer> {
  const binary = atob(value);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function derive(subtle: SubtleCrypto, pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return new Uint8Array(bits);
}

export async function hashPin(
  pin: string,
  deps: { subtle: SubtleCrypto; randomBytes: (length: number) => Uint8Array<ArrayBuffer>; iterations?: number },
): Promise<PinRecord> {
  const problem = checkNewPin(pin);
  if (problem) throw Object.assign(new Error(`bad PIN: ${problem}`), { code: problem });
  const iterations = deps.iterations ?? pinIterations;
  const salt = deps.randomBytes(16);
  const hash = await derive(deps.subtle, pin, salt, iterations);
  return { algorithm: 'PBKDF2-SHA256', iterations, saltB64: toBase64(salt), hashB64: toBase64(hash) };
}

export async function verifyPin(pin: string, record: PinRecord, subtle: SubtleCrypto): Promise<boolean> {
  if (checkPinFormat(pin) !== null) return false;
  const actual = await derive(subtle, pin, fromBase64(record.saltB64), record.iterations);
  const expected = fromBase64(record.hashB64);
  if (actual.length !== expected.length) return false;
  // Constant time: how long a wrong PIN takes says nothing about how close it was.
  let difference = 0;
  for (let i = 0; i < actual.length; i += 1) difference |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}

export function isPinRecord(value: unknown): value is PinRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record.algorithm === 'PBKDF2-SHA256' &&
    typeof record.iterations === 'number' &&
    record.iterations >= 1 &&
    typeof record.saltB64 === 'string' &&
    typeof record.hashB64 === 'string'
  );
}

/**
 * After a few wrong tries, wait before the next one: a retiree idly trying PINs cannot leave kiosk
 * mode, while a member of staff who mistyped twice is not held up.
 */
export function pinLockoutMs(consecutiveFailures: number): number {
  const free = 5;
  if (consecutiveFailures < free) return 0;
  return Math.min(15 * 60_000, 30_000 * 2 ** (consecutiveFailures - free));
}
