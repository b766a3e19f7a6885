/**
 * The face-check actions and the one rule that picks them, shared by the server (a session's actions)
 * and the app (practice, and the in-browser demo backend). Directions are the PERSON'S OWN left and
 * right (turn-left = towards their own left shoulder), whatever the preview shows. 'close-eyes' is the
 * slow phone's eye action: "close your eyes for a second, then open them" (a blink is too quick to see
 * at a few frames a second).
 */
export const challengeKinds = ['blink', 'mouth-open', 'turn-left', 'turn-right', 'close-eyes'] as const;
export type ChallengeKind = (typeof challengeKinds)[number];

export function isChallengeKind(value: unknown): value is ChallengeKind {
  return typeof value === 'string' && (challengeKinds as readonly string[]).includes(value);
}

/** Actions that move the face itself, not just the head: a photo tilted in the hand cannot do them. */
export const faceActionKinds: readonly ChallengeKind[] = ['blink', 'mouth-open', 'close-eyes'];

/**
 * How many frames a second the device analyses decides which actions it can see: a blink lasts
 * 100–300 ms, so a slow phone sees it in one frame or none and must not be asked for one.
 */
export const frameRateTiers = ['standard', 'slow'] as const;
export type FrameRateTier = (typeof frameRateTiers)[number];

export function isFrameRateTier(value: unknown): value is FrameRateTier {
  return typeof value === 'string' && (frameRateTiers as readonly string[]).includes(value);
}

export const tierChallengeKinds: Record<FrameRateTier, readonly ChallengeKind[]> = {
  // A quick blink is easier for most people than holding the eyes shut: where it can be seen, it is asked.
  standard: ['blink', 'mouth-open', 'turn-left', 'turn-right'],
  slow: ['close-eyes', 'mouth-open', 'turn-left', 'turn-right'],
};

/**
 * Below this analysed rate a blink is too often missed: the slow tier. From the recorded traces
 * (shared/testdata/faces/traces) subsampled to a lower rate and run through the app's blink detector,
 * the share of labelled blinks found was 87 % at 25 fps, 92 % at 10-12, 86 % at 8, 85 % at 7, then
 * 70 % at 6 and 50 % at 4 (with the first false detections at 4 fps). 10 leaves a quarter above the
 * 7-8 fps knee for a rate measured while positioning that drops a little during the actions.
 */
export const slowTierBelowFps = 10;

export function tierForFrameRate(analysedFps: number): FrameRateTier {
  return Number.isFinite(analysedFps) && analysedFps >= slowTierBelowFps ? 'standard' : 'slow';
}

/** Every order the picker may return for `count` actions of a tier: all different, at least one face action. */
export function allowedSequences(tier: FrameRateTier, count: number): ChallengeKind[][] {
  const kinds = tierChallengeKinds[tier];
  const sequences: ChallengeKind[][] = [];
  const extend = (prefix: ChallengeKind[]) => {
    if (prefix.length === count) {
      if (prefix.some((kind) => faceActionKinds.includes(kind))) sequences.push(prefix);
      return;
    }
    for (const kind of kinds) if (!prefix.includes(kind)) extend([...prefix, kind]);
  };
  extend([]);
  return sequences;
}

/** Bytes asked of `randomBytes` per pick: one for the count, four for the order. */
export const pickChallengesByteCount = 5;

/**
 * 2 or 3 different actions in a random order (a recording of someone else cannot know them in
 * advance), never the same twice, at least one face action, only actions the tier can see.
 * Each count is equally likely, and every allowed order of that count too (the modulo bias of a
 * 32-bit number over at most 24 orders is below one in a hundred million).
 * `randomBytes(n)` returns n random bytes: crypto.getRandomValues in the browser, crypto.randomBytes
 * on the server, fixed bytes in tests.
 */
export function pickChallenges(tier: FrameRateTier, randomBytes: (n: number) => Uint8Array): ChallengeKind[] {
  const bytes = randomBytes(pickChallengesByteCount);
  const count = 2 + ((bytes[0] ?? 0) % 2);
  const sequences = allowedSequences(tier, count);
  const index = (((bytes[1] ?? 0) << 24) | ((bytes[2] ?? 0) << 16) | ((bytes[3] ?? 0) << 8) | (bytes[4] ?? 0)) >>> 0;
  const picked = sequences[index % sequences.length];
  if (!picked) throw new Error(`no allowed sequence of ${count} actions for the ${tier} tier`);
  return [...picked];
}

/** Bytes asked of `randomBytes` for a spoken code. */
export const spokenCodeByteCount = 2;

/**
 * The 4 digits a person reads aloud on a recorded-route video (the reviewer hears them): evidence
 * that the recording was made for this session, not picked from the gallery. From two random bytes
 * (0-65535 mod 10000: the bias towards low codes is irrelevant for a code that is heard, not guessed).
 */
export function spokenCodeFrom(bytes: Uint8Array): string {
  const value = (((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0)) % 10_000;
  return String(value).padStart(4, '0');
}
