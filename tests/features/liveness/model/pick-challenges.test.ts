import { describe, expect, it } from 'vitest';
import { challengeKinds } from '../../../../src/features/liveness/model/challenge';
import { createRandomId, pickChallenges } from '../../../../src/features/liveness/model/pick-challenges';
import { seededRandom as seeded } from '../../../support/builders/seeded-random';

describe('pickChallenges', () => {
  it('gives the asked number of known actions, never the same twice in a row, always one face action', () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const count = 1 + (seed % 5);
      const picked = pickChallenges(count, seeded(seed));
      expect(picked).toHaveLength(count);
      picked.forEach((kind, index) => {
        expect(challengeKinds).toContain(kind);
        if (index > 0) expect(kind).not.toBe(picked[index - 1]);
      });
      expect(picked.some((kind) => kind === 'blink' || kind === 'mouth-open')).toBe(true);
    }
  });

  it('replaces an all-turns pick with a face action', () => {
    // Always choosing index 2 or 3 of the candidates would give turns only.
    const turnsOnly = () => 0.99;
    const picked = pickChallenges(3, turnsOnly);
    expect(picked.some((kind) => kind === 'blink' || kind === 'mouth-open')).toBe(true);
    picked.forEach((kind, index) => index > 0 && expect(kind).not.toBe(picked[index - 1]));
  });

  it('varies with the random source, and repeats with the same one', () => {
    const orders = new Set(Array.from({ length: 50 }, (_, seed) => pickChallenges(3, seeded(seed)).join(',')));
    expect(orders.size).toBeGreaterThan(5);
    expect(pickChallenges(3, seeded(7))).toEqual(pickChallenges(3, seeded(7)));
  });

  it('copes with odd counts and a misbehaving random source', () => {
    expect(pickChallenges(0, Math.random)).toEqual([]);
    expect(pickChallenges(-2, Math.random)).toEqual([]);
    expect(pickChallenges(2, () => Number.NaN)).toHaveLength(2);
    expect(pickChallenges(2, () => 1)).toHaveLength(2);
  });
});

describe('createRandomId', () => {
  it('makes ids of the asked length from an unambiguous alphabet', () => {
    const id = createRandomId(seeded(3), 24);
    expect(id).toMatch(/^[a-hjkmnp-z2-9]{24}$/);
    expect(createRandomId(seeded(4))).not.toBe(createRandomId(seeded(5)));
  });
});
