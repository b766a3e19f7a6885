/**
 * Stands in for createImageBitmap(video): hands out frame objects and counts which are still open,
 * so tests can check that no camera frame is left behind.
 */
export function createFakeFrameGrabber(size: { width: number; height: number } = { width: 640, height: 480 }) {
  let grabbed = 0;
  let open = 0;
  const grabFrame = (): Promise<ImageBitmap> => {
    grabbed += 1;
    open += 1;
    let closed = false;
    const frame = {
      width: size.width,
      height: size.height,
      close() {
        if (closed) return;
        closed = true;
        open -= 1;
      },
    };
    return Promise.resolve(frame as unknown as ImageBitmap);
  };
  return {
    grabFrame,
    get grabbed() {
      return grabbed;
    },
    /** Frames handed out and not closed yet. */
    get open() {
      return open;
    },
  };
}

/** Lets every pending promise chain (grab → detect → analyse) run to its end. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
