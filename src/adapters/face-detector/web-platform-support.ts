export type WebGlSupport = { version: 2 | 1 | 0; renderer: string };

/**
 * MediaPipe needs WebGL even with the CPU delegate: without it the first detection fails inside
 * glActiveTexture. Ask up front so the person hears why instead of meeting a broken check. In the
 * detection worker, pass an OffscreenCanvas factory.
 */
export function detectWebGl(
  createCanvas: () => HTMLCanvasElement | OffscreenCanvas = () => document.createElement('canvas'),
): WebGlSupport {
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

/** Software renderers make MediaPipe's GPU delegate slower than its CPU one. */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|software|softpipe|microsoft basic render/i.test(renderer);
}

export function hasWebAssembly(): boolean {
  return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
}
