import { createContext, useContext, type ReactNode } from 'react';
import type { FaceCheckServices } from '../effects/face-check-services';

const FaceCheckServicesContext = createContext<FaceCheckServices | null>(null);

/** Provided once by the composition root (src/app/services.tsx); tests pass fakes. */
export function FaceCheckServicesProvider({ services, children }: { services: FaceCheckServices; children: ReactNode }) {
  return <FaceCheckServicesContext.Provider value={services}>{children}</FaceCheckServicesContext.Provider>;
}

/** Camera, detector, recorder and frame tools of the face check. */
export function useFaceCheckServices(): FaceCheckServices {
  const services = useContext(FaceCheckServicesContext);
  if (!services) throw new Error('useFaceCheckServices must be used inside <FaceCheckServicesProvider>');
  return services;
}
