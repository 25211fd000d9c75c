import { codePoints, isZeroWidth, textWidth } from './text-width';

export const ELLIPSIS = '…';

/**
 * A record's name as one line: runs of whitespace (a pasted line break) become one space, and an
 * empty name gets the fallback, so every dot has something a person can read.
 */
export function displayName(name: string, fallback: string): string {
	const line = name.replace(/\s+/gu, ' ').trim();
	return line === '' ? fallback : line;
}

/**
 * The first `keep` characters of `text` followed by an ellipsis. Counts code points (never splits
 * a surrogate pair), keeps combining marks with their letter, and drops spaces and punctuation
 * left dangling before the ellipsis.
 */
export function shorten(text: string, keep: number): string {
	const chars = codePoints(text);
	if (chars.length <= keep) return text;
	let end = Math.max(0, keep);
	while (end < chars.length && isZeroWidth(chars[end]?.codePointAt(0) ?? 0)) end++;
	const head = chars
		.slice(0, end)
		.join('')
		.replace(/[\s.,;:\-–—]+$/u, '');
	return head + ELLIPSIS;
}

/** `text` cut to at most `max` characters (the ellipsis included) when longer. */
export function capLength(text: string, max: number): { text: string; truncated: boolean } {
	const length = codePoints(text).length;
	if (length <= max) return { text, truncated: false };
	return { text: shorten(text, Math.max(1, max - 1)), truncated: true };
}

/** The longest form of `text` (whole, or shortened with an ellipsis) no wider than `maxWidth`. */
export function fitToWidth(
	text: string,
	maxWidth: number,
	fontSize: number
): { text: string; truncated: boolean } {
	if (textWidth(text, fontSize) <= maxWidth) return { text, truncated: false };
	const length = codePoints(text).length;
	// Binary search on the number of characters kept: width grows with every kept character.
	let low = 0;
	let high = length - 1;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (textWidth(shorten(text, mid), fontSize) <= maxWidth) low = mid;
		else high = mid - 1;
	}
	return { text: shorten(text, low), truncated: true };
}
