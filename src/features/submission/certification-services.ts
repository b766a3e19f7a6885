import { createIndexedDbOutboxStorage } from '../../adapters/storage/indexeddb-outbox-storage';
import type { RuntimeConfig } from '../../shared/config/runtime-config';
import { browserRandomBytes, newRandomId } from '../../shared/random';
import {
  browserForeground,
  browserNetworkStatus,
  browserOutboxLock,
  createOutboxSync,
  type OutboxSync,
} from './effects/outbox-sync';
import type { CertificationBackend } from '../../adapters/backend/certification-backend';
import type { RetryPolicy } from './model/retry-policy';
import { browserTimers } from '../../shared/timers';

/**
 * Everything the certification screens talk to, built once (lazily: it stays out of the first page
 * load) from the runtime config's backend.kind.
 */
export type CertificationServices = {
  backend: CertificationBackend;
  outbox: OutboxSync;
  /** Pace of status polls for a receipt link (tests make it quick). */
  statusPollPolicy?: RetryPolicy;
};

export async function createBackend(config: RuntimeConfig): Promise<CertificationBackend> {
  if (config.backend.kind === 'http') {
    const { createHttpCertificationBackend } = await import('../../adapters/backend/http-certification-backend');
    return createHttpCertificationBackend({ baseUrl: config.backend.baseUrl });
  }
  const { createDemoCertificationBackend } = await import('../../adapters/backend/demo-certification-backend');
  return createDemoCertificationBackend({ timers: browserTimers, randomBytes: browserRandomBytes, newId: newRandomId });
}

export async function createCertificationServices(config: RuntimeConfig): Promise<CertificationServices> {
  const backend = await createBackend(config);
  const outbox = createOutboxSync({
    storage: createIndexedDbOutboxStorage(),
    backend,
    timers: browserTimers,
    random: Math.random,
    newId: newRandomId,
    network: browserNetworkStatus(),
    foreground: browserForeground(),
    lock: browserOutboxLock(),
  });
  return { backend, outbox };
}
