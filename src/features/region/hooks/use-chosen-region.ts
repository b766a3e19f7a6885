import { useTranslation } from 'react-i18next';
import { findRegion, toLanguage } from '../data/region-text';
import type { Region } from '../model/region';
import { useRegionStore } from '../region-store';
import type { Language } from '../../../i18n/languages';

/** The region the person picked (null if none yet) and the language to show its data in. */
export function useChosenRegion(): { region: Region | null; language: Language } {
  const regionCode = useRegionStore((s) => s.regionCode);
  const { i18n } = useTranslation();
  return { region: findRegion(regionCode), language: toLanguage(i18n.resolvedLanguage ?? i18n.language) };
}
