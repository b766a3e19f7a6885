import { defaultLanguage, isLanguage, type Language } from '../../../i18n/languages';
import type { Channel, NationalChannels, Region } from '../model/region';
import { channelText, cycleText, type HowToGet } from './channel-text';
import { national, regions } from './regions';

export function toLanguage(value: string | undefined): Language {
  return isLanguage(value) ? value : defaultLanguage;
}

export function findRegion(code: string | null): Region | null {
  return regions.find((r) => r.code === code) ?? null;
}

/** Short, familiar name for running text ("广东", "Guangdong"). */
export function regionShortName(region: Region, language: Language): string {
  if (language === 'en') return region.nameEn;
  if (language === 'zh-TW') return region.nameZhTw.replace(/(省|市|自治區|壯族自治區|回族自治區|維吾爾自治區)$/, '');
  return region.shortNameZh;
}

/** Full official name for lists and headings ("广东省"). */
export function regionFullName(region: Region, language: Language): string {
  if (language === 'en') return region.nameEn;
  return language === 'zh-TW' ? region.nameZhTw : region.nameZh;
}

export function channelName(channel: Channel, language: Language): string {
  return language === 'zh-CN' ? channel.nameZh : (channelText[channel.id]?.name[language] ?? channel.nameZh);
}

/** What to do, in the person's language: the research note, or our plain version of it where it talks about sources. */
export function channelNotes(channel: Channel, language: Language): string {
  return channelText[channel.id]?.notes[language] ?? channel.notesZh;
}

export function channelAccess(channel: Channel): { onScreen: string | null; get: readonly HowToGet[] } {
  const text = channelText[channel.id];
  return { onScreen: text?.onScreen ?? null, get: text?.get ?? [] };
}

/** The name to type or look for; falls back to the full research name. */
export function channelSearchName(channel: Channel): string {
  return channelText[channel.id]?.onScreen ?? channel.nameZh;
}

export function cycleNotes(entry: Region | NationalChannels, language: Language): string | null {
  if (entry.cycleNotesZh === null) return null;
  return language === 'zh-CN' ? entry.cycleNotesZh : (cycleText[entry.code]?.[language] ?? entry.cycleNotesZh);
}

export { national, regions };
