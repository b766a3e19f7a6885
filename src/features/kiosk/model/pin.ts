/**
 * The staff PIN that turns kiosk mode on and off. Only a salted PBKDF2 hash is kept on the
 * device; the PIN itself never is. WebCrypto is injected so tests can use Node's.
 */
export type PinRecord = { algorithm: 'PBKDF2-SHA256'; iterations: number; saltB64: string; hashB64: string };

export type PinProblem = 'too-short' | 'too-long' | 'not-digits';

export const pinMinLength = 4;
export const pinMaxLength = 8;

/**
 * OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600,000 iterations; it takes ~0.3 s on a budget
 * tablet, once per unlock, which staff do not notice.
 */
export const pinIterations = 600_000;

export function checkPinFormat(pin: string): PinProblem | null {
  if (!/^\d*$/.test(pin)) return 'not-digits';
  if (pin.length < pinMinLength) return 'too-short';
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
  const problem = checkPinFormat(pin);
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
