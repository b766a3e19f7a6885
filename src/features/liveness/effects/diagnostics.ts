/**
 * Timing numbers of the running check (no personal data), readable by the benchmark as
 * window.__faceCheckDiagnostics. Kept in a ring so a long session does not grow memory.
 */
const capacity = 2000;

export type FaceCheckDiagnostics = {
  detectMs: number[];
  loadStartedMs: number | null;
  loadFinishedMs: number | null;
  firstDetectionMs: number | null;
  lastDetectionMs: number | null;
  delegate: string | null;
  /** 'worker' or 'main': where MediaPipe ran. */
  thread: string | null;
  /** 'simd' or 'nosimd': which wasm build ran. */
  wasm: string | null;
  /** 'passed', 'failed' or 'not-tried': the GPU delegate's self-test. */
  gpuSelfTest: string | null;
  /** Times the detector was started again mid-check, with why. */
  rebuilds: string[];
  /** The frame-rate tier chosen for the actions, and the analysed frames per second it was chosen from. */
  tier: string | null;
  tierFps: number | null;
  /** The recorded route's last analysis: frames per second of video analysed, and how long it took (page clock). */
  recorded: { analysedFps: number; framesAnalysed: number; spanMs: number; tookMs: number; passed: boolean } | null;
  /**
   * Loses MediaPipe's WebGL context (WEBGL_lose_context) as a phone's GPU or iOS in the background
   * would, so the runtime-ladder tests can reach the rebuild path in a real browser. Harmless: it
   * only makes this page's own check start its detector again.
   */
  loseContext(): void;
};

type DiagnosedDetector = { delegate: string | null; thread: string | null; runtime?: { wasm: string; gpuSelfTest: string } | null; simulateContextLoss?: () => void };
let current: DiagnosedDetector | null = null;

const diagnostics: FaceCheckDiagnostics = {
  detectMs: [],
  loadStartedMs: null,
  loadFinishedMs: null,
  firstDetectionMs: null,
  lastDetectionMs: null,
  delegate: null,
  thread: null,
  wasm: null,
  gpuSelfTest: null,
  rebuilds: [],
  tier: null,
  tierFps: null,
  recorded: null,
  loseContext: () => current?.simulateContextLoss?.(),
};
(globalThis as { __faceCheckDiagnostics?: FaceCheckDiagnostics }).__faceCheckDiagnostics = diagnostics;

export function recordDetectMs(ms: number): void {
  const now = performance.now();
  if (diagnostics.firstDetectionMs === null) diagnostics.firstDetectionMs = now;
  diagnostics.lastDetectionMs = now;
  if (diagnostics.detectMs.length >= capacity) diagnostics.detectMs.shift();
  diagnostics.detectMs.push(ms);
}

export function recordLoad(phase: 'start' | 'end', detector?: DiagnosedDetector): void {
  if (phase === 'start') diagnostics.loadStartedMs = performance.now();
  else {
    diagnostics.loadFinishedMs = performance.now();
    current = detector ?? null;
    recordRuntime();
  }
}

function recordRuntime(): void {
  diagnostics.delegate = current?.delegate ?? null;
  diagnostics.thread = current?.thread ?? null;
  diagnostics.wasm = current?.runtime?.wasm ?? null;
  diagnostics.gpuSelfTest = current?.runtime?.gpuSelfTest ?? null;
}

export function recordTier(chosen: { tier: string; analysedFps: number }): void {
  diagnostics.tier = chosen.tier;
  diagnostics.tierFps = chosen.analysedFps;
}

export function recordRebuild(reason: string): void {
  diagnostics.rebuilds.push(reason);
  recordRuntime();
}

export function recordRecordedAnalysis(analysis: { analysedFps: number; framesAnalysed: number; spanMs: number; tookMs: number; passed: boolean }): void {
  diagnostics.recorded = analysis;
}
