/**
 * The text of `<text>` and `<tspan>` elements in an SVG document Canal drew: the PDF draws it in
 * font runs, the PNG embeds the fonts it needs. Every piece of it was escaped on the way in.
 */

/** The character data right before `</text>`, `</tspan>` or a `<tspan`. */
export const SVG_TEXT = />([^<>]+)(?=<\/text>|<\/tspan>|<tspan[\s>])/g;

const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&apos;': "'"
};

export function unescapeXml(text: string): string {
	return text.replace(/&(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);/gi, (entity) => {
		if (entity[1] === '#') {
			const hex = entity[2] === 'x' || entity[2] === 'X';
			return String.fromCodePoint(parseInt(entity.slice(hex ? 3 : 2, -1), hex ? 16 : 10));
		}
		return ENTITIES[entity] ?? entity;
	});
}

/** Every text of the document, unescaped. */
export function svgTexts(svg: string): string[] {
	return [...svg.matchAll(SVG_TEXT)].map(([, escaped]) => unescapeXml(escaped!));
}
