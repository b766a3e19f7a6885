import type { Place } from '../model/search-regions';

/** Group rows of the division lists that are not places people name ("市辖区", "省直辖县级行政区划"). */
const notAPlace = /市辖区|直辖|^县$/;

type AreaList = {
  city_list: Record<string, string>;
  county_list: Record<string, string>;
};

/** The division lists as Places: the province is the first two digits of the GB/T 2260 code. */
export function toPlaces(areaList: AreaList): Place[] {
  const rows = (list: Record<string, string>, level: Place['level']) =>
    Object.entries(list)
      .filter(([, name]) => !notAPlace.test(name))
      .map(([code, name]) => ({ name, provinceCode: code.slice(0, 2), level }));
  return [...rows(areaList.city_list, 'city'), ...rows(areaList.county_list, 'county')];
}

let loading: Promise<Place[]> | null = null;

/**
 * Cities and counties of China from @vant/area-data (GB/T 2260 codes), loaded on the region screen
 * only: about 30 KB compressed that the first page never pays for (the service worker keeps a copy
 * for offline use). A failed load is forgotten, so the next visit tries again.
 */
export function loadPlaces(): Promise<Place[]> {
  loading ??= import('@vant/area-data').then(
    ({ areaList }) => toPlaces(areaList),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
