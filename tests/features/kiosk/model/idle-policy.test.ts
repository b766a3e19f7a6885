import { describe, expect, it } from 'vitest';
import { idlePolicyFromSeconds, idleViewAt, shouldReset } from '../../../../src/features/kiosk/model/idle-policy';

const config = { idleMs: 120_000, countdownMs: 30_000 };

describe('idle policy', () => {
  it('stays active while the person is using the kiosk', () => {
    expect(idleViewAt({ lastActivityMs: 1_000, nowMs: 1_000, suspended: false }, config)).toEqual({ phase: 'active' });
    expect(idleViewAt({ lastActivityMs: 1_000, nowMs: 120_999, suspended: false }, config)).toEqual({ phase: 'active' });
  });

  it('shows a 30-second countdown after the idle time, counting whole seconds down', () => {
    expect(idleViewAt({ lastActivityMs: 0, nowMs: 120_000, suspended: false }, config)).toEqual({ phase: 'warning', secondsLeft: 30 });
    expect(idleViewAt({ lastActivityMs: 0, nowMs: 120_001, suspended: false }, config)).toEqual({ phase: 'warning', secondsLeft: 30 });
    expect(idleViewAt({ lastActivityMs: 0, nowMs: 149_001, suspended: false }, config)).toEqual({ phase: 'warning', secondsLeft: 1 });
  });

  it('expires at the end of the countdown, and only then asks for a reset', () => {
    expect(shouldReset({ lastActivityMs: 0, nowMs: 149_999, suspended: false }, config)).toBe(false);
    expect(idleViewAt({ lastActivityMs: 0, nowMs: 150_000, suspended: false }, config)).toEqual({ phase: 'expired' });
    expect(shouldReset({ lastActivityMs: 0, nowMs: 400_000, suspended: false }, config)).toBe(true);
  });

  it('never counts while suspended (nobody to forget, or the face check is running)', () => {
    expect(idleViewAt({ lastActivityMs: 0, nowMs: 10_000_000, suspended: true }, config)).toEqual({ phase: 'active' });
  });

  it('treats a clock that went backwards as activity, not as a reason to wipe', () => {
    expect(idleViewAt({ lastActivityMs: 50_000, nowMs: 10_000, suspended: false }, config)).toEqual({ phase: 'active' });
  });

  it('reads seconds from config with bounds and defaults', () => {
    expect(idlePolicyFromSeconds()).toEqual({ idleMs: 120_000, countdownMs: 30_000 });
    expect(idlePolicyFromSeconds(5, 3)).toEqual({ idleMs: 5_000, countdownMs: 3_000 });
    expect(idlePolicyFromSeconds(0, 10_000)).toEqual({ idleMs: 1_000, countdownMs: 300_000 });
    expect(idlePolicyFromSeconds(Number.NaN)).toEqual({ idleMs: 120_000, countdownMs: 30_000 });
  });
});
