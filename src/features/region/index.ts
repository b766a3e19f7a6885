/** What other features may use of region/ (the guide names the chosen region's main channel); see docs/structure.md. */
export { channelSearchName, regionShortName } from './data/region-text';
export { useChosenRegion } from './hooks/use-chosen-region';
export { mainRegionalChannel } from './model/pick-channels';
