import type { ReactNode } from 'react';
import { createWebSpeechService } from '../adapters/speech/web-speech-service';
// Deep imports on purpose: the composition root takes only what the first page needs (a feature's
// index.ts would bring its screens and styles into the first load).
import type { FaceCheckServices } from '../features/liveness/effects/face-check-services';
import { FaceCheckServicesProvider } from '../features/liveness/hooks/face-check-services-context';
import type { CertificationServices } from '../features/submission/certification-services';
import { CertificationServicesProvider } from '../features/submission/hooks/certification-services-context';
import type { RuntimeConfig } from '../shared/config/runtime-config';
import { ServicesProvider, type Services } from '../shared/services';

/**
 * Every adapter the app talks to, built once in main.tsx (the composition root) and provided to the
 * layer that uses it: config and read-aloud to every screen (shared), the face check to liveness,
 * the backend and outbox to submission. Tests pass fakes for any of them.
 */
export type AppServices = Services & {
  /**
   * Camera, face detector, recorder and frame tools of the face check: tests pass fakes; absent, the
   * face check builds the browser's own when it first runs (useFaceCheckServices), so none of them
   * is in the first page load.
   */
  faceCheck?: FaceCheckServices;
  /** Backend (config.backend.kind) + outbox; loaded on first use so it stays out of the first page load. */
  certification: () => Promise<CertificationServices>;
};

export function createServices(config: RuntimeConfig): AppServices {
  let certification: Promise<CertificationServices> | undefined;
  return {
    config,
    speech: createWebSpeechService(),
    certification: () =>
      (certification ??= import('../features/submission/certification-services').then((m) => m.createCertificationServices(config))),
  };
}

export function AppServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return (
    <ServicesProvider services={services}>
      <FaceCheckServicesProvider services={services.faceCheck}>
        <CertificationServicesProvider load={services.certification}>{children}</CertificationServicesProvider>
      </FaceCheckServicesProvider>
    </ServicesProvider>
  );
}
