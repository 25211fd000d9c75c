import css from './map.css?raw';
import { downloadBlob } from '../../components/download';
import { fileStem } from '../../export/file-name';
import { renderSceneSvg } from './render-svg';
import type { MapScene } from './scene';

/** A file name from the workshop title and the map, e.g. "riverside-stakeholders-map.svg". */
export function mapFileName(
	workshopTitle: string,
	scene: Pick<MapScene, 'kind'>,
	ext: 'svg' | 'png'
): string {
	return `${fileStem(workshopTitle)}-${scene.kind}-map.${ext}`;
}

export function mapSvg(scene: MapScene): string {
	return renderSceneSvg(scene, { css });
}

export function downloadMapSvg(scene: MapScene, workshopTitle: string): void {
	downloadBlob(
		new Blob([mapSvg(scene)], { type: 'image/svg+xml' }),
		mapFileName(workshopTitle, scene, 'svg')
	);
}

/** Draws the standalone SVG onto a canvas at twice its size, for slides and chat messages. */
export async function downloadMapPng(scene: MapScene, workshopTitle: string): Promise<void> {
	const svg = mapSvg(scene);
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.decoding = 'async';
		image.src = url;
		await image.decode();
		const scale = 2;
		const canvas = document.createElement('canvas');
		canvas.width = Math.ceil(image.naturalWidth * scale);
		canvas.height = Math.ceil(image.naturalHeight * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw the map as an image.');
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, canvas.width, canvas.height);
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!png)
			throw new Error('The map is too large to save as an image; download the SVG instead.');
		downloadBlob(png, mapFileName(workshopTitle, scene, 'png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}
