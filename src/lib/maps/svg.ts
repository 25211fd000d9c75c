import { fitEffortScene } from './platform/fit-effort-layout';
import { platformMapScene } from './platform/layout';
import css from './shared/map.css?raw';
import { renderSceneSvg } from './shared/render-svg';
import type { MapOptions, MapPlan } from './shared/scene';
import { stakeholderMapScene } from './stakeholder/layout';
import { salienceMapScene } from './stakeholder/salience-layout';

/**
 * The maps as standalone SVG documents, for downloads and the PDF: the same scenes the screen
 * draws, rendered with the same stylesheet.
 */

export function stakeholderMapSvg(plan: MapPlan, options?: MapOptions): string {
	return renderSceneSvg(stakeholderMapScene(plan, options), { css });
}

export function salienceMapSvg(plan: MapPlan, options?: MapOptions): string {
	return renderSceneSvg(salienceMapScene(plan, options), { css });
}

export function platformMapSvg(plan: MapPlan, options?: MapOptions): string {
	return renderSceneSvg(platformMapScene(plan, options), { css });
}

export function fitEffortSvg(plan: MapPlan, options?: MapOptions): string {
	return renderSceneSvg(fitEffortScene(plan, options), { css });
}
