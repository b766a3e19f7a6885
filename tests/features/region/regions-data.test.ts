import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelText, cycleText } from '../../../src/features/region/data/channel-text';
import { channelNotes } from '../../../src/features/region/data/region-text';
import { national, regions } from '../../../src/features/region/data/regions';
import { sourceKinds } from '../../../src/features/region/model/region';
import { hasNoSourcedChannel, mainRegionalChannel } from '../../../src/features/region/model/pick-channels';
import { searchRegions } from '../../../src/features/region/model/search-regions';

/**
 * The research the data is generated from lives in ../shared (beside the project, as in CI). Where it
 * is missing these two tests are reported as skipped, with the reason in their names, instead of
 * passing without checking anything.
 */
const researchPath = path.resolve(import.meta.dirname, '../../../../shared/reference/regional-channels.json');
const hasResearch = existsSync(researchPath);
const skippedWithoutResearch = hasResearch ? '' : ' (skipped: ../shared/reference/regional-channels.json is not beside the project)';

// GB/T 2260 provincial-level codes (31 regions of the mainland; 71/81/82 are not covered by the research).
const gbt2260Codes = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44',
  '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
];

const allChannels = [...national.channels, ...regions.flatMap((r) => r.channels)];

function names(query: string): string[] {
  return searchRegions(regions, query).map((r) => r.shortNameZh);
}

