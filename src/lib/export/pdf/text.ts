/**
 * User text on its way into a PDF text node. pdfmake never interprets markup, so escaping is not
 * needed; what is needed is that the text can be laid out at all.
 */

/** C0/C1 controls other than newline and tab have no glyph and can upset the font subsetter. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Runs longer than this can break anywhere; a long German word or a URL in a narrow column. */
const LONGEST_UNBROKEN = 24;
const ZERO_WIDTH_SPACE = '\u200b';

/** Characters after which a long run reads well when broken: the joints of URLs and markup. */
const JOINT = /[/\\>)\]}.,;:?&=_|+]/u;

/**
 * pdfmake only breaks lines at spaces and hyphens, so one long word in a table column pushes the
 * column past the page edge. Zero-width spaces inside long runs give the line breaker places to
 * break: first after joints (`/`, `>`, `.`...), then every few characters in whatever is still
 * too long. They are invisible, and text extraction drops them.
 */
export function breakable(text: string): string {
	if (text.length <= LONGEST_UNBROKEN) return text;
	const run = new RegExp(`[^\\s\\-\\u200b]{${LONGEST_UNBROKEN + 1},}`, 'gu');
	return text.replace(run, (word) => {
		const chars = [...word];
		const pieces: string[][] = [[]];
		chars.forEach((char, index) => {
			pieces[pieces.length - 1]!.push(char);
			if (JOINT.test(char) && index < chars.length - 1) pieces.push([]);
		});
		return pieces
			.map((piece) => (piece.length > LONGEST_UNBROKEN ? chopped(piece) : piece.join('')))
			.join(ZERO_WIDTH_SPACE);
	});
}

function chopped(chars: readonly string[]): string {
	let out = '';
	chars.forEach((char, index) => {
		// Never between a letter and the accent that follows it.
		if (index > 0 && index % 12 === 0 && !/\p{M}/u.test(char)) out += ZERO_WIDTH_SPACE;
		out += char;
	});
	return out;
}

/**
 * Symbols people and the maps use that Roboto has no glyph for (it covers Latin, Greek and
 * Cyrillic, not arrows): drawn as an empty box otherwise. Plain-text stand-ins read the same.
 */
const SUBSTITUTES: Record<string, string> = {
	'→': '->',
	'←': '<-',
	'↔': '<->',
	'⇒': '=>',
	'⇐': '<=',
	'↑': '(up)',
	'↓': '(down)'
};
const MISSING = new RegExp(`[${Object.keys(SUBSTITUTES).join('')}]`, 'gu');

/** Stand-ins for missing glyphs; `xml` for an SVG document, where a stand-in's `<` is markup. */
export function withGlyphs(text: string, xml = false): string {
	return text.replace(MISSING, (char) => {
		const substitute = SUBSTITUTES[char] ?? char;
		return xml ? substitute.replace(/</g, '&lt;').replace(/>/g, '&gt;') : substitute;
	});
}

export function pdfText(text: string): string {
	return breakable(
		withGlyphs(text.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(/\t/g, ' '))
	);
}
