import { create } from 'zustand';
import { persist } from 'zustand/middleware';

type ChecklistState = {
  /** Ticked items by key ("steps.face.checks.c2"); only true values are kept. */
  ticked: Record<string, true>;
  setTicked: (key: string, ticked: boolean) => void;
  clearAll: () => void;
};

/** What the person ticked in the guide's checklists, kept on this device (no personal data). */
export const useGuideChecklistStore = create<ChecklistState>()(
  persist(
    (set) => ({
      ticked: {},
      setTicked: (key, ticked) =>
        set((state) => {
          const next = { ...state.ticked };
          if (ticked) next[key] = true;
          else delete next[key];
          return { ticked: next };
        }),
      clearAll: () => set({ ticked: {} }),
    }),
    { name: 'guide-checklist', version: 1, partialize: ({ ticked }) => ({ ticked }) },
  ),
);
