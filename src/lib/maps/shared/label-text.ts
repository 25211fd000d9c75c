import { characterCount, ELLIPSIS, shorten } from '../../domain/text';
import { textWidth } from './text-width';

/**
 * `text` cut to at most `max` characters, the ellipsis included, when longer. A label also drops
 * spaces and punctuation left dangling before the ellipsis: "Parents…", not "Parents,…".
 */
export function shortenLabel(text: string, max: number): string {
	return shorten(text, max, { trim: 'punctuation' });
}

/** The longest form of `text` (whole, or shortened with an ellipsis) no wider than `maxWidth`. */
export function fitToWidth(
	text: string,
	maxWidth: number,
	fontSize: number
): { text: string; truncated: boolean } {
	if (textWidth(text, fontSize) <= maxWidth) return { text, truncated: false };
	const length = characterCount(text);
	// Binary search on the characters kept, the ellipsis included: width grows with every one.
	let low = 1;
	let high = length - 1;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (textWidth(shortenLabel(text, mid), fontSize) <= maxWidth) low = mid;
		else high = mid - 1;
	}
	return { text: low < length ? shortenLabel(text, low) : ELLIPSIS, truncated: true };
}
