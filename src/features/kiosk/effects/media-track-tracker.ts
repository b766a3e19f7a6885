/**
 * Remembers every camera stream opened while kiosk mode is on, so 下一位 can stop any track a
 * half-finished face check left running (the camera light must go off between people).
 */
export type MediaTrackTracker = { stopAll: () => number; hasLiveTracks: () => boolean; uninstall: () => void };

type MediaDevicesLike = { getUserMedia: (constraints?: MediaStreamConstraints) => Promise<MediaStream> };

export function installMediaTrackTracker(mediaDevices: MediaDevicesLike | undefined): MediaTrackTracker {
  if (!mediaDevices || typeof mediaDevices.getUserMedia !== 'function') {
    return { stopAll: () => 0, hasLiveTracks: () => false, uninstall: () => undefined };
  }
  const original = mediaDevices.getUserMedia;
  const streams = new Set<MediaStream>();
  mediaDevices.getUserMedia = async (constraints) => {
    const stream = await original.call(mediaDevices, constraints);
    streams.add(stream);
    return stream;
  };
  return {
    stopAll: () => {
      let stopped = 0;
      for (const stream of streams) {
        for (const track of stream.getTracks()) {
          if (track.readyState !== 'ended') stopped += 1;
          track.stop();
        }
      }
      streams.clear();
      return stopped;
    },
    hasLiveTracks: () => [...streams].some((stream) => stream.getTracks().some((track) => track.readyState === 'live')),
    uninstall: () => {
      mediaDevices.getUserMedia = original;
    },
  };
}
