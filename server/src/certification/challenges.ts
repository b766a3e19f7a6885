import type { ChallengeKindDto } from '../contract/certification-api';
import type { RandomBytes } from '../http/crypto-tokens';

const KINDS: readonly ChallengeKindDto[] = ['blink', 'mouth-open', 'turn-left', 'turn-right'];

/** 2 or 3 different actions in a random order (a recorded video of someone else cannot know them in advance). */
export function pickChallenges(random: RandomBytes): ChallengeKindDto[] {
  const bytes = random(KINDS.length + 1);
  const count = 2 + ((bytes[0] ?? 0) % 2);
  // Fisher–Yates with the random bytes (the tiny modulo bias is irrelevant for 4 items).
  const pool = [...KINDS];
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = (bytes[i + 1] ?? 0) % (i + 1);
    const tmp = pool[i];
    pool[i] = pool[j] as ChallengeKindDto;
    pool[j] = tmp as ChallengeKindDto;
  }
  return pool.slice(0, count);
}
