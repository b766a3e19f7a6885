import type { Timers } from '../../../../src/shared/timers';

/** A clock that moves only when the test says so; due callbacks run in time order. */
export type ManualTimers = Timers & {
  advance(ms: number): Promise<void>;
  pending(): number[];
};

export function createManualTimers(startMs = Date.UTC(2026, 0, 15, 8)): ManualTimers {
  let nowMs = startMs;
  let nextHandle = 1;
  const due = new Map<number, { atMs: number; callback: () => void }>();
  // Lets pending promises and (fake) IndexedDB requests, which complete on real macrotasks, finish.
  const settle = async () => {
    for (let i = 0; i < 15; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return {
    now: () => nowMs,
    setTimeout(callback, delayMs) {
      const handle = nextHandle++;
      due.set(handle, { atMs: nowMs + Math.max(0, delayMs), callback });
      return handle;
    },
    clearTimeout(handle) {
      if (typeof handle === 'number') due.delete(handle);
    },
    pending: () => [...due.values()].map((d) => d.atMs - nowMs).sort((a, b) => a - b),
    async advance(ms) {
      const targetMs = nowMs + ms;
      for (;;) {
        await settle();
        const next = [...due.entries()].filter(([, d]) => d.atMs <= targetMs).sort((a, b) => a[1].atMs - b[1].atMs)[0];
        if (!next) break;
        due.delete(next[0]);
        nowMs = next[1].atMs;
        next[1].callback();
      }
      nowMs = targetMs;
      await settle();
    },
  };
}
