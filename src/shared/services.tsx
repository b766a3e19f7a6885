import { createContext, useContext, type ReactNode } from 'react';
import type { RuntimeConfig } from './config/runtime-config';
import type { SpeechService } from './speech';

/**
 * What every screen may use: the deployment's runtime config and read-aloud. Built once in the
 * composition root (src/app/services.tsx), which also provides the feature services (face check,
 * certification) through their own features' providers; tests pass fakes.
 */
export type Services = {
  config: RuntimeConfig;
  speech: SpeechService;
};

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>');
  return services;
}
