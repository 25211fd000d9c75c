/**
 * User text inside an SVG document: always text, never markup. Names are typed by anyone in a
 * shared workshop, so a name must not be able to end an element, add an attribute, or make the
 * document unreadable to an XML parser (which then shows nothing at all).
 */

/** Code points XML 1.0 forbids (or that only ever arrive by accident): dropped, not escaped. */
function isForbidden(codePoint: number): boolean {
	if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d) return false;
	return (
		codePoint < 0x20 ||
		(codePoint >= 0x7f && codePoint <= 0x9f) ||
		(codePoint >= 0xd800 && codePoint <= 0xdfff) ||
		codePoint === 0xfffe ||
		codePoint === 0xffff
	);
}

/** Removes control characters, lone surrogates and U+FFFE/U+FFFF. */
export function stripInvalidXml(text: string): string {
	let clean = '';
	// Iterating a string yields whole surrogate pairs, and a lone surrogate on its own.
	for (const char of text) {
		if (!isForbidden(char.codePointAt(0) ?? 0)) clean += char;
	}
	return clean;
}

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/** Safe as element text and inside either kind of attribute quotes. */
export function escapeXml(text: string): string {
	return stripInvalidXml(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? '');
}

/** A number as SVG wants it: at most 2 decimals, never `-0`, `NaN` or `Infinity`. */
export function formatNumber(value: number): string {
	if (!Number.isFinite(value)) return '0';
	const rounded = Math.round(value * 100) / 100;
	return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Class names: letters, digits, `-` and `_`, separated by single spaces. */
export function cleanClassName(className: string): string {
	return className
		.split(/\s+/)
		.filter((name) => /^[A-Za-z_][\w-]*$/.test(name))
		.join(' ');
}

/** Colours: hex, a colour keyword, or rgb()/rgba()/hsl() of plain numbers; anything else (url(…)) is refused. */
export function cleanColor(color: string | undefined): string | undefined {
	if (color === undefined) return undefined;
	const value = color.trim();
	if (/^#[0-9a-f]{3,8}$/i.test(value) || /^[a-z]{3,30}$/i.test(value)) return value;
	if (/^(rgb|rgba|hsl|hsla)\(\s*[\d.\s,%]+\)$/i.test(value)) return value;
	return undefined;
}

/**
 * SVG path data as commands and rounded numbers (long decimals from the layout math would bloat
 * the file). Anything that is not path data empties the path: a broken link is better than markup.
 */
export function cleanPathData(d: string): string {
	if (!/^[MmLlHhVvCcSsQqTtAaZz\d\s.,eE+-]*$/.test(d)) return '';
	const tokens = d.match(/[MmLlHhVvCcSsQqTtAaZz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
	return tokens
		.map((token) => (/^[A-Za-z]$/.test(token) ? token : formatNumber(Number(token))))
		.join(' ')
		.replace(/ ?([A-Za-z]) ?/g, '$1');
}
