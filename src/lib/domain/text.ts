/**
 * Counting, clipping and shortening user text, the same way everywhere.
 *
 * Counts are in characters, meaning code points: the unit every text limit is checked in, so an
 * emoji is one character, not two UTF-16 units. Code points, not what a reader sees as one
 * character (a grapheme cluster), because the cluster rules change with each Unicode version and
 * differ between browsers: two devices must never disagree about whether a text fits.
 *
 * Cuts fall only between grapheme clusters, so nothing ever splits a character: not a surrogate
 * pair, a letter and its accent, a flag, or an emoji family joined by zero-width joiners. A cut
 * text can therefore be a little shorter than the count allows, never longer.
 */

export const ELLIPSIS = '…';

/**
 * Length in characters. The UTF-16 length is never below it, so a string of at most
 * `exactAbove` units is answered with that upper bound, uncounted: enough to compare with a
 * limit, and a field can check every keystroke of a long text without counting it.
 */
export function characterCount(value: string, exactAbove = 0): number {
	return value.length <= exactAbove ? value.length : [...value].length;
}

/** The longest start of `value` that has at most `max` characters and ends between clusters. */
export function clipCharacters(value: string, max: number): string {
	if (value.length <= max) return value;
	const end = offsetAfter(value, Math.max(0, max));
	if (end >= value.length) return value;
	// Between two characters that never join a neighbour a cluster always ends, so most cuts
	// need no segmenting at all: map labels are fitted by cutting the same names many times, and
	// a step's notes are cut for their buttons' labels as it opens (making the segmenter cost a
	// phone tens of milliseconds).
	if (standsAlone(value.charCodeAt(end - 1)) && standsAlone(value.charCodeAt(end)))
		return value.slice(0, end);
	// Whether a cluster ends at some point depends only on the text before it and the one
	// character after it, so a window that far is enough, however long the text is.
	let cut = 0;
	for (const start of clusterStarts(value.slice(0, end + 2))) {
		if (start > end) break;
		cut = start;
	}
	return value.slice(0, cut);
}

export interface ShortenOptions {
	/** Taken off the cut end before the ellipsis: spaces, or spaces and punctuation as well. */
	trim?: 'spaces' | 'punctuation';
	/** Cut at the last space when that still keeps more than half: for a name made of a sentence. */
	atWord?: boolean;
}

const DANGLING = {
	spaces: /\s+$/u,
	punctuation: /[\s.,;:\-–—]+$/u
} as const;

/**
 * `text` whole when it has at most `max` characters; otherwise its start followed by an
 * ellipsis, `max` characters at most in all.
 */
export function shorten(text: string, max: number, options: ShortenOptions = {}): string {
	if (characterCount(text, max) <= max) return text;
	if (max < 1) return '';
	let head = clipCharacters(text, max - 1);
	if (options.atWord) {
		const space = head.lastIndexOf(' ');
		if (space > 0 && characterCount(head.slice(0, space)) > max / 2) head = head.slice(0, space);
	}
	if (options.trim) head = head.replace(DANGLING[options.trim], '');
	return head + ELLIPSIS;
}

/** `text` on one line: runs of whitespace (a pasted line break) become one space; `fallback` when blank. */
export function oneLine(text: string, fallback = ''): string {
	const line = text.replace(/\s+/gu, ' ').trim();
	return line === '' ? fallback : line;
}

/**
 * Characters whose grapheme cluster break property is "Other" (no mark, joiner, prefix, Hangul
 * part, regional indicator, control or line break): printable ASCII, Latin-1 and the Latin
 * extensions, spacing modifiers, Greek, Cyrillic letters and common punctuation. A text spec
 * checks every one of them against the segmenter.
 */
export const STANDS_ALONE: readonly (readonly [number, number])[] = [
	[0x20, 0x7e],
	[0xa0, 0xac],
	[0xae, 0x2ff],
	[0x370, 0x482],
	[0x48a, 0x52f],
	[0x1e00, 0x1fff],
	[0x2010, 0x2027],
	[0x2030, 0x205e]
];

function standsAlone(code: number): boolean {
	for (const [from, to] of STANDS_ALONE) if (code >= from && code <= to) return true;
	return false;
}

/** The UTF-16 offset just after the first `count` characters (the length when it has fewer). */
function offsetAfter(value: string, count: number): number {
	let end = 0;
	for (let seen = 0; seen < count && end < value.length; seen++)
		end += (value.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
	return end;
}

// Made on first use: building a segmenter loads the browser's break rules, tens of
// milliseconds on a phone, and most pages that import this module never cut a non-ASCII text.
let segmenter: Intl.Segmenter | null | undefined;
const graphemes = (): Intl.Segmenter | null =>
	(segmenter ??=
		typeof Intl.Segmenter === 'function'
			? new Intl.Segmenter('en', { granularity: 'grapheme' })
			: null);

/**
 * Where there is no Intl.Segmenter (older browsers), clusters are approximated: a line break
 * pair, a flag (two regional indicators), or a character with its marks, skin tones, tags and
 * anything joined to it by a zero-width joiner. That covers what people type.
 */
const APPROXIMATE_CLUSTER =
	/\r\n|\p{RI}{2}|[^\p{M}\u200d](?:[\p{M}\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]|\u200d[^\p{M}\u200d]?)*|[^]/gu;

function* clusterStarts(text: string): Generator<number> {
	const segments = graphemes();
	if (segments) {
		for (const { index } of segments.segment(text)) yield index;
		return;
	}
	for (const match of text.matchAll(APPROXIMATE_CLUSTER)) yield match.index;
}
