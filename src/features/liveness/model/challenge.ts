/**
 * The actions a person can be asked to do. Directions are the PERSON'S OWN left and right
 * (turn-left = towards their own left shoulder), whatever the preview shows: the selfie preview is
 * mirrored, the rear "helper" camera is not, and neither changes what the person is asked to do.
 */
export const challengeKinds = ['blink', 'mouth-open', 'turn-left', 'turn-right'] as const;
export type ChallengeKind = (typeof challengeKinds)[number];

export function isChallengeKind(value: unknown): value is ChallengeKind {
  return typeof value === 'string' && (challengeKinds as readonly string[]).includes(value);
}
