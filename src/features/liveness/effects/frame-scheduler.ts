/** Calls back once per new video frame (or per display frame where that is all the browser offers). */
export interface FrameScheduler {
  /** Returns a function that cancels the request. */
  requestFrame(callback: (nowMs: number) => void): () => void;
}

type VideoWithFrameCallback = HTMLVideoElement & {
  requestVideoFrameCallback?: (callback: (now: number) => void) => number;
  cancelVideoFrameCallback?: (handle: number) => void;
};

/**
 * requestVideoFrameCallback runs once per decoded camera frame, so no frame is analysed twice;
 * older Safari and WeChat's X5 lack it and get requestAnimationFrame instead.
 */
export function createVideoFrameScheduler(video: HTMLVideoElement): FrameScheduler {
  const v = video as VideoWithFrameCallback;
  return {
    requestFrame(callback) {
      if (typeof v.requestVideoFrameCallback === 'function' && typeof v.cancelVideoFrameCallback === 'function') {
        const handle = v.requestVideoFrameCallback((now) => callback(now));
        return () => v.cancelVideoFrameCallback?.(handle);
      }
      const handle = requestAnimationFrame((now) => callback(now));
      return () => cancelAnimationFrame(handle);
    },
  };
}
