import { areaList } from '@vant/area-data';
import { describe, expect, it } from 'vitest';
import { toPlaces } from '../../../src/features/region/data/places';
import { regions } from '../../../src/features/region/data/regions';
import { findRegions, type Place } from '../../../src/features/region/model/search-regions';

// The real division data (@vant/area-data), as the region screen loads it.
const places = toPlaces(areaList);

function found(query: string, from: readonly Place[] = places): string[] {
  return findRegions(regions, query, from).map(({ region, via }) => (via ? `${region.shortNameZh}←${via.name}` : region.shortNameZh));
}

describe('region search by city, county and abbreviation', () => {
  it('finds the province from a city, with or without 市', () => {
    expect(found('广州')).toEqual(['广东←广州市']);
    expect(found('深圳')).toEqual(['广东←深圳市']);
    expect(found('杭州市')).toEqual(['浙江←杭州市']);
    expect(found('成都')).toEqual(['四川←成都市']);
    expect(found('乌鲁木齐')).toEqual(['新疆←乌鲁木齐市']);
  });

  it('finds the province from a one-character abbreviation (简称)', () => {
    expect(found('粤')).toEqual(['广东']);
    expect(found('沪')).toEqual(['上海']);
    expect(found('黔')).toEqual(['贵州']);
    expect(found('蜀')).toEqual(['四川']);
    expect(found('豫')[0]).toBe('河南');
  });

  it('finds the province from a county-level city from two characters on', () => {
    expect(found('昆山')).toEqual(['江苏←昆山市']);
    expect(found('义乌')).toEqual(['浙江←义乌市']);
  });

  it('puts the province’s own names first, then cities, then counties', () => {
    // 吉 is 吉林's abbreviation and first character; 吉安 (江西) and 吉首 (湖南, a county-level city) follow.
    expect(found('吉')).toEqual(['吉林', '江西←吉安市']);
    const guang = found('广');
    expect(guang.slice(0, 2)).toEqual(['广东', '广西']);
    expect(guang).toContain('四川←广元市');
  });

  it('matches by prefix only and needs two characters for a county, so single common characters stay quiet', () => {
    // Dozens of cities end in 州; only 贵州, whose own name has it, comes up.
    expect(found('州')).toEqual(['贵州']);
    // 朝阳: a city in 辽宁 and districts in 北京 and 长春 (吉林): every province is offered, the city first.
    expect(found('朝阳')).toEqual(['辽宁←朝阳市', '北京←朝阳区', '吉林←朝阳区']);
  });

  it('still finds provinces by name and pinyin before the division data has loaded', () => {
    expect(found('广州', [])).toEqual([]);
    expect(found('gd', [])).toEqual(['广东']);
    expect(found('沪', [])).toEqual(['上海']);
  });

  it('leaves out the grouping rows of the division lists', () => {
    expect(places.some((p) => /市辖区|直辖/.test(p.name))).toBe(false);
    expect(places.every((p) => /^\d\d$/.test(p.provinceCode))).toBe(true);
    // Every one of our 31 regions has cities in the data.
    for (const region of regions) expect(places.some((p) => p.provinceCode === region.code && p.level === 'city'), region.code).toBe(true);
  });
});
