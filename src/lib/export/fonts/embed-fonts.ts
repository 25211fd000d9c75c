import { faceFor, familyOrder, type FontFace } from './font-faces';
import { needsScripts } from './script-runs';
import { svgTexts } from './svg-text';

/**
 * An SVG drawn as an image (for PNG) cannot use the page's fonts nor fetch any: only the fonts of
 * the system. So the Noto slices its text needs go inside it, as `@font-face` rules with the
 * files as data URLs, under the family names the drawing's `font-family` lists. The browser then
 * shapes and orders the text itself. A drawing in Latin letters gets nothing added.
 */

function base64(bytes: Uint8Array): string {
	let binary = '';
	for (let at = 0; at < bytes.length; at += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
	return btoa(binary);
}

const rangeCss = (face: FontFace) =>
	face.ranges
		.map(([first, last]) =>
			first === last ? `U+${first.toString(16)}` : `U+${first.toString(16)}-${last.toString(16)}`
		)
		.join(',');

export async function withEmbeddedFonts(svg: string): Promise<string> {
	const texts = svgTexts(svg).filter(needsScripts);
	if (texts.length === 0) return svg;
	const { NOTO_FAMILIES } = await import('./noto-faces');
	const faces = new Set<FontFace>();
	const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
	for (const text of texts) {
		const order = familyOrder(text, NOTO_FAMILIES);
		for (const { segment } of segmenter.segment(text)) {
			const face = faceFor(segment, order);
			if (face) faces.add(face);
		}
	}
	const rules = await Promise.all(
		[...faces].map(async (face) => {
			const response = await fetch(face.url);
			if (!response.ok) throw new Error(`A font for the image could not be loaded.`);
			const data = base64(new Uint8Array(await response.arrayBuffer()));
			return (
				`@font-face{font-family:'${face.cssFamily}';src:url(data:font/woff;base64,${data}) ` +
				`format('woff');unicode-range:${rangeCss(face)}}`
			);
		})
	);
	const open = svg.indexOf('>', svg.indexOf('<svg'));
	return `${svg.slice(0, open + 1)}<style>${rules.join('')}</style>${svg.slice(open + 1)}`;
}
