/** One 3-D landmark as MediaPipe gives it: x and y normalized to the image (0..1), z relative depth on x's scale. */
export type Landmark = { readonly x: number; readonly y: number; readonly z: number };

/**
 * One detected face, in our own shape. The detector adapter converts MediaPipe's FaceLandmarkerResult to this so
 * that nothing past the adapter depends on MediaPipe's types.
 */
export type RawFace = {
  /** 478 landmarks, normalized to the UNMIRRORED camera image (what getUserMedia delivers, not the selfie preview). */
  readonly landmarks: readonly Landmark[];
  /** Blendshape scores 0..1 by MediaPipe's category name (eyeBlinkLeft, jawOpen, mouthClose, ...). */
  readonly blendshapes: Readonly<Record<string, number>>;
  /** The 4x4 facial transformation matrix, 16 numbers in column-major order, as MediaPipe gives it. */
  readonly facialTransformationMatrix: readonly number[];
};
