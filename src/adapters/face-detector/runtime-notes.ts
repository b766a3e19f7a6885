import type { DetectorDelegate } from './face-detector';

/**
 * What this device taught us about running MediaPipe, kept across visits so the next check starts on
 * the rung that worked (and 提前准备 downloads the wasm build that will be used): the SIMD build did
 * not compile, or the GPU delegate failed its self-test or broke mid-check. No personal data.
 */
export type RuntimeNotes = { simdFailed?: boolean; gpuFailed?: boolean };

/**
 * A forced rung, for support staff and the runtime-ladder tests: `{"delegate":"GPU"}` tries the GPU
 * even on a software renderer (where we otherwise go straight to the CPU).
 */
export type RuntimeOverride = { delegate?: DetectorDelegate };

const notesKey = 'face-check-runtime-notes';
const overrideKey = 'face-check-runtime';

function read<T extends object>(key: string): T {
  try {
    const value: unknown = JSON.parse(globalThis.localStorage?.getItem(key) ?? '{}');
    return value && typeof value === 'object' ? (value as T) : ({} as T);
  } catch {
    // No storage (private mode, some WebViews) or not JSON: nothing learned yet.
    return {} as T;
  }
}

export function readRuntimeNotes(): RuntimeNotes {
  return read<RuntimeNotes>(notesKey);
}

export function addRuntimeNotes(notes: RuntimeNotes): void {
  try {
    globalThis.localStorage?.setItem(notesKey, JSON.stringify({ ...readRuntimeNotes(), ...notes }));
  } catch {
    // Not kept: the ladder simply tries the same rungs again next time.
  }
}

export function readRuntimeOverride(): RuntimeOverride {
  const value = read<RuntimeOverride>(overrideKey);
  return value.delegate === 'GPU' || value.delegate === 'CPU' ? { delegate: value.delegate } : {};
}
