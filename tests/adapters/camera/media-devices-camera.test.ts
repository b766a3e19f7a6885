import { describe, expect, it, vi } from 'vitest';
import { CameraError } from '../../../src/adapters/camera/camera';
import { cameraErrorFrom, createMediaDevicesCamera } from '../../../src/adapters/camera/media-devices-camera';

function fakeTrack() {
  const target = new EventTarget();
  return Object.assign(target, { stop: vi.fn(), kind: 'video' });
}

function fakeStream(tracks = [fakeTrack()]) {
  return { getTracks: () => tracks, getVideoTracks: () => tracks } as unknown as MediaStream;
}

describe('createMediaDevicesCamera', () => {
  it('asks for the front camera at about 640x480, and the rear one for the helper camera', async () => {
    const getUserMedia = vi.fn((_constraints: MediaStreamConstraints) => Promise.resolve(fakeStream()));
    const camera = createMediaDevicesCamera({ mediaDevices: { getUserMedia } as unknown as MediaDevices, isSecureContext: true });
    await camera.open({ facing: 'front' });
    await camera.open({ facing: 'rear' });
    const [front, rear] = getUserMedia.mock.calls.map(([constraints]) => constraints.video as MediaTrackConstraints);
    expect(front).toMatchObject({ facingMode: { ideal: 'user' }, width: { ideal: 640 }, height: { ideal: 480 } });
    expect(rear).toMatchObject({ facingMode: { ideal: 'environment' } });
    expect(getUserMedia.mock.calls[0]?.[0].audio).toBe(false);
  });

  it.each([
    ['NotAllowedError', 'permission-denied'],
    ['NotFoundError', 'no-camera'],
    ['OverconstrainedError', 'no-camera'],
    ['NotReadableError', 'camera-busy'],
    ['SomethingNew', 'unknown'],
  ])('maps %s to %s', async (name, code) => {
    const getUserMedia = () => Promise.reject(new DOMException('x', name));
    const camera = createMediaDevicesCamera({ mediaDevices: { getUserMedia } as unknown as MediaDevices, isSecureContext: true });
    await expect(camera.open({ facing: 'front' })).rejects.toMatchObject({ name: 'CameraError', code });
  });

  it('refuses on http (insecure context) and where getUserMedia is missing', async () => {
    const insecure = createMediaDevicesCamera({ mediaDevices: {} as MediaDevices, isSecureContext: false });
    await expect(insecure.open({ facing: 'front' })).rejects.toMatchObject({ code: 'insecure-context' });
    const old = createMediaDevicesCamera({ mediaDevices: undefined, isSecureContext: true });
    await expect(old.open({ facing: 'front' })).rejects.toMatchObject({ code: 'not-supported' });
  });

  it('stop() stops every track; a track that ends on its own reports camera-ended once', async () => {
    const tracks = [fakeTrack(), fakeTrack()];
    const camera = createMediaDevicesCamera({
      mediaDevices: { getUserMedia: () => Promise.resolve(fakeStream(tracks)) } as unknown as MediaDevices,
      isSecureContext: true,
    });
    const session = await camera.open({ facing: 'front' });
    const ended = vi.fn<(error: CameraError) => void>();
    session.onEnded(ended);
    tracks[0]?.dispatchEvent(new Event('ended'));
    tracks[1]?.dispatchEvent(new Event('ended'));
    expect(ended).toHaveBeenCalledTimes(1);
    expect(ended.mock.calls[0]?.[0].code).toBe('camera-ended');
    session.stop();
    for (const track of tracks) expect(track.stop).toHaveBeenCalledTimes(1);
    session.stop();
    for (const track of tracks) expect(track.stop).toHaveBeenCalledTimes(1);
  });

  it('tracks ending because we stopped them are not reported as unplugged', async () => {
    const tracks = [fakeTrack()];
    const camera = createMediaDevicesCamera({
      mediaDevices: { getUserMedia: () => Promise.resolve(fakeStream(tracks)) } as unknown as MediaDevices,
      isSecureContext: true,
    });
    const session = await camera.open({ facing: 'front' });
    const ended = vi.fn();
    session.onEnded(ended);
    session.stop();
    tracks[0]?.dispatchEvent(new Event('ended'));
    expect(ended).not.toHaveBeenCalled();
  });

  it('cameraErrorFrom keeps CameraErrors as they are', () => {
    const error = new CameraError('camera-busy', 'x');
    expect(cameraErrorFrom(error)).toBe(error);
  });
});
