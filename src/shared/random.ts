/** Browser randomness for the contract's pickers and for ids (crypto.getRandomValues is in every browser we support). */
export function browserRandomBytes(count: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(count));
}

/** A random UUID-like id (outbox entries, elders). crypto.randomUUID needs a secure context and a 2021+ browser; getRandomValues is everywhere. */
export function newRandomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(browserRandomBytes(16), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A random identifier of `lengthChars` characters from an unambiguous alphabet, e.g. for a challenge id or nonce. */
export function createRandomId(random: () => number, lengthChars = 16): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  let id = '';
  for (let index = 0; index < lengthChars; index += 1) {
    id += alphabet[Math.floor(clampUnit(random()) * alphabet.length)] ?? 'a';
  }
  return id;
}

/** Browser-grade randomness for ids and nonces, as a number in [0, 1). */
export function cryptoRandom(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return (buffer[0] ?? 0) / 2 ** 32;
}

/** Keeps a misbehaving random source inside [0, 1). */
function clampUnit(value: number): number {
  if (!Number.isFinite(value) || value < 0) return 0;
  return value >= 1 ? 1 - Number.EPSILON : value;
}
