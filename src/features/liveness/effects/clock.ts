/** Time for the check, injected so tests can drive it by hand. */
export interface Clock {
  /** Monotonic milliseconds (performance.now()). */
  nowMs(): number;
  /** Wall-clock epoch milliseconds, only for the evidence's startedAt. */
  epochMs(): number;
  /** Repeats until the returned function is called. */
  every(intervalMs: number, callback: () => void): () => void;
}

export const browserClock: Clock = {
  nowMs: () => performance.now(),
  epochMs: () => Date.now(),
  every(intervalMs, callback) {
    const handle = setInterval(callback, intervalMs);
    return () => clearInterval(handle);
  },
};

/** Whether the page is in front of the person. */
export interface PageVisibility {
  isHidden(): boolean;
  /** Returns the unsubscribe function. */
  onChange(listener: (hidden: boolean) => void): () => void;
}

export const documentVisibility: PageVisibility = {
  isHidden: () => document.visibilityState === 'hidden',
  onChange(listener) {
    const handler = () => listener(document.visibilityState === 'hidden');
    document.addEventListener('visibilitychange', handler);
    return () => document.removeEventListener('visibilitychange', handler);
  },
};
