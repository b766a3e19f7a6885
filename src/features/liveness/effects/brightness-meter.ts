/** A region of the frame, normalized to 0..1 (the face box). */
export type FrameRegion = { x: number; y: number; width: number; height: number };

/**
 * Mean luma 0..255 of a frame (of the face region when given: a face against a bright window is
 * dark even though the picture is bright), or null when it cannot be read.
 */
export type BrightnessMeter = (frame: ImageBitmap, region?: FrameRegion | null) => number | null;

/**
 * A 32x24 thumbnail is enough to tell a dark room from a lit one and costs well under a
 * millisecond; reading full frames back from the GPU would cost more than the face model.
 */
const thumbWidthPx = 32;
const thumbHeightPx = 24;

export function createCanvasBrightnessMeter(): BrightnessMeter {
  let context: CanvasRenderingContext2D | null | undefined;
  return (frame, region) => {
    if (context === undefined) {
      const canvas = document.createElement('canvas');
      canvas.width = thumbWidthPx;
      canvas.height = thumbHeightPx;
      context = canvas.getContext('2d', { willReadFrequently: true });
    }
    if (!context || frame.width === 0) return null;
    try {
      const widthPx = frame.width;
      const heightPx = frame.height;
      const clamp = (value: number) => Math.min(1, Math.max(0, value));
      const x0 = region ? clamp(region.x) : 0;
      const y0 = region ? clamp(region.y) : 0;
      const x1 = region ? clamp(region.x + region.width) : 1;
      const y1 = region ? clamp(region.y + region.height) : 1;
      if (x1 - x0 < 0.02 || y1 - y0 < 0.02 || widthPx === 0) {
        context.drawImage(frame, 0, 0, thumbWidthPx, thumbHeightPx);
      } else {
        context.drawImage(frame, x0 * widthPx, y0 * heightPx, (x1 - x0) * widthPx, (y1 - y0) * heightPx, 0, 0, thumbWidthPx, thumbHeightPx);
      }
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