describe('regional channel data', () => {
  it('has all 31 provincial-level regions with valid GB/T 2260 codes, plus the national entry', () => {
    expect(regions.map((r) => r.code).sort()).toEqual(gbt2260Codes);
    expect(national.code).toBe('00');
    expect(national.channels.length).toBeGreaterThanOrEqual(5);
    expect(national.channels.map((c) => c.nameZh)).toEqual(
      expect.arrayContaining(['掌上12333', '国家社会保险公共服务平台']),
    );
  });

  it('gives every channel a source address and a date, or keeps their absence explicit', () => {
    const withoutUrl = allChannels.filter((c) => c.sourceUrl === null).map((c) => c.id);
    // The research kept only a title for this one; the screen says the address is missing.
    expect(withoutUrl).toEqual(['15-2']);
    for (const channel of allChannels) {
      if (channel.sourceUrl !== null) expect(channel.sourceUrl, channel.id).toMatch(/^https?:\/\/[^\s]+$/);
      if (channel.sourceDate !== null) expect(channel.sourceDate, channel.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(['high', 'medium', 'low']).toContain(channel.confidence);
    }
    // Some dates are unknown in the research; they stay null (shown as "date unknown"), never invented.
    expect(allChannels.some((c) => c.sourceDate === null)).toBe(true);
  });

  it('says who publishes every source page, and keeps the earlier page where an official one replaced it', () => {
    for (const channel of allChannels) {
      if (channel.sourceUrl === null) expect(channel.sourceKind, channel.id).toBeNull();
      else expect(sourceKinds, channel.id).toContain(channel.sourceKind);
      if (channel.secondarySourceUrl !== null) expect(channel.secondarySourceUrl, channel.id).toMatch(/^https?:\/\/\S+$/);
    }
    const official = allChannels.filter((c) => c.sourceKind === 'gov' || c.sourceKind === 'official-media');
    expect(official.length).toBeGreaterThanOrEqual(37);
    // Regions with at least one officially sourced channel of their own: 15 since the 2026-12 review.
    const withOfficial = regions.filter((r) => r.channels.some((c) => c.sourceKind === 'gov' || c.sourceKind === 'official-media'));
    expect(withOfficial).toHaveLength(15);
    expect(allChannels.find((c) => c.nameZh === '北京通 APP')?.secondarySourceUrl).toMatch(/^https?:/);
  });

  it('flags exactly the one region with no sourced channel of its own (上海 and 贵州 now have theirs)', () => {
    expect(regions.filter(hasNoSourcedChannel).map((r) => r.shortNameZh)).toEqual(['新疆']);
  });

  it('has Traditional Chinese and English text for every channel and every cycle note', () => {
    expect(Object.keys(channelText).sort()).toEqual(allChannels.map((c) => c.id).sort());
    for (const [id, text] of Object.entries(channelText)) {
      for (const value of [text.name['zh-TW'], text.name.en, text.notes['zh-TW'], text.notes.en]) {
        expect(value.trim(), id).not.toBe('');
      }
      expect(text.get.length, id).toBeGreaterThan(0);
    }
    const withCycle = [national, ...regions].filter((r) => r.cycleNotesZh !== null).map((r) => r.code);
    expect(Object.keys(cycleText).sort()).toEqual(withCycle.sort());
  });

  it('keeps each hand-written text on the channel it was written for (ids are positions in the research file)', () => {
    for (const channel of allChannels) {
      const onScreen = channelText[channel.id]?.onScreen;
      if (onScreen) expect(`${channel.nameZh} ${channel.notesZh}`, channel.id).toContain(onScreen);
    }
  });

  it('shows what to do, not research notes: no talk of reposts, confidence or source fields on any card', () => {
    const researchTalk = /secondary_source_url|H5|source_url|置信|可信度|转载|轉載|镜像|資訊網站|资讯|原文|AI|machine-translated|low confidence|confidence/;
    for (const channel of allChannels) {
      for (const language of ['zh-CN', 'zh-TW', 'en'] as const) {
        expect(channelNotes(channel, language), `${channel.id} ${language}`).not.toMatch(researchTalk);
      }
    }
  });

  it('has unique channel ids and region names in three scripts', () => {
    expect(new Set(allChannels.map((c) => c.id)).size).toBe(allChannels.length);
    for (const region of regions) {
      expect(region.nameZh).toContain(region.shortNameZh);
      expect(region.nameZhTw).not.toBe('');
      expect(region.nameEn).toMatch(/^[A-Z]/);
      expect(region.initials).toMatch(/^[a-z]{2,4}$/);
    }
  });

  it.skipIf(!hasResearch)(`matches the research file it was generated from${skippedWithoutResearch}`, () => {
    type ResearchChannel = {
      name_zh: string;
      source_url: string | null;
      source_date: string | null;
      source_kind: string | null;
      secondary_source_url?: string;
      confidence: string;
    };
    const research = JSON.parse(readFileSync(researchPath, 'utf8')) as { regions: { code: string; channels: ResearchChannel[] }[] };
    const ours = [national, ...regions];
    expect(research.regions.map((r) => r.code)).toEqual(ours.map((r) => r.code));
    for (const [i, entry] of research.regions.entries()) {
      expect(
        ours[i]?.channels.map((c) => [c.nameZh, c.sourceUrl, c.sourceDate, c.sourceKind, c.secondarySourceUrl, c.confidence]),
        entry.code,
      ).toEqual(
        entry.channels.map((c) => [c.name_zh, c.source_url, c.source_date, c.source_kind, c.secondary_source_url ?? null, c.confidence]),
      );
    }
  });

  it.skipIf(!hasResearch)(`is exactly what scripts/import-regions.mjs generates${skippedWithoutResearch}`, () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const output = execFileSync(process.execPath, ['scripts/import-regions.mjs', '--check'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    expect(output).toContain('up to date');
  });
});

describe('searchRegions', () => {
  it('finds regions by pinyin initials', () => {
    expect(names('gd')[0]).toBe('广东');
    expect(names('hlj')).toEqual(['黑龙江']);
    expect(names('nmg')).toEqual(['内蒙古']);
    expect(names('sx')).toEqual(expect.arrayContaining(['山西', '陕西']));
  });

  it('finds regions by Chinese name, Simplified or Traditional', () => {
    expect(names('广东')).toEqual(['广东']);
    expect(names('广东省')).toEqual(['广东']);
    expect(names('廣東')).toEqual(['广东']);
    expect(names('江')).toEqual(expect.arrayContaining(['黑龙江', '江苏', '浙江', '江西']));
  });

  it('finds regions by full pinyin or English name, ignoring case and spaces', () => {
    expect(names('guangdong')).toEqual(['广东']);
    expect(names('Guang Dong')).toEqual(['广东']);
    expect(names('shaanxi')).toEqual(['陕西']);
    expect(names('inner')).toEqual(['内蒙古']);
    expect(names('heilong')).toEqual(['黑龙江']);
  });

  it('returns every region for an empty query and none for nonsense', () => {
    expect(searchRegions(regions, '  ')).toHaveLength(31);
    expect(names('qqqq')).toEqual([]);
  });
});

describe('mainRegionalChannel', () => {
  const region = (short: string) => {
    const found = regions.find((r) => r.shortNameZh === short);
    if (!found) throw new Error(short);
    return found;
  };

  it('names the most trusted phone channel of the region', () => {
    expect(mainRegionalChannel(region('广东'))?.nameZh).toBe('粤省事（微信小程序）');
    expect(mainRegionalChannel(region('黑龙江'))?.nameZh).toBe('龙江人社（支付宝小程序）');
  });

  it('prefers a channel an official page names among equally trusted ones', () => {
    expect(mainRegionalChannel(region('上海'))?.nameZh).toBe('“随申办市民云”（APP、微信/支付宝小程序）');
    // 天津: four high channels; the official account listed first wins.
    expect(mainRegionalChannel(region('天津'))?.nameZh).toBe('津社保（微信公众号）');
  });

  it('names none where the region has no channel or only weakly sourced ones', () => {
    expect(mainRegionalChannel(region('新疆'))).toBeNull();
    expect(mainRegionalChannel(region('青海'))).toBeNull();
  });
});
