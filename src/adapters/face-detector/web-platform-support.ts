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

let pageWebGl: WebGlSupport | undefined;

/**
 * The page's own WebGL, probed once: each probe creates and drops a GL context (tens of ms on a
 * phone), and the support check and the detector's start both ask. A failed probe is not kept,
 * so 再试一次 probes again.
 */
export function detectPageWebGl(): WebGlSupport {
  if (pageWebGl) return pageWebGl;
  const support = detectWebGl();
  if (support.version > 0) pageWebGl = support;
  return support;
}

/** Software renderers make MediaPipe's GPU delegate slower than its CPU one. */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|software|softpipe|microsoft basic render/i.test(renderer);
}

export function hasWebAssembly(): boolean {
  return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
}

/** A tiny module using one SIMD instruction (the same probe MediaPipe's FilesetResolver uses). */
const simdProbe = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);
let simdSupport: Promise<boolean> | undefined;

/**
 * Whether the engine says it runs wasm SIMD. Not the last word: iOS 16 inside WeChat says yes and then
 * fails to compile MediaPipe's SIMD build ("invalid opcode"); the runtime ladder catches that.
 */
export function supportsWasmSimd(): Promise<boolean> {
  simdSupport ??= hasWebAssembly()
    ? WebAssembly.instantiate(simdProbe).then(
        () => true,
        () => false,
      )
    : Promise.resolve(false);
  return simdSupport;
}
