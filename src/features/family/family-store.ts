import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { parseElder, type Elder } from './model/elder';

/**
 * The elders this phone follows. Kept on this phone only (the elder agreed to that, in words),
 * and removed with one tap.
 */
type FamilyState = {
  elders: Elder[];
  addElder: (elder: Elder) => void;
  updateElder: (id: string, patch: Partial<Omit<Elder, 'id'>>) => void;
  removeElder: (id: string) => void;
};

export const familyStorageKey = 'family';

export const useFamilyStore = create<FamilyState>()(
  persist(
    (set) => ({
      elders: [],
      addElder: (elder) => set((s) => ({ elders: [...s.elders.filter((e) => e.id !== elder.id), elder] })),
      updateElder: (id, patch) => set((s) => ({ elders: s.elders.map((e) => (e.id === id ? { ...e, ...patch } : e)) })),
      removeElder: (id) => set((s) => ({ elders: s.elders.filter((e) => e.id !== id) })),
    }),
    {
      name: familyStorageKey,
      version: 1,
      partialize: ({ elders }) => ({ elders }),
      merge: (persisted, current) => {
        const raw = (persisted as { elders?: unknown } | undefined)?.elders;
        const elders = Array.isArray(raw) ? raw.map(parseElder).filter((e): e is Elder => e !== null) : [];
        return { ...current, elders };
      },
    },
  ),
);
