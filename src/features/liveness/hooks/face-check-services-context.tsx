import { createContext, type ReactNode } from 'react';
import type { FaceCheckServices } from '../effects/face-check-services';

/** Fakes a test passed in; null in the app, where the face check builds the browser's own (useFaceCheckServices). */
export const FaceCheckServicesContext = createContext<FaceCheckServices | null>(null);

/**
 * Provided by the composition root (src/app/services.tsx) with fakes in tests, and with nothing in
 * the app: the browser's camera, MediaPipe detector and recorder are built by the face check's own
 * chunk when it first runs, so none of them is in the first page load.
 */
export function FaceCheckServicesProvider({ services, children }: { services: FaceCheckServices | undefined; children: ReactNode }) {
  return <FaceCheckServicesContext.Provider value={services ?? null}>{children}</FaceCheckServicesContext.Provider>;
}
