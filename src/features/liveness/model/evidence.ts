import type { ChallengeKind } from './challenge';

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
};

/** What a passed check yields. Stays in memory (or the outbox) until the person submits it. */
export type Evidence = {
  photo: Blob;
  video: Blob;
  metadata: EvidenceMetadata;
};
