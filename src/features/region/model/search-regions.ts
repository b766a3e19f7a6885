import type { Region } from './region';

/**
 * A city or county from the administrative-division data (GB/T 2260 six-digit codes), reduced to
 * what search needs: its name and the two-digit code of its province.
 */
export type Place = { name: string; provinceCode: string; level: 'city' | 'county' };

/** A region that matches, and the city or county that led to it when the region's own name did not. */
export type RegionMatch = { region: Region; via: Place | null };

/** Lower-case, no spaces, no apostrophes ("Nei Menggu", "xi'an" → "neimenggu", "xian"). */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s'’·]/g, '');
}

/** Ranks of a match, best first; anything from the province's own names beats a place. */
const rankCity = 5;
const rankCounty = 6;

function rank(region: Region, query: string): number | null {
  const pinyins = [region.pinyin, ...region.pinyinAliases];
  if (region.initials === query || pinyins.includes(query)) return 0;
  if (region.shortNameZh.startsWith(query) || region.nameZhTw.startsWith(query)) return 1;
  if (region.abbreviations.includes(query)) return 1;
  if (region.initials.startsWith(query) || pinyins.some((p) => p.startsWith(query))) return 2;
  if (normalise(region.nameEn).startsWith(query)) return 2;
  if (region.nameZh.includes(query) || region.nameZhTw.includes(query)) return 3;
  // Full pinyin can be typed as a prefix of the syllables mixed with initials ("guangd"): keep simple
  // and accept any substring of the full pinyin or the English name from two letters on.
  if (query.length >= 2 && (pinyins.some((p) => p.includes(query)) || normalise(region.nameEn).includes(query))) return 4;
  return null;
}

/**
 * The places a query names, by prefix only ("州" finds nothing): a city from the first character
 * ("广" finds 广州 and 广元), a county from the second (one character would match hundreds).
 */
function placesNamed(places: readonly Place[], query: string): Map<string, Place> {
  const best = new Map<string, Place>();
  for (const place of places) {
    if (!place.name.startsWith(query) || (place.level === 'county' && query.length < 2)) continue;
    const current = best.get(place.provinceCode);
    if (!current || (current.level === 'county' && place.level === 'city')) best.set(place.provinceCode, place);
  }
  return best;
}

/**
 * Regions matching what the person typed: Chinese (Simplified or Traditional), a one-character
 * abbreviation ("粤", "沪"), pinyin initials ("gd" → 广东, "hlj" → 黑龙江), full pinyin
 * ("guangdong"), the English name, or, once the division data has loaded, a city or county in it
 * ("广州", "深圳", "昆山"). Best matches first; ties keep the official code order, which is the
 * order people know from official lists.
 */
export function findRegions(regions: readonly Region[], rawQuery: string, places: readonly Place[] = []): RegionMatch[] {
  const query = normalise(rawQuery.trim());
  if (query === '') return regions.map((region) => ({ region, via: null }));
  const named = placesNamed(places, query);
  const rows: { match: RegionMatch; index: number; score: number }[] = [];
  regions.forEach((region, index) => {
    const own = rank(region, query);
    if (own !== null) {
      rows.push({ match: { region, via: null }, index, score: own });
      return;
    }
    const place = named.get(region.code);
    if (place) rows.push({ match: { region, via: place }, index, score: place.level === 'city' ? rankCity : rankCounty });
  });
  return rows.sort((a, b) => a.score - b.score || a.index - b.index).map((row) => row.match);
}

/** Like findRegions, for callers that need only the regions. */
export function searchRegions(regions: readonly Region[], rawQuery: string, places: readonly Place[] = []): Region[] {
  return findRegions(regions, rawQuery, places).map((match) => match.region);
}
