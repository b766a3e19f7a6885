import { create } from 'zustand';
import { persist } from 'zustand/middleware';

type RegionState = {
  /** GB/T 2260 code of the province the person picked; null until they pick one. */
  regionCode: string | null;
  chooseRegion: (code: string) => void;
  clearRegion: () => void;
};

/** The chosen province, kept on this device so the guide can use its channel names next time. */
export const useRegionStore = create<RegionState>()(
  persist(
    (set) => ({
      regionCode: null,
      chooseRegion: (code) => set({ regionCode: code }),
      clearRegion: () => set({ regionCode: null }),
    }),
    { name: 'region', version: 1, partialize: ({ regionCode }) => ({ regionCode }) },
  ),
);
