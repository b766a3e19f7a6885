import { useServices } from '../../../app/services';
import { browserFaceCheckServices, type FaceCheckServices } from '../effects/face-check-services';

/**
 * The face check's camera, detector, recorder and frame tools: the fakes a test passed in, or the
 * browser's own. Built here, not in the composition root, so none of it is in the first page load.
 */
export function useFaceCheckServices(): FaceCheckServices {
  return useServices().faceCheck ?? browserFaceCheckServices();
}
