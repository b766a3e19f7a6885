import { describe, expect, it } from 'vitest';
import { tierChallengeKinds } from '../../../../contract/challenges';
import { newPracticeSession } from '../../../../src/features/practice/model/practice-session';

const bytes = (count: number) => new Uint8Array(count).map((_, index) => (index * 37 + 11) % 256);

describe('newPracticeSession', () => {
  it('the recorded route gets a 4-digit code to read aloud, as a real session would; the live check none', () => {
    const recorded = newPracticeSession({ fixedChallenges: undefined, tier: 'slow', route: 'recorded', randomBytes: bytes, random: Math.random });
    expect(recorded.spokenCode).toMatch(/^\d{4}$/);
    expect(recorded.challenges.every((kind) => tierChallengeKinds.slow.includes(kind))).toBe(true);
    const live = newPracticeSession({ fixedChallenges: undefined, tier: 'standard', route: 'live', randomBytes: bytes, random: Math.random });
    expect(live.spokenCode).toBeUndefined();
  });
});
