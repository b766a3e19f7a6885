/** Kinds as in the research file: WeChat official accounts are 'web' (they serve pages inside WeChat). */
export const channelKinds = ['app', 'miniprogram', 'web', 'hotline', 'offline'] as const;
export type ChannelKind = (typeof channelKinds)[number];

/**
 * high: an official page or a verbatim repost, recent. medium: a repost or press, or official but
 * old or city-level only. low: a weak or machine-translated source, or likely outdated.
 */
export type Confidence = 'high' | 'medium' | 'low';

/**
 * Who publishes the page a channel's facts come from, judged by the page's host (see
 * shared/reference/regional-channels.md): a government site, a party or state news outlet, the
 * app's own page, a commercial news site, or a content farm / mirror that copies other pages.
 */
export const sourceKinds = ['gov', 'official-media', 'official-app', 'news', 'aggregator'] as const;
export type SourceKind = (typeof sourceKinds)[number];

export type Channel = {
  /** `<region code>-<position>`, stable as long as the research file keeps its order. */
  id: string;
  nameZh: string;
  kind: ChannelKind;
  notesZh: string;
  /** null only where the research kept the source's title but lost its address (the screen says so). */
  sourceUrl: string | null;
  /** Publication date of the source: YYYY, YYYY-MM or YYYY-MM-DD; null where the source gave none. */
  sourceDate: string | null;
  /** Who publishes the source page; null exactly where sourceUrl is null. */
  sourceKind: SourceKind | null;
  /** The page the facts came from before an official one replaced it (often with more detailed steps). */
  secondarySourceUrl: string | null;
  confidence: Confidence;
};

export type Region = {
  /** GB/T 2260 two-digit provincial code. */
  code: string;
  nameZh: string;
  shortNameZh: string;
  nameZhTw: string;
  nameEn: string;
  /** Pinyin of the short name without tones or spaces, e.g. "guangdong". */
  pinyin: string;
  /** First letters of each syllable, e.g. "gd". */
  initials: string;
  pinyinAliases: readonly string[];
  /** One-character abbreviations (简称) people know from car plates and news: 粤, 沪, 黔 or 贵 … */
  abbreviations: readonly string[];
  /** The region's own channels; empty where the research found no source (use the national ones). */
  channels: readonly Channel[];
  cycleNotesZh: string | null;
  /** Research caveat for maintainers (English); not shown to users. */
  caveatEn: string | null;
};

export type NationalChannels = {
  code: '00';
  nameZh: string;
  nameEn: string;
  channels: readonly Channel[];
  cycleNotesZh: string | null;
  caveatEn: string | null;
};
