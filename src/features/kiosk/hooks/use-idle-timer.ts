import { useCallback, useEffect, useRef, useState } from 'react';
import { idleViewAt, type IdlePolicyConfig, type IdleView } from '../model/idle-policy';

const activityEvents = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * Watches for touches and keys; ticks once a second while something could be forgotten and
 * calls `onExpired` once at the end of the countdown. `stillHere` (我还在) counts as a touch.
 */
export function useIdleTimer({
  config,
  suspended,
  onExpired,
  now = Date.now,
}: {
  config: IdlePolicyConfig;
  suspended: () => boolean;
  onExpired: () => void;
  now?: () => number;
}): { view: IdleView; stillHere: () => void } {
  const lastActivityMs = useRef(now());
  const [view, setView] = useState<IdleView>({ phase: 'active' });
  const expiredRef = useRef(onExpired);
  const suspendedRef = useRef(suspended);
  useEffect(() => {
    expiredRef.current = onExpired;
    suspendedRef.current = suspended;
  });

  const stillHere = useCallback(() => {
    lastActivityMs.current = now();
    setView({ phase: 'active' });
  }, [now]);

  useEffect(() => {
    const onActivity = () => {
      lastActivityMs.current = now();
    };
    for (const name of activityEvents) window.addEventListener(name, onActivity, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      const isSuspended = suspendedRef.current();
      if (isSuspended) lastActivityMs.current = now();
      const next = idleViewAt({ lastActivityMs: lastActivityMs.current, nowMs: now(), suspended: isSuspended }, config);
      if (next.phase === 'expired') {
        lastActivityMs.current = now();
        setView({ phase: 'active' });
        expiredRef.current();
        return;
      }
      setView((previous) =>
        previous.phase === next.phase && (previous.phase !== 'warning' || next.phase !== 'warning' || previous.secondsLeft === next.secondsLeft)
          ? previous
          : next,
      );
    }, 250);
    return () => {
      window.clearInterval(timer);
      for (const name of activityEvents) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [config, now]);

  return { view, stillHere };
}
