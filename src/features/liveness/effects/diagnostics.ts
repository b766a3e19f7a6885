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
};

const diagnostics: FaceCheckDiagnostics = {
  detectMs: [],
  loadStartedMs: null,
  loadFinishedMs: null,
  firstDetectionMs: null,
  lastDetectionMs: null,
  delegate: null,
  thread: null,
};
(globalThis as { __faceCheckDiagnostics?: FaceCheckDiagnostics }).__faceCheckDiagnostics = diagnostics;

export function recordDetectMs(ms: number): void {
  const now = performance.now();
  if (diagnostics.firstDetectionMs === null) diagnostics.firstDetectionMs = now;
  diagnostics.lastDetectionMs = now;
  if (diagnostics.detectMs.length >= capacity) diagnostics.detectMs.shift();
  diagnostics.detectMs.push(ms);
}

export function recordLoad(phase: 'start' | 'end', detector?: { delegate: string | null; thread: string | null }): void {
  if (phase === 'start') diagnostics.loadStartedMs = performance.now();
  else {
    diagnostics.loadFinishedMs = performance.now();
    diagnostics.delegate = detector?.delegate ?? null;
    diagnostics.thread = detector?.thread ?? null;
  }
}
