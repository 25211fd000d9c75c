import { downloadBlob } from './download';
import { mapFileName } from '../export/file-name';
import type { MapScene } from '../maps/shared/scene';
import { mapSvg } from '../maps/svg';

/** Saves a map as the file the toolbar asked for. */
export async function downloadMap(
	scene: MapScene,
	workshopTitle: string,
	format: 'svg' | 'png'
): Promise<void> {
	if (format === 'svg') downloadMapSvg(scene, workshopTitle);
	else await downloadMapPng(scene, workshopTitle);
}

function downloadMapSvg(scene: MapScene, workshopTitle: string): void {
	downloadBlob(
		new Blob([mapSvg(scene)], { type: 'image/svg+xml' }),
		mapFileName(workshopTitle, scene, 'svg')
	);
}

/** Draws the standalone SVG onto a canvas at twice its size, for slides and chat messages. */
async function downloadMapPng(scene: MapScene, workshopTitle: string): Promise<void> {
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
