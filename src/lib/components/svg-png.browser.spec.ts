import { describe, expect, it } from 'vitest';
import { svgToPng } from './svg-png';

/**
 * The PNG of a drawing in another script, in real Chromium: this machine's system fonts have no
 * Chinese nor Devanagari, so without the fonts carried inside the SVG two different characters both
 * draw as the same empty box.
 */

const drawing = (text: string) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">` +
	`<text x="10" y="28" font-size="24" font-family="Roboto, 'Noto Sans SC', 'Noto Sans Devanagari', sans-serif">${text}</text></svg>`;

async function pixels(svg: string): Promise<Uint8ClampedArray> {
	const png = await svgToPng(svg, 'map');
	const bitmap = await createImageBitmap(png);
	const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
	const context = canvas.getContext('2d')!;
	context.drawImage(bitmap, 0, 0);
	return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
}

const differing = (a: Uint8ClampedArray, b: Uint8ClampedArray) =>
	a.reduce((count, value, index) => count + (Math.abs(value - b[index]!) > 64 ? 1 : 0), 0);

describe('svgToPng with other scripts', () => {
	it.each([
		['北', '京'],
		['क', 'ख']
	])('draws %s and %s as different glyphs, not as the same box', async (first, second) => {
		const [a, b] = await Promise.all([pixels(drawing(first)), pixels(drawing(second))]);
		expect(a.length).toBe(b.length);
		expect(differing(a, b)).toBeGreaterThan(40);
	});
});
