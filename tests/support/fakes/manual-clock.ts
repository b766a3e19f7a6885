import type { Clock } from '../../../src/features/liveness/effects/clock';

/** A clock the test moves by hand; `every` callbacks fire as time passes over them. */
export type ManualClock = Clock & {
  set(nowMs: number): void;
  advance(ms: number): void;
  readonly activeTimers: number;
};

export function createManualClock(startMs = 0, epochStartMs = Date.UTC(2026, 10, 27, 8, 0, 0)): ManualClock {
  let now = startMs;
  let nextId = 1;
  const timers = new Map<number, { intervalMs: number; dueMs: number; callback: () => void }>();
  const runDue = (targetMs: number) => {
    for (;;) {
      let soonest: [number, { intervalMs: number; dueMs: number; callback: () => void }] | null = null;
      for (const entry of timers) if (entry[1].dueMs <= targetMs && (!soonest || entry[1].dueMs < soonest[1].dueMs)) soonest = entry;
      if (!soonest) break;
      const [, timer] = soonest;
      now = timer.dueMs;
      timer.dueMs += timer.intervalMs;
      timer.callback();
    }
    now = targetMs;
  };
  return {
    nowMs: () => now,
    epochMs: () => epochStartMs + (now - startMs),
    every(intervalMs, callback) {
      const id = nextId++;
      timers.set(id, { intervalMs, dueMs: now + intervalMs, callback });
      return () => void timers.delete(id);
    },
    set(nowMs) {
      if (nowMs < now) throw new Error(`the manual clock cannot go back (${nowMs} < ${now})`);
      runDue(nowMs);
    },
    advance(ms) {
      runDue(now + ms);
    },
    get activeTimers() {
      return timers.size;
    },
  };
}
