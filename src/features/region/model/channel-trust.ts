import type { Channel, SourceKind } from './region';

/** Pages published by the state itself: a government site, a party/state outlet, the app's own page. */
const officialKinds: ReadonlySet<SourceKind> = new Set(['gov', 'official-media', 'official-app']);

export function isOfficialSource(kind: SourceKind | null): boolean {
  return kind !== null && officialKinds.has(kind);
}

/**
 * What the card tells the person about a channel, in one plain sentence (region locale
 * `channel.advice.*`):
 * - official: an official page names it, and the research found it recent and reliable;
 * - officialOld: an official page names it, but the page is old or only for one city;
 * - unofficial: only reposts or news name it: "no official word; if unsure, call 12333";
 * - weak: the research itself doubts it (old, machine-translated or AI-written): ask first.
 */
export type ChannelAdvice = 'official' | 'officialOld' | 'unofficial' | 'weak';

export function channelAdvice(channel: Channel): ChannelAdvice {
  if (channel.confidence === 'low') return 'weak';
  if (!isOfficialSource(channel.sourceKind)) return 'unofficial';
  return channel.confidence === 'high' ? 'official' : 'officialOld';
}

/** One page behind a channel. 'earlier' = the repost an official page replaced (its host was not classified). */
export type ChannelSource = { url: string; kind: SourceKind | 'earlier'; date: string | null };

const sourceOrder: Record<ChannelSource['kind'], number> = {
  gov: 0,
  'official-media': 1,
  'official-app': 2,
  news: 3,
  aggregator: 4,
  earlier: 5,
};

/** The pages behind a channel, official ones first; none where the research kept no address. */
export function channelSources(channel: Channel): ChannelSource[] {
  const sources: ChannelSource[] = [];
  if (channel.sourceUrl !== null && channel.sourceKind !== null) {
    sources.push({ url: channel.sourceUrl, kind: channel.sourceKind, date: channel.sourceDate });
  }
  if (channel.secondarySourceUrl !== null && channel.secondarySourceUrl !== channel.sourceUrl) {
    sources.push({ url: channel.secondarySourceUrl, kind: 'earlier', date: null });
  }
  return sources.sort((a, b) => sourceOrder[a.kind] - sourceOrder[b.kind]);
}

/** The host name people can recognise ("hrss.gd.gov.cn"), without "www.". */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
