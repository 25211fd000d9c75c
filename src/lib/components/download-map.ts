import { downloadBlob } from './download';
import { mapFileName } from '../export/file-name';
import type { MapScene } from '../maps/shared/scene';
import { mapSvg } from '../maps/svg';
import { svgToPng } from './svg-png';

/** Saves a map as the file the toolbar asked for. */
export async function downloadMap(
	scene: MapScene,
	workshopTitle: string,
	format: 'svg' | 'png'
): Promise<void> {
	const svg = mapSvg(scene);
	const blob =
		format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, 'map');
	downloadBlob(blob, mapFileName(workshopTitle, scene, format));
}
