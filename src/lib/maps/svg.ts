import { fitEffortScene } from './platform/fit-effort-layout';
import { platformMapScene } from './platform/layout';
import css from './shared/map.css?raw';
import { renderSceneSvg } from './shared/render-svg';
import type { MapOptions, MapPlan, MapScene } from './shared/scene';
import { stakeholderMapScene } from './stakeholder/layout';
import { salienceMapScene } from './stakeholder/salience-layout';

/**
 * A scene as a standalone SVG document: the one way a map leaves the screen (downloads and the
 * PDF), drawn with the same stylesheet the screen uses.
 */
export function mapSvg(scene: MapScene): string {
	return renderSceneSvg(scene, { css });
}

export function stakeholderMapSvg(plan: MapPlan, options?: MapOptions): string {
	return mapSvg(stakeholderMapScene(plan, options));
}

export function salienceMapSvg(plan: MapPlan, options?: MapOptions): string {
	return mapSvg(salienceMapScene(plan, options));
}

export function platformMapSvg(plan: MapPlan, options?: MapOptions): string {
	return mapSvg(platformMapScene(plan, options));
}

export function fitEffortSvg(plan: MapPlan, options?: MapOptions): string {
	return mapSvg(fitEffortScene(plan, options));
}
