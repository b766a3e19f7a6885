import { describe, expect, it } from 'vitest';
import { browserRandomBytes, createRandomId } from '../../src/shared/random';
import { seededRandom as seeded } from '../support/builders/seeded-random';

describe('createRandomId', () => {
  it('makes ids of the asked length from an unambiguous alphabet', () => {
    const id = createRandomId(seeded(3), 24);
    expect(id).toMatch(/^[a-hjkmnp-z2-9]{24}$/);
    expect(createRandomId(seeded(4))).not.toBe(createRandomId(seeded(5)));
  });

  it('copes with a misbehaving random source', () => {
    expect(createRandomId(() => Number.NaN, 4)).toBe('aaaa');
    expect(createRandomId(() => 1, 4)).toMatch(/^[a-hjkmnp-z2-9]{4}$/);
  });
});

describe('browserRandomBytes', () => {
  it('gives the asked number of bytes, different each time', () => {
    const a = browserRandomBytes(16);
    expect(a).toHaveLength(16);
    expect(Array.from(a)).not.toEqual(Array.from(browserRandomBytes(16)));
  });
});
