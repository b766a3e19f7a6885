import { use, useEffect, useSyncExternalStore } from 'react';
import type { CertificationServices } from '../certification-services';
import type { OutboxSnapshot } from '../effects/outbox-sync';
import { useLoadCertificationServices } from './certification-services-context';

/**
 * The backend and outbox (suspends while their chunk loads). Also makes sure the outbox runs:
 * start() is idempotent, the composition root normally started it already.
 */
export function useCertification(): CertificationServices {
  const load = useLoadCertificationServices();
  const services = use(load());
  useEffect(() => {
    void services.outbox.start();
  }, [services]);
  return services;
}

/** This device's submissions, live. */
export function useOutboxSnapshot(): OutboxSnapshot {
  const { outbox } = useCertification();
  return useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);
}
