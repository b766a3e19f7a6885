import { describe, expect, it } from 'vitest';
import {
  backoffStepMs,
  nextRetryDelayMs,
  type RetryPolicy,
} from '../../../../src/features/submission/model/retry-policy';

const policy: RetryPolicy = { baseDelayMs: 1000, maxDelayMs: 60_000, factor: 2, jitterRatio: 0.5, maxRetryAfterMs: 600_000 };

describe('retry policy', () => {
  it('grows exponentially from the base delay and never beyond the maximum', () => {
    expect([0, 1, 2, 3].map((a) => backoffStepMs(a, policy))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffStepMs(6, policy)).toBe(60_000);
    expect(backoffStepMs(10_000, policy)).toBe(60_000);
    expect(backoffStepMs(-3, policy)).toBe(1000);
  });

  it('keeps jittered delays within [step × (1 − jitter), step]', () => {
    for (const attempt of [0, 3, 8]) {
      const step = backoffStepMs(attempt, policy);
      expect(nextRetryDelayMs(attempt, policy, () => 0)).toBe(step);
      expect(nextRetryDelayMs(attempt, policy, () => 0.999999)).toBeCloseTo(step * 0.5, -1);
      expect(nextRetryDelayMs(attempt, policy, () => 0.5)).toBe(Math.round(step * 0.75));
    }
  });

  it('spreads many clients over the jitter range', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return (seed - 1) / 2147483646;
    };
    const delays = Array.from({ length: 500 }, () => nextRetryDelayMs(4, policy, random));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(8000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(16_000);
    expect(new Set(delays).size).toBeGreaterThan(100);
  });

  it('lets the server’s Retry-After take precedence, clamped to the policy’s maximum', () => {
    expect(nextRetryDelayMs(0, policy, () => 0, 30_000)).toBe(30_000);
    expect(nextRetryDelayMs(9, policy, () => 0.9, 0)).toBe(0);
    expect(nextRetryDelayMs(0, policy, () => 0, 99 * 3_600_000)).toBe(600_000);
    expect(nextRetryDelayMs(2, policy, () => 0, Number.NaN)).toBe(4000);
  });
});
