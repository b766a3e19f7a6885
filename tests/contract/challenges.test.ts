import { describe, expect, it } from 'vitest';
import {
  allowedSequences,
  challengeKinds,
  faceActionKinds,
  frameRateTiers,
  pickChallenges,
  pickChallengesByteCount,
  tierChallengeKinds,
  slowTierBelowFps,
  tierForFrameRate,
  type ChallengeKind,
} from '../../contract/challenges';
import { seededRandom } from '../support/builders/seeded-random';

/** Deterministic bytes from a seed (the picker only needs them to be bytes). */
function seededBytes(seed: number): (n: number) => Uint8Array {
  const random = seededRandom(seed);
  return (n) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
}

function expectAllowed(picked: ChallengeKind[], tier: (typeof frameRateTiers)[number]) {
  expect(picked.length === 2 || picked.length === 3).toBe(true);
  expect(new Set(picked).size).toBe(picked.length);
  expect(picked.some((kind) => faceActionKinds.includes(kind))).toBe(true);
  for (const kind of picked) expect(tierChallengeKinds[tier]).toContain(kind);
}

describe('pickChallenges', () => {
  it.each(frameRateTiers)('%s: 2 or 3 different actions of the tier, always one face action', (tier) => {
    for (let seed = 1; seed <= 400; seed += 1) expectAllowed(pickChallenges(tier, seededBytes(seed)), tier);
  });

  it('never asks a slow device for a blink', () => {
    for (let seed = 1; seed <= 400; seed += 1) expect(pickChallenges('slow', seededBytes(seed))).not.toContain('blink');
  });

  it('asks for exactly the bytes it says, and any bytes at all give an allowed pick', () => {
    const asked: number[] = [];
    for (const fill of [0, 1, 127, 255]) {
      const picked = pickChallenges('standard', (n) => {
        asked.push(n);
        return new Uint8Array(n).fill(fill);
      });
      expectAllowed(picked, 'standard');
    }
    expect(asked).toEqual([pickChallengesByteCount, pickChallengesByteCount, pickChallengesByteCount, pickChallengesByteCount]);
    // Too few bytes from a broken source still gives an allowed pick.
    expectAllowed(pickChallenges('slow', () => new Uint8Array(0)), 'slow');
  });

  it('reaches every allowed order of every tier, and repeats with the same bytes', () => {
    for (const tier of frameRateTiers) {
      const seen = new Set(Array.from({ length: 3000 }, (_, seed) => pickChallenges(tier, seededBytes(seed)).join(',')));
      const allowed = [...allowedSequences(tier, 2), ...allowedSequences(tier, 3)].map((s) => s.join(','));
      expect([...seen].sort()).toEqual(allowed.sort());
    }
    expect(pickChallenges('standard', seededBytes(7))).toEqual(pickChallenges('standard', seededBytes(7)));
  });
});

describe('allowedSequences', () => {
  it('counts the orders by hand: each tier 10 pairs + 24 triples', () => {
    expect(allowedSequences('standard', 2)).toHaveLength(10); // 12 ordered pairs less the two turns-only ones
    expect(allowedSequences('standard', 3)).toHaveLength(24); // every triple has a face action
    // close-eyes takes the blink's place: the same counts.
    expect(allowedSequences('slow', 2)).toHaveLength(10);
    expect(allowedSequences('slow', 3)).toHaveLength(24);
  });
});

describe('tiers', () => {
  it('every tier has a face action and only known actions', () => {
    for (const tier of frameRateTiers) {
      expect(tierChallengeKinds[tier].some((kind) => faceActionKinds.includes(kind))).toBe(true);
      for (const kind of tierChallengeKinds[tier]) expect(challengeKinds).toContain(kind);
    }
  });

  it('a device that analyses few frames a second gets the slow tier', () => {
    expect(tierForFrameRate(25)).toBe('standard');
    expect(tierForFrameRate(slowTierBelowFps)).toBe('standard');
    expect(tierForFrameRate(slowTierBelowFps - 0.1)).toBe('slow');
    expect(tierForFrameRate(5)).toBe('slow');
    expect(tierForFrameRate(Number.NaN)).toBe('slow');
  });

  it('asks a slow device to close its eyes for a second instead of blinking, and a fast one to blink', () => {
    expect(tierChallengeKinds.slow).toContain('close-eyes');
    expect(tierChallengeKinds.slow).not.toContain('blink');
    expect(tierChallengeKinds.standard).toContain('blink');
    expect(tierChallengeKinds.standard).not.toContain('close-eyes');
  });
});
