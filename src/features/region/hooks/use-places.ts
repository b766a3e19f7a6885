import { useEffect, useState } from 'react';
import { loadPlaces } from '../data/places';
import type { Place } from '../model/search-regions';

/**
 * Cities and counties for search, loaded when a search first shows; until then (or offline on a
 * first visit) province names, abbreviations and pinyin still work.
 */
export function usePlaces(): readonly Place[] {
  const [places, setPlaces] = useState<readonly Place[]>([]);
  useEffect(() => {
    let live = true;
    loadPlaces().then(
      (loaded) => {
        if (live) setPlaces(loaded);
      },
      (error: unknown) => console.warn('city search is unavailable', error),
    );
    return () => {
      live = false;
    };
  }, []);
  return places;
}
