export type Photo = { blob: Blob; width: number; height: number };

/** Keeps the best frontal frame seen so far; becomes the photo at the end of the check. */
export interface BestFrameKeeper {
  /** Copies the frame only when its quality beats the best so far (a copy costs ~1-2 ms). */
  offer(frame: ImageBitmap, quality: number): void;
  readonly bestQuality: number;
  toJpeg(): Promise<Photo | null>;
  clear(): void;
}

/** JPEG at 0.85: a 640x480 face photo of ~40-70 KB that still shows wrinkles and eyes clearly. */
const jpegQuality = 0.85;

export function createCanvasBestFrameKeeper(): BestFrameKeeper {
  let canvas: HTMLCanvasElement | null = null;
  let best = -Infinity;
  return {
    get bestQuality() {
      return best;
    },
    offer(frame, quality) {
      if (!(quality > best) || frame.width === 0) return;
      canvas ??= document.createElement('canvas');
      if (canvas.width !== frame.width) canvas.width = frame.width;
      if (canvas.height !== frame.height) canvas.height = frame.height;
      const context = canvas.getContext('2d');
      if (!context) return;
      // The unmirrored camera image: what the agency's reviewer would see from a real camera.
      context.drawImage(frame, 0, 0);
      best = quality;
    },
    toJpeg() {
      const source = canvas;
      if (!source || best === -Infinity) return Promise.resolve(null);
      return new Promise((resolve) => {
        source.toBlob(
          (blob) => resolve(blob ? { blob, width: source.width, height: source.height } : null),
          'image/jpeg',
          jpegQuality,
        );
      });
    },
    clear() {
      // Face pixels are sensitive: blank the canvas as soon as the photo is no longer needed.
      if (canvas) {
        canvas.width = 0;
        canvas.height = 0;
      }
      canvas = null;
      best = -Infinity;
    },
  };
}
