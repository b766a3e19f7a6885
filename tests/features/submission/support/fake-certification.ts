import { createIndexedDbOutboxStorage } from '../../../../src/adapters/storage/indexeddb-outbox-storage';
import type { CertificationServices } from '../../../../src/features/submission/certification-services';
import { createOutboxSync, type NetworkStatus } from '../../../../src/features/submission/effects/outbox-sync';
import { browserTimers } from '../../../../src/shared/timers';
import { createFakeBackend } from './fake-backend';

/** A network switch for tests: starts online, flip it with set(). */
export function createFakeNetwork(initiallyOnline = true) {
  let online = initiallyOnline;
  const listeners = new Set<(online: boolean) => void>();
  const network: NetworkStatus = {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    network,
    set(value: boolean) {
      online = value;
      for (const listener of listeners) listener(value);
    },
  };
}

/**
 * The certification services with a fake backend but the real outbox (fake-indexeddb) and real
 * timers, with polls quick enough for component tests.
 */
export function createFakeCertification({ online = true, kind = 'http' } = {}) {
  const fake = createFakeBackend(kind);
  const net = createFakeNetwork(online);
  let ids = 0;
  const storageName = `component-test-${Math.random()}`;
  const outbox = createOutboxSync({
    storage: createIndexedDbOutboxStorage(storageName),
    backend: fake.backend,
    timers: browserTimers,
    random: () => 0,
    newId: () => `entry-${++ids}`,
    network: net.network,
    uploadPolicy: { baseDelayMs: 20, maxDelayMs: 100, factor: 2, jitterRatio: 0, maxRetryAfterMs: 100 },
    statusPolicy: { baseDelayMs: 30, maxDelayMs: 60, factor: 1, jitterRatio: 0, maxRetryAfterMs: 100 },
  });
  const services: CertificationServices = {
    backend: fake.backend,
    outbox,
    statusPollPolicy: { baseDelayMs: 30, maxDelayMs: 60, factor: 1, jitterRatio: 0, maxRetryAfterMs: 100 },
  };
  const promise = Promise.resolve(services);
  return { fake, net, outbox, services, storageName, certification: () => promise };
}
