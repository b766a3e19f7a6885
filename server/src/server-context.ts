import type { FastifyBaseLogger } from 'fastify';
import type { ServerConfig } from './config';
import type { Coordination } from './db/coordination';
import type { RandomBytes } from './http/crypto-tokens';
import type { MediaInspector } from './media/media-inspector';
import type { StagingArea } from './staging/staging-area';
import type { EvidenceStore } from './storage/evidence-store';
import type { ReviewAccountsRepository, SubmissionsRepository } from './storage/submissions-repository';

/** What the services need, injected by buildApp (tests pass a manual clock and their own temp folders). */
export type ServerContext = {
  config: ServerConfig;
  repository: SubmissionsRepository;
  accounts: ReviewAccountsRepository;
  /** Locks across server processes (in memory with SQLite, advisory locks with PostgreSQL). */
  coordination: Coordination;
  evidence: EvidenceStore;
  /** Reads uploaded photos and videos in worker threads, each under a deadline. */
  media: MediaInspector;
  /** tus staging folder: uploads live here until a submission claims them. */
  staging: StagingArea;
  now: () => Date;
  random: RandomBytes;
  log: FastifyBaseLogger;
};
