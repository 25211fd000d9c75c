import { fitEffortSvg, platformMapSvg, salienceMapSvg, stakeholderMapSvg } from '../maps/svg';
import type { MapDrawers } from './map-svgs';

/** The map renderers the exports draw with, one per map a report can place. */
export const MAP_DRAWERS: MapDrawers = {
	stakeholders: stakeholderMapSvg,
	salience: salienceMapSvg,
	platforms: platformMapSvg,
	'fit-effort': fitEffortSvg
};
