import { detectWebGl, type WebGlSupport } from './webgl-probe';

let pageWebGl: WebGlSupport | undefined;

/**
 * The page's own WebGL, probed once: each probe creates and drops a GL context (tens of ms on a
 * phone), and the support check and the detector's start both ask. A failed probe is not kept,
 * so 再试一次 probes again.
 */
export function detectPageWebGl(): WebGlSupport {
  if (pageWebGl) return pageWebGl;
  const support = detectWebGl(() => document.createElement('canvas'));
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
