import { useContext } from 'react';
import { browserFaceCheckServices, type FaceCheckServices } from '../effects/face-check-services';
import { FaceCheckServicesContext } from './face-check-services-context';

/**
 * Camera, detector, recorder and frame tools of the face check: the fakes a test provided, or the
 * browser's own, built here on first use rather than in the composition root (first page load).
 */
export function useFaceCheckServices(): FaceCheckServices {
  return useContext(FaceCheckServicesContext) ?? browserFaceCheckServices();
}
