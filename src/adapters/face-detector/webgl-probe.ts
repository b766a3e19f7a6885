export type WebGlSupport = { version: 2 | 1 | 0; renderer: string };

/**
 * A canvas of whatever kind the thread has: HTMLCanvasElement on the page, OffscreenCanvas in the
 * detection worker. Only what the probe uses, so this file compiles without the DOM (the worker's
 * tsconfig.worker.json) as well as with it.
 */
export type WebGlCanvas = { getContext(contextId: 'webgl2' | 'webgl'): unknown };

/**
 * MediaPipe needs WebGL even with the CPU delegate: without it the first detection fails inside
 * glActiveTexture. Ask up front so the person hears why instead of meeting a broken check.
 */
export function detectWebGl(createCanvas: () => WebGlCanvas): WebGlSupport {
  try {
    const canvas = createCanvas();
    const gl2 = canvas.getContext('webgl2') as WebGL2RenderingContext | null;
    const gl = gl2 ?? (canvas.getContext('webgl') as WebGLRenderingContext | null);
    if (!gl) return { version: 0, renderer: '' };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : String(gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { version: gl2 ? 2 : 1, renderer };
  } catch {
    return { version: 0, renderer: '' };
  }
}
