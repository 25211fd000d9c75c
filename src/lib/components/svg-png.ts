import { withEmbeddedFonts } from '../export/fonts/embed-fonts';
import { m } from '../paraglide/messages.js';

/** The most pixels a downloaded image gets: a wall-sized board stays an image a slide can take. */
const MAX_PIXELS = 24_000_000;

/**
 * A standalone SVG document drawn onto a canvas, as PNG: at twice its size for slides and chat
 * messages, less when that would pass MAX_PIXELS. `what` names the drawing in error messages.
 */
export async function svgToPng(svg: string, what: 'map' | 'board'): Promise<Blob> {
	// Other scripts than Latin, Greek and Cyrillic print with the fonts the PDF uses, carried inside.
	const drawn = await withEmbeddedFonts(svg);
	const url = URL.createObjectURL(new Blob([drawn], { type: 'image/svg+xml' }));
	try {
		if (drawn !== svg) {
			// Text in a font that is still loading draws as nothing, and an image's decode() does not
			// wait for its fonts: a first image loads them, the one drawn finds them ready.
			await loadImage(url);
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		const image = await loadImage(url);
		const area = Math.max(1, image.naturalWidth * image.naturalHeight);
		const scale = Math.min(2, Math.sqrt(MAX_PIXELS / area));
		const canvas = document.createElement('canvas');
		canvas.width = Math.max(1, Math.floor(image.naturalWidth * scale));
		canvas.height = Math.max(1, Math.floor(image.naturalHeight * scale));
		const context = canvas.getContext('2d');
		if (!context)
			throw new Error(what === 'map' ? m.image_map_cannot_draw() : m.image_board_cannot_draw());
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, canvas.width, canvas.height);
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!png) throw new Error(what === 'map' ? m.image_map_too_large() : m.image_board_too_large());
		return png;
	} finally {
		URL.revokeObjectURL(url);
	}
}

async function loadImage(url: string): Promise<HTMLImageElement> {
	const image = new Image();
	image.decoding = 'async';
	image.src = url;
	await image.decode();
	return image;
}
