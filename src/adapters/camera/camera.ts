/** Which camera looks at the person: the selfie camera, or the rear one a helper points at them. */
export type CameraFacing = 'front' | 'rear';

export const cameraErrorCodes = [
  'permission-denied',
  'no-camera',
  'camera-busy',
  'camera-ended',
  'insecure-context',
  'not-supported',
  'unknown',
] as const;
export type CameraErrorCode = (typeof cameraErrorCodes)[number];

export class CameraError extends Error {
  readonly code: CameraErrorCode;
  constructor(code: CameraErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CameraError';
    this.code = code;
  }
}

export type CameraSession = {
  readonly stream: MediaStream;
  readonly facing: CameraFacing;
  /** Called once if the camera goes away mid-check (unplugged, taken by another app, revoked). */
  onEnded(listener: (error: CameraError) => void): void;
  /** Stops every track. Safe to call more than once. */
  stop(): void;
};

export interface Camera {
  open(options: { facing: CameraFacing }): Promise<CameraSession>;
}

export type CameraFactory = () => Camera;
