import { channelSearchName, regionShortName, useChosenRegion, mainRegionalChannel } from '../../region';

/**
 * Names to use in the guide's sentences: the chosen region and its most trusted phone channel
 * ("广东", "粤省事"), or nulls when no region is chosen or none of its channels is well sourced, in
 * which case the guide names only the national channels.
 */
export function useGuideChannel(): { regionName: string | null; channelName: string | null } {
  const { region, language } = useChosenRegion();
  if (!region) return { regionName: null, channelName: null };
  const channel = mainRegionalChannel(region);
  return { regionName: regionShortName(region, language), channelName: channel ? channelSearchName(channel) : null };
}
