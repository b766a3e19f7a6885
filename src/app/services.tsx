import { createContext, useContext, type ReactNode } from 'react';
import type { SpeechService } from '../adapters/speech/speech';
import { createWebSpeechService } from '../adapters/speech/web-speech-service';
import { defaultRuntimeConfig, type RuntimeConfig } from '../shared/config/runtime-config';
import type { FaceCheckServices } from '../features/liveness/effects/face-check-services';
import type { CertificationServices } from '../features/submission/certification-services';

/**
 * The adapters the app talks to, built once in main.tsx (the composition root). Tests pass fakes.
 * Features add their adapters here.
 */
export type Services = {
  config: RuntimeConfig;
  speech: SpeechService;
  /**
   * Camera, face detector, recorder and frame tools of the face check: tests pass fakes; absent, the
   * face check builds the browser's own when it first runs (useFaceCheckServices), so they stay out
   * of the first page load.
   */
  faceCheck?: FaceCheckServices;
  /** Backend (config.backend.kind) + outbox; loaded on first use so it stays out of the first page load. */
  certification: () => Promise<CertificationServices>;
};

export function createServices(config: RuntimeConfig): Services {
  let certification: Promise<CertificationServices> | undefined;
  return {
    config,
    speech: createWebSpeechService(),
    certification: () =>
      (certification ??= import('../features/submission/certification-services').then((m) =>
        m.createCertificationServices(config),
      )),
  };
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
