import type { EvidenceRoute } from '../../../../contract/certification-api';
import type { ChallengeKind, FrameRateTier } from '../../../../contract/challenges';

export type { EvidenceRoute };

/**
 * The session's actions are issued only once the check knows what this phone can see: when the person
 * is in place and the analysed frame rate is measured (live route), or when the recording step begins
 * (recorded route). Practice picks them on the phone; certify asks the backend for a session.
 */
export type ChallengeRequest = {
  /** The frame-rate tier the actions are picked for. */
  tier: FrameRateTier;
  /** The analysed frames per second the tier was chosen from (the recorded route: the file's rate is not known yet, 0). */
  analysedFps: number;
  route: EvidenceRoute;
};

export type IssuedChallenges = {
  challenges: ChallengeKind[];
  challengeId: string;
  nonce: string;
  /** Recorded route: the 4 digits the person reads aloud on the recording (the reviewer hears them). */
  spokenCode?: string;
  /** When they were issued (epoch ms, this phone's clock): a recording made before this is refused. */
  issuedAtEpochMs: number;
  /**
   * Certify: the backend's limits on the video (a phone camera's file bigger than this is re-encoded to
   * fit). Absent in practice, where nothing is sent, so nothing is re-encoded.
   */
  videoLimits?: { videoMaxBytes: number; videoMaxDurationMs: number };
};

export type IssueChallenges = (request: ChallengeRequest, signal: AbortSignal) => Promise<IssuedChallenges>;

/**
 * Actions already issued before the check (a session started before the face check): the request's tier
 * is not used. (Certify flows start their session at issue time where they can, for the measured tier.)
 */
export function alreadyIssued(issued: Omit<IssuedChallenges, 'issuedAtEpochMs'>, now: () => number = Date.now): IssueChallenges {
  return () => Promise.resolve({ ...issued, issuedAtEpochMs: now() });
}
