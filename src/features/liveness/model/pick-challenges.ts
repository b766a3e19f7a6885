import type { ChallengeKind } from './challenge';
import { challengeKinds } from './challenge';

/** The actions that move the face itself (not just the head): a still photo cannot do them. */
const faceActionKinds: readonly ChallengeKind[] = ['blink', 'mouth-open'];

/**
 * A random challenge order, made on the device until the backend session supplies one. Never the same action
 * twice in a row, and at least one blink or mouth opening (a photo tilted in the hand can fake a little head
 * motion, but never a face that moves). `random` returns numbers in [0, 1), like Math.random.
 */
export function pickChallenges(count: number, random: () => number): ChallengeKind[] {
  const wanted = Math.max(0, Math.floor(count));
  const picked: ChallengeKind[] = [];
  for (let index = 0; index < wanted; index += 1) {
    const previous = picked[index - 1];
    const candidates = challengeKinds.filter((kind) => kind !== previous);
    picked.push(pickOne(candidates, random));
  }
  if (wanted > 0 && !picked.some((kind) => faceActionKinds.includes(kind))) {
    // Replace one position with a face action that differs from its neighbours (always possible: only
    // turns are in the list, and at most two different turns border any position).
    const position = Math.min(wanted - 1, Math.floor(clampUnit(random()) * wanted));
    picked[position] = pickOne(faceActionKinds, random);
  }
  return picked;
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

/** Browser-grade randomness for ids and nonces (Math.random is fine for the order, not for a nonce). */
export function cryptoRandom(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return (buffer[0] ?? 0) / 2 ** 32;
}

function pickOne<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(clampUnit(random()) * items.length)];
  if (item === undefined) throw new Error('pickOne needs at least one item');
  return item;
}

/** Keeps a misbehaving random source inside [0, 1). */
function clampUnit(value: number): number {
  if (!Number.isFinite(value) || value < 0) return 0;
  return value >= 1 ? 1 - Number.EPSILON : value;
}
