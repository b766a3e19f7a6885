import { CameraError, type Camera, type CameraErrorCode, type CameraFacing, type CameraSession } from '../../../src/adapters/camera/camera';

export type FakeCameraSession = CameraSession & { readonly stopped: boolean; unplug(): void };

/** A camera that opens (or fails with a code) and can be "unplugged" mid-check. */
export type FakeCamera = Camera & {
  failWith: CameraErrorCode | null;
  readonly sessions: FakeCameraSession[];
  readonly openedWith: CameraFacing[];
};

export function createFakeSession(facing: CameraFacing = 'front'): FakeCameraSession {
  let stopped = false;
  let listener: ((error: CameraError) => void) | null = null;
  // Only the tracks matter to the code under test; a real MediaStream does not exist in jsdom.
  const stream = { getTracks: () => [], getVideoTracks: () => [], id: 'fake-stream' } as unknown as MediaStream;
  return {
    stream,
    facing,
    onEnded(next) {
      listener = next;
    },
    stop() {
      stopped = true;
    },
    get stopped() {
      return stopped;
    },
    unplug() {
      listener?.(new CameraError('camera-ended', 'unplugged'));
    },
  };
}

export function createFakeCamera(): FakeCamera {
  const sessions: FakeCameraSession[] = [];
  const openedWith: CameraFacing[] = [];
  const camera: FakeCamera = {
    failWith: null,
    sessions,
    openedWith,
    open({ facing }) {
      openedWith.push(facing);
      if (camera.failWith) return Promise.reject(new CameraError(camera.failWith, `fake ${camera.failWith}`));
      const session = createFakeSession(facing);
      sessions.push(session);
      return Promise.resolve(session);
    },
  };
  return camera;
}
