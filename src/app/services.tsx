import { createContext, useContext, type ReactNode } from 'react';
import type { SpeechService } from '../adapters/speech/speech';
import { createWebSpeechService } from '../adapters/speech/web-speech-service';
import { defaultRuntimeConfig, type RuntimeConfig } from '../shared/config/runtime-config';

/**
 * The adapters the app talks to, built once in main.tsx (the composition root). Tests pass fakes.
 * Features add their adapters here.
 */
export type Services = {
  config: RuntimeConfig;
  speech: SpeechService;
};

export function createServices(config: RuntimeConfig): Services {
  return { config, speech: createWebSpeechService() };
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>');
  return services;
}

export const defaultServicesForTests = (): Services => createServices(defaultRuntimeConfig);
