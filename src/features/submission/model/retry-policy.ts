/**
 * Exponential backoff with jitter, for uploads and status polls. Jitter spreads the retries of
 * many phones that lost the network together (a village's signal comes back for everyone at once).
 */
export type RetryPolicy = {
  /** First delay. */
  baseDelayMs: number;
  /** No delay grows beyond this. */
  maxDelayMs: number;
  /** Growth per attempt. */
  factor: number;
  /** 0..1: how much of each delay is random; 0.5 → the delay lies between 50 % and 100 % of its step. */
  jitterRatio: number;
  /** A server's Retry-After is honoured, but never beyond this (a wrong header must not stall us for days). */
  maxRetryAfterMs: number;
};

export const uploadRetryPolicy: RetryPolicy = {
  baseDelayMs: 2_000,
  maxDelayMs: 5 * 60_000,
  factor: 2,
  jitterRatio: 0.5,
  maxRetryAfterMs: 30 * 60_000,
};

/** Review takes hours or days: start brisk (the person is watching), then settle to a slow pace. */
export const statusPollPolicy: RetryPolicy = {
  baseDelayMs: 5_000,
  maxDelayMs: 10 * 60_000,
  factor: 1.6,
  jitterRatio: 0.3,
  maxRetryAfterMs: 60 * 60_000,
};

/** The exponential step for an attempt (0-based), before jitter. */
export function backoffStepMs(attempt: number, policy: RetryPolicy): number {
  const safeAttempt = Math.max(0, Math.floor(attempt));
  const step = policy.baseDelayMs * policy.factor ** safeAttempt;
  return Math.min(policy.maxDelayMs, Number.isFinite(step) ? step : policy.maxDelayMs);
}

/**
 * The delay before the next try. A server's Retry-After takes precedence over our own backoff (it
 * knows its load), clamped to [0, maxRetryAfterMs]; otherwise the backoff step minus random jitter.
 * random() returns [0, 1).
 */
export function nextRetryDelayMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) {
    return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  }
  const step = backoffStepMs(attempt, policy);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(step * (1 - policy.jitterRatio * r));
}
