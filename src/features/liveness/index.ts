/**
 * The face check as a library for other features (certify, practice): the only file they may
 * import from liveness/ (docs/structure.md; lint holds it). The composition root (src/app/) only
 * provides test fakes; the browser's own services are built by the face check when it first runs.
 */
export { LivenessFlow, type LivenessFlowProps } from './components/liveness-flow';
export { alreadyIssued, type ChallengeRequest, type IssueChallenges, type IssuedChallenges } from './model/challenge-issue';
export type { FaceCheckServices } from './effects/face-check-services';
export { useFaceCheckServices } from './hooks/use-face-check-services';
