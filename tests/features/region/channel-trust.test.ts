import { describe, expect, it } from 'vitest';
import { channelAdvice, channelSources, isOfficialSource, sourceHost } from '../../../src/features/region/model/channel-trust';
import type { Channel } from '../../../src/features/region/model/region';

const base: Channel = {
  id: '99-1',
  nameZh: '某某人社 APP',
  kind: 'app',
  notesZh: '首页→资格认证→刷脸。',
  sourceUrl: 'https://hrss.example.gov.cn/notice.html',
  sourceDate: '2024-01-02',
  sourceKind: 'gov',
  secondarySourceUrl: null,
  confidence: 'high',
};

describe('channel advice', () => {
  it('counts government sites, official media and the app’s own page as official', () => {
    expect(['gov', 'official-media', 'official-app'].map((k) => isOfficialSource(k as Channel['sourceKind']))).toEqual([true, true, true]);
    expect([isOfficialSource('news'), isOfficialSource('aggregator'), isOfficialSource(null)]).toEqual([false, false, false]);
  });

  it('trusts an official, reliable source; warns about an official but old one', () => {
    expect(channelAdvice(base)).toBe('official');
    expect(channelAdvice({ ...base, sourceKind: 'official-media', confidence: 'medium' })).toBe('officialOld');
  });

  it('says there is no official word where only reposts or news name a channel', () => {
    expect(channelAdvice({ ...base, sourceKind: 'aggregator', confidence: 'medium' })).toBe('unofficial');
    expect(channelAdvice({ ...base, sourceKind: 'news', confidence: 'high' })).toBe('unofficial');
    expect(channelAdvice({ ...base, sourceUrl: null, sourceKind: null, confidence: 'medium' })).toBe('unofficial');
  });

  it('asks the person to check first whenever the research doubts the channel, even on an official page', () => {
    expect(channelAdvice({ ...base, confidence: 'low' })).toBe('weak');
    expect(channelAdvice({ ...base, sourceKind: 'aggregator', confidence: 'low' })).toBe('weak');
  });
});

describe('channel sources', () => {
  it('lists the official page before the earlier repost it replaced', () => {
    const sources = channelSources({ ...base, secondarySourceUrl: 'http://m.bendibao.example/123.html' });
    expect(sources).toEqual([
      { url: base.sourceUrl, kind: 'gov', date: '2024-01-02' },
      { url: 'http://m.bendibao.example/123.html', kind: 'earlier', date: null },
    ]);
  });

  it('has nothing to link where the research kept no address, and never lists one page twice', () => {
    expect(channelSources({ ...base, sourceUrl: null, sourceKind: null })).toEqual([]);
    expect(channelSources({ ...base, secondarySourceUrl: base.sourceUrl })).toHaveLength(1);
  });

  it('shows the host people can recognise', () => {
    expect(sourceHost('https://www.bjdch.gov.cn/ztzl/x.html')).toBe('bjdch.gov.cn');
    expect(sourceHost('http://218.77.183.78:5555/')).toBe('218.77.183.78');
  });
});
