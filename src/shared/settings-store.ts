import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Language } from '../i18n/languages';

export const textSizes = ['standard', 'large', 'extraLarge'] as const;
export type TextSize = (typeof textSizes)[number];

export type Settings = {
  textSize: TextSize;
  /** null until the person picks one: until then the browser's language is used. */
  language: Language | null;
  readAloudEnabled: boolean;
};

export const defaultSettings: Settings = { textSize: 'standard', language: null, readAloudEnabled: true };

type SettingsState = Settings & {
  updateSettings: (patch: Partial<Settings>) => void;
};

/**
 * Device preferences (text size, language, read-aloud): kept on this device, not personal data about
 * the retiree. In shared/ because every layer reads them; the settings feature is the screen that
 * changes them.
 */
export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      ...defaultSettings,
      updateSettings: (patch) => set(patch),
    }),
    {
      name: 'settings',
      version: 1,
      partialize: ({ textSize, language, readAloudEnabled }) => ({ textSize, language, readAloudEnabled }),
    },
  ),
);
