import { isOfficialSource } from './channel-trust';
import type { Channel, Confidence, Region } from './region';

const confidenceOrder: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

/** Channels a person can use on a phone (not places to go to or numbers to call). */
export function isOnlineChannel(channel: Channel): boolean {
  return channel.kind === 'app' || channel.kind === 'miniprogram' || channel.kind === 'web';
}

/**
 * The region's own phone channel to name in the step-by-step guide ("在‘粤省事’里找…"): the most
 * trusted one, then one an official page names, then the first listed. Null when the region has none at high or medium
 * confidence, so the guide never sends anyone to a channel the research could not confirm.
 */
export function mainRegionalChannel(region: Region): Channel | null {
  const candidates = region.channels
    .filter((c) => isOnlineChannel(c) && c.confidence !== 'low')
    .map((channel, index) => ({ channel, index }))
    .sort(
      (a, b) =>
        confidenceOrder[a.channel.confidence] - confidenceOrder[b.channel.confidence] ||
        Number(isOfficialSource(b.channel.sourceKind)) - Number(isOfficialSource(a.channel.sourceKind)) ||
        a.index - b.index,
    );
  return candidates[0]?.channel ?? null;
}

/** True when the research found no channel of the region's own: only the national ones apply. */
export function hasNoSourcedChannel(region: Region): boolean {
  return region.channels.length === 0;
}
