import { CameraError, type Camera, type CameraErrorCode, type CameraFacing, type CameraSession } from './camera';

/**
 * 640x480 is what MediaPipe's face model needs and what old phones deliver without strain; a
 * larger frame only costs battery and makes the recording bigger.
 */
const idealWidthPx = 640;
const idealHeightPx = 480;

function errorName(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string') return error.name;
  return '';
}

/** getUserMedia's DOMException names → our codes (names per the Media Capture spec, plus old WebKit aliases). */
export function cameraErrorFrom(error: unknown): CameraError {
  if (error instanceof CameraError) return error;
  const name = errorName(error);
  const byName: Record<string, CameraErrorCode> = {
    NotAllowedError: 'permission-denied',
    PermissionDeniedError: 'permission-denied',
    SecurityError: 'permission-denied',
    NotFoundError: 'no-camera',
    DevicesNotFoundError: 'no-camera',
    OverconstrainedError: 'no-camera',
    NotReadableError: 'camera-busy',
    TrackStartError: 'camera-busy',
    AbortError: 'camera-busy',
    TypeError: 'not-supported',
  };
  const code = byName[name] ?? 'unknown';
  return new CameraError(code, `camera failed: ${name || String(error)}`, { cause: error });
}

type MediaDevicesCameraOptions = {
  mediaDevices?: MediaDevices | undefined;
  isSecureContext?: boolean;
};

export function createMediaDevicesCamera(options: MediaDevicesCameraOptions = {}): Camera {
  return {
    async open({ facing }): Promise<CameraSession> {
      const secure = options.isSecureContext ?? globalThis.isSecureContext;
      if (secure === false) throw new CameraError('insecure-context', 'the camera needs https');
      const mediaDevices = 'mediaDevices' in options ? options.mediaDevices : globalThis.navigator?.mediaDevices;
      if (!mediaDevices || typeof mediaDevices.getUserMedia !== 'function') {
        throw new CameraError('not-supported', 'this browser cannot open the camera');
      }
      let stream: MediaStream;
      try {
        stream = await mediaDevices.getUserMedia({
          audio: false,
          video: {
            facingMode: { ideal: facing === 'front' ? 'user' : 'environment' },
            width: { ideal: idealWidthPx },
            height: { ideal: idealHeightPx },
          },
        });
      } catch (error) {
        throw cameraErrorFrom(error);
      }
      return wrapStream(stream, facing);
    },
  };
}

function wrapStream(stream: MediaStream, facing: CameraFacing): CameraSession {
  let stopped = false;
  let endedListener: ((error: CameraError) => void) | null = null;
  const tracks = stream.getVideoTracks();
  const onTrackEnded = () => {
    if (stopped) return;
    endedListener?.(new CameraError('camera-ended', 'the camera stopped during the check'));
    endedListener = null;
  };
  for (const track of tracks) track.addEventListener('ended', onTrackEnded);
  return {
    stream,
    facing,
    onEnded(listener) {
      endedListener = listener;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      for (const track of tracks) track.removeEventListener('ended', onTrackEnded);
      for (const track of stream.getTracks()) track.stop();
    },
  };
}
