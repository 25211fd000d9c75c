/**
 * A deterministic estimate of how wide a line of text renders, so labels can be placed the same
 * way in Node (SVG export) and in the browser, without measuring with the DOM. The numbers are
 * Helvetica/Arial advance widths in thousandths of an em: close to the system sans-serif fonts
 * map.css asks for, and a little generous for most of them.
 */

// Printable ASCII from space (32) to tilde (126).
const ASCII_WIDTHS = [
	//  !"#$%&'()*+,-./
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
	// 0123456789:;<=>?
	556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
	// @ABCDEFGHIJKLMNO
	1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
	// PQRSTUVWXYZ[\]^_
	667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
	// `abcdefghijklmno
	333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
	// pqrstuvwxyz{|}~
	556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584
];

/** Code points that draw nothing of their own: combining marks, joiners, variation selectors. */
function isZeroWidth(codePoint: number): boolean {
	return (
		codePoint < 32 ||
		(codePoint >= 0x7f && codePoint < 0xa0) ||
		(codePoint >= 0x0300 && codePoint <= 0x036f) ||
		(codePoint >= 0x0483 && codePoint <= 0x0489) ||
		(codePoint >= 0x0591 && codePoint <= 0x05bd) ||
		(codePoint >= 0x064b && codePoint <= 0x065f) ||
		(codePoint >= 0x1ab0 && codePoint <= 0x1aff) ||
		(codePoint >= 0x1dc0 && codePoint <= 0x1dff) ||
		(codePoint >= 0x200b && codePoint <= 0x200f) ||
		(codePoint >= 0x2060 && codePoint <= 0x2064) ||
		(codePoint >= 0x20d0 && codePoint <= 0x20ff) ||
		(codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
		(codePoint >= 0xfe20 && codePoint <= 0xfe2f) ||
		codePoint === 0xfeff ||
		(codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) ||
		(codePoint >= 0xe0000 && codePoint <= 0xe01ef)
	);
}

/** CJK, Hangul, full-width forms and emoji: one em each. */
function isWide(codePoint: number): boolean {
	return (
		(codePoint >= 0x1100 && codePoint <= 0x115f) ||
		(codePoint >= 0x2600 && codePoint <= 0x27bf) ||
		(codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
		(codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
		(codePoint >= 0xf900 && codePoint <= 0xfaff) ||
		(codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
		(codePoint >= 0xff00 && codePoint <= 0xff60) ||
		(codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
		(codePoint >= 0x1f000 && codePoint <= 0x1faff) ||
		(codePoint >= 0x20000 && codePoint <= 0x3fffd)
	);
}

/**
 * Widths of the other characters met so far: working one out normalizes the character, and a map
 * measures the same names many times while it fits their labels. Bounded, as text is anyone's.
 */
const otherWidths = new Map<string, number>();
const OTHER_WIDTHS_KEPT = 4_096;

/** Width of one code point, in thousandths of an em. */
function charWidth(char: string): number {
	const codePoint = char.codePointAt(0) ?? 0;
	if (codePoint >= 32 && codePoint <= 126) return ASCII_WIDTHS[codePoint - 32] ?? 556;
	let width = otherWidths.get(char);
	if (width === undefined) {
		if (otherWidths.size >= OTHER_WIDTHS_KEPT) otherWidths.clear();
		width = otherWidth(char, codePoint);
		otherWidths.set(char, width);
	}
	return width;
}

/** Width of a code point outside printable ASCII, in thousandths of an em. */
function otherWidth(char: string, codePoint: number): number {
	if (isZeroWidth(codePoint)) return 0;
	if (isWide(codePoint)) return 1000;
	if (codePoint === 0x2026) return 1000; // the ellipsis
	if (codePoint === 0x2013) return 556;
	if (codePoint === 0x2014) return 1000;
	if (codePoint === 0xa0) return 278;
	// Accented Latin letters are as wide as their base letter (é as e, Å as A; Ø has no base).
	const base = char.normalize('NFD').codePointAt(0) ?? 0;
	if (base >= 32 && base <= 126) return ASCII_WIDTHS[base - 32] ?? 556;
	// Greek, Cyrillic and other alphabets: an average capital or lower-case letter.
	return char !== char.toLowerCase() ? 700 : 560;
}

/** Estimated width in px of `text` set in the map's sans-serif at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
	let thousandths = 0;
	for (const char of text) thousandths += charWidth(char);
	return (thousandths * fontSize) / 1000;
}
