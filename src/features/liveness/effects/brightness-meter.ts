/** Mean luma 0..255 of a frame, or null when it cannot be read (no canvas, frame not ready). */
export type BrightnessMeter = (frame: HTMLVideoElement) => number | null;

/**
 * A 32x24 thumbnail is enough to tell a dark room from a lit one and costs well under a
 * millisecond; reading full frames back from the GPU would cost more than the face model.
 */
const thumbWidthPx = 32;
const thumbHeightPx = 24;

export function createCanvasBrightnessMeter(): BrightnessMeter {
  let context: CanvasRenderingContext2D | null | undefined;
  return (frame) => {
    if (context === undefined) {
      const canvas = document.createElement('canvas');
      canvas.width = thumbWidthPx;
      canvas.height = thumbHeightPx;
      context = canvas.getContext('2d', { willReadFrequently: true });
    }
    if (!context || frame.readyState < 2) return null;
    try {
      context.drawImage(frame, 0, 0, thumbWidthPx, thumbHeightPx);
      return meanLuma(context.getImageData(0, 0, thumbWidthPx, thumbHeightPx).data);
    } catch {
      return null;
    }
  };
}

/** Rec. 601 luma of RGBA pixels. */
export function meanLuma(rgba: ArrayLike<number>): number {
  let sum = 0;
  const pixels = Math.floor(rgba.length / 4);
  if (pixels === 0) return 0;
  for (let i = 0; i < pixels * 4; i += 4) {
    sum += 0.299 * (rgba[i] ?? 0) + 0.587 * (rgba[i + 1] ?? 0) + 0.114 * (rgba[i + 2] ?? 0);
  }
  return sum / pixels;
}
