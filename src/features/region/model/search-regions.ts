import type { Region } from './region';

/** Lower-case, no spaces, no apostrophes ("Nei Menggu", "xi'an" → "neimenggu", "xian"). */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s'’·]/g, '');
}

function rank(region: Region, query: string): number | null {
  const pinyins = [region.pinyin, ...region.pinyinAliases];
  if (region.initials === query || pinyins.includes(query)) return 0;
  if (region.shortNameZh.startsWith(query) || region.nameZhTw.startsWith(query)) return 1;
  if (region.initials.startsWith(query) || pinyins.some((p) => p.startsWith(query))) return 2;
  if (normalise(region.nameEn).startsWith(query)) return 2;
  if (region.nameZh.includes(query) || region.nameZhTw.includes(query)) return 3;
  // Full pinyin can be typed as a prefix of the syllables mixed with initials ("guangd"): keep simple
  // and accept any substring of the full pinyin or the English name from two letters on.
  if (query.length >= 2 && (pinyins.some((p) => p.includes(query)) || normalise(region.nameEn).includes(query))) return 4;
  return null;
}

/**
 * Regions matching what the person typed: Chinese (Simplified or Traditional), pinyin initials
 * ("gd" → 广东, "hlj" → 黑龙江), full pinyin ("guangdong") or the English name. Best matches first;
 * ties keep the official code order, which is the order people know from official lists.
 */
export function searchRegions(regions: readonly Region[], rawQuery: string): Region[] {
  const query = normalise(rawQuery.trim());
  if (query === '') return [...regions];
  return regions
    .map((region, index) => ({ region, index, score: rank(region, query) }))
    .filter((row): row is { region: Region; index: number; score: number } => row.score !== null)
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((row) => row.region);
}
