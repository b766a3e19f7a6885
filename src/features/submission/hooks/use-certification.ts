import { use, useEffect, useSyncExternalStore } from 'react';
import { useServices } from '../../../app/services';
import type { CertificationServices } from '../certification-services';
import type { OutboxSnapshot } from '../effects/outbox-sync';

/**
 * The backend and outbox (suspends while their chunk loads). Also makes sure the outbox runs:
 * start() is idempotent, the composition root normally started it already.
 */
export function useCertification(): CertificationServices {
  const { certification } = useServices();
  const services = use(certification());
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
