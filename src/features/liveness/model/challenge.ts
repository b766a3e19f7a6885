/**
 * The actions a person can be asked to do, and which of them each frame-rate tier can see, are rules
 * the server shares: they live in contract/challenges.ts. Directions are the PERSON'S OWN left and
 * right (turn-left = towards their own left shoulder), whatever the preview shows: the selfie preview
 * is mirrored, the rear "helper" camera is not, and neither changes what the person is asked to do.
 */
export { challengeKinds, isChallengeKind, type ChallengeKind } from '../../../../contract/challenges';
