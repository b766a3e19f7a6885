/**
 * What other features may use of region/ (the guide and practice name the chosen region's main channel;
 * the due-date form asks for the province with the same data and search); see docs/structure.md.
 */
export { channelSearchName, regionShortName } from './data/region-text';
export { RegionPicker } from './components/region-picker';
export { useChosenRegion } from './hooks/use-chosen-region';
export { mainRegionalChannel } from './model/pick-channels';
