import { describe, expect, it } from 'vitest';
import { parseRetryAfterMs } from '../../../src/adapters/backend/retry-after';

describe('Retry-After', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.UTC(2026, 0, 15, 8, 0, 0);
    expect(parseRetryAfterMs('120', now)).toBe(120_000);
    expect(parseRetryAfterMs('Thu, 15 Jan 2026 08:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfterMs('Thu, 15 Jan 2026 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
    expect(parseRetryAfterMs(null, now)).toBeUndefined();
  });
});
