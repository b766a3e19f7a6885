import type { EvidenceMetadataDto } from '../../../contract/certification-api';

/**
 * What a passed face check yields, and what a backend receives. Stays in memory (or the outbox)
 * until the person submits it. The metadata is the contract's (contract/certification-api.ts), so
 * the app sends exactly what the server reads: a new field goes there, once.
 */
export type EvidenceMetadata = EvidenceMetadataDto;

/** One action as it happened during the check (times in ms from the start of the recording). */
export type ActionRecord = EvidenceMetadata['actions'][number];

export type Evidence = {
  photo: Blob;
  video: Blob;
  metadata: EvidenceMetadata;
};
