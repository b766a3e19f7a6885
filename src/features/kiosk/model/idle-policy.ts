/**
 * When does a kiosk forget the person in front of it? After `idleMs` without a touch, a visible
 * countdown of `countdownMs` with 我还在 gives them a chance to continue; at its end everything
 * about them is wiped. Nothing is counted while there is nobody to forget, or while the face
 * check is running (the person looks at the camera and touches nothing, on purpose).
 */
export type IdlePolicyConfig = { idleMs: number; countdownMs: number };

export const defaultIdlePolicyConfig: IdlePolicyConfig = {
  // Long enough for a slow reader to read a screen twice; short enough that the next person in
  // the queue does not sit down in front of the last one's details.
  idleMs: 120_000,
  // The brief: a visible 30-second countdown.
  countdownMs: 30_000,
};

export type IdleInput = {
  lastActivityMs: number;
  nowMs: number;
  /** True when there is nothing to forget or the face check is running. */
  suspended: boolean;
};

export type IdleView = { phase: 'active' } | { phase: 'warning'; secondsLeft: number } | { phase: 'expired' };

export function idleViewAt({ lastActivityMs, nowMs, suspended }: IdleInput, config: IdlePolicyConfig): IdleView {
  if (suspended) return { phase: 'active' };
  const idleForMs = Math.max(0, nowMs - lastActivityMs);
  if (idleForMs < config.idleMs) return { phase: 'active' };
  const leftMs = config.idleMs + config.countdownMs - idleForMs;
  if (leftMs <= 0) return { phase: 'expired' };
  return { phase: 'warning', secondsLeft: Math.ceil(leftMs / 1000) };
}

export function shouldReset(input: IdleInput, config: IdlePolicyConfig): boolean {
  return idleViewAt(input, config).phase === 'expired';
}

/** Config from config.json seconds, with sane bounds so a typo cannot make the kiosk wipe people mid-sentence. */
export function idlePolicyFromSeconds(idleSeconds?: number, countdownSeconds?: number): IdlePolicyConfig {
  const clamp = (value: number | undefined, min: number, max: number, fallback: number) =>
    value === undefined || !Number.isFinite(value) ? fallback : Math.min(max, Math.max(min, value));
  return {
    idleMs: clamp(idleSeconds, 1, 3600, defaultIdlePolicyConfig.idleMs / 1000) * 1000,
    countdownMs: clamp(countdownSeconds, 1, 300, defaultIdlePolicyConfig.countdownMs / 1000) * 1000,
  };
}
