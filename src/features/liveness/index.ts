/**
 * The face check as a library for other features (certify, practice): the only file they may
 * import from liveness/ (docs/structure.md; lint holds it). The composition root (src/app/) builds
 * the browser services from their own files so that this entry stays out of the first page load.
 */
export { LivenessFlow, type LivenessFlowProps } from './components/liveness-flow';
export { alreadyIssued, type ChallengeRequest, type IssueChallenges, type IssuedChallenges } from './model/challenge-issue';
export type { FaceCheckServices } from './effects/face-check-services';
export { useFaceCheckServices } from './hooks/face-check-services-context';
