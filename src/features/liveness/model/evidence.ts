import type { FrameRateTier } from '../../../../contract/challenges';
import type { ChallengeKind } from './challenge';
import type { EvidenceRoute } from './challenge-issue';

/** One action as it happened during the check (times in ms from the start of the recording). */
export type ActionRecord = {
  kind: ChallengeKind;
  startMs: number;
  endMs: number;
  /** The strongest value of the action's signal, in that signal's own unit (score 0..1 or degrees). */
  peakScore: number;
};

export type EvidenceMetadata = {
  challengeId: string;
  nonce: string;
  actions: ActionRecord[];
  startedAt: string; // ISO 8601
  durationMs: number;
  appVersion: string;
  camera: 'front' | 'rear';
  device: { userAgent: string; screen: string; language: string };
  video: { mimeType: string; bytes: number };
  photo: { mimeType: 'image/jpeg'; bytes: number; width: number; height: number };
  /** How the evidence was made: the live check, or a video from the phone's camera app analysed on the phone. */
  route: EvidenceRoute;
  /**
   * Frames analysed per second over the check, the tier the actions were picked for and the rate that chose
   * it (measured while positioning): the server's pre-checks compare them with the session and the actions.
   */
  frameRate: { analysedFps: number; tier: FrameRateTier; tierFps: number };
  /** Which rung of the runtime ladder analysed it (for support; no personal data). */
  detector?: { thread: string; delegate: string; wasm: string };
  /** Recorded route only: the code to be heard, when the actions were issued, and when the file says it was made. */
  recording?: { spokenCode: string; issuedAt: string; fileCreatedAt: string | null };
};

/** What a passed check yields. Stays in memory (or the outbox) until the person submits it. */
export type Evidence = {
  photo: Blob;
  video: Blob;
  metadata: EvidenceMetadata;
};
