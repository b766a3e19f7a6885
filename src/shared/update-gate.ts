import { useEffect } from 'react';
import { create } from 'zustand';

type UpdateGateState = {
  /** Why the app is busy now (one entry per screen or step that asked); empty means "free". */
  busyReasons: readonly string[];
  hold: (reason: string) => void;
  release: (reason: string) => void;
};

/**
 * Screens in the middle of something that must not be disturbed (the face check, an upload, a
 * form being filled in) hold the gate; the "new version" prompt waits until nobody holds it.
 */
export const useUpdateGateStore = create<UpdateGateState>()((set) => ({
  busyReasons: [],
  hold: (reason) => set((s) => ({ busyReasons: [...s.busyReasons, reason] })),
  release: (reason) =>
    set((s) => {
      const index = s.busyReasons.indexOf(reason);
      if (index < 0) return s;
      return { busyReasons: [...s.busyReasons.slice(0, index), ...s.busyReasons.slice(index + 1)] };
    }),
}));

/**
 * Call in a screen or step: `useUpdateGate(isRecording, 'face-check')`. While `busy` is true (and
 * the component is mounted) no update prompt is shown; it appears again once every holder lets go.
 */
export function useUpdateGate(busy: boolean, reason = 'busy'): void {
  useEffect(() => {
    if (!busy) return;
    const { hold, release } = useUpdateGateStore.getState();
    hold(reason);
    return () => release(reason);
  }, [busy, reason]);
}

export function selectUpdateAllowed(state: Pick<UpdateGateState, 'busyReasons'>): boolean {
  return state.busyReasons.length === 0;
}
