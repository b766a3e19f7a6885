import { createContext, useContext, type ReactNode } from 'react';
import type { CertificationServices } from '../certification-services';

/** Loads the backend + outbox on first use (their own chunk), once. */
export type LoadCertificationServices = () => Promise<CertificationServices>;

const CertificationServicesContext = createContext<LoadCertificationServices | null>(null);

/** Provided once by the composition root (src/app/services.tsx); tests pass a fake backend. */
export function CertificationServicesProvider({ load, children }: { load: LoadCertificationServices; children: ReactNode }) {
  return <CertificationServicesContext.Provider value={load}>{children}</CertificationServicesContext.Provider>;
}

export function useLoadCertificationServices(): LoadCertificationServices {
  const load = useContext(CertificationServicesContext);
  if (!load) throw new Error('useCertification must be used inside <CertificationServicesProvider>');
  return load;
}
