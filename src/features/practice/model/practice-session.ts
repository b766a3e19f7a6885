import { pickChallenges, spokenCodeByteCount, spokenCodeFrom, type ChallengeKind, type FrameRateTier } from '../../../../contract/challenges';
import { createRandomId } from '../../../shared/random';

export type PracticeSession = { challenges: ChallengeKind[]; challengeId: string; nonce: string; spokenCode?: string };

/**
 * A practice run asks what a real session would ask on this device: the same picker and tier rules as
 * the server (contract/challenges.ts), unless the deployment fixes the actions (config.json
 * practice.challenges, for demonstrations and tests). Nothing of it ever leaves the phone.
 */
export function newPracticeSession(options: {
  fixedChallenges: ChallengeKind[] | undefined;
  tier: FrameRateTier;
  /** The recorded route also gets a code to read aloud, as a real session would. */
  route?: 'live' | 'recorded';
  randomBytes: (count: number) => Uint8Array;
  random: () => number;
}): PracticeSession {
  return {
    challenges: options.fixedChallenges ?? pickChallenges(options.tier, options.randomBytes),
    challengeId: `practice-${createRandomId(options.random, 8)}`,
    nonce: createRandomId(options.random),
    ...(options.route === 'recorded' ? { spokenCode: spokenCodeFrom(options.randomBytes(spokenCodeByteCount)) } : {}),
  };
}
