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
