import { drawnAs, visualOrder } from '../fonts/script-runs';

/**
 * Right-to-left paragraphs in pdfmake, which breaks lines itself and has no notion of direction.
 * The text is handed over in reading order, each run marked with its embedding level (see
 * `logicalRuns`), so the engine breaks it into lines in reading order: the first line holds the
 * paragraph's first words. Only then is each line turned into the order it is seen (UAX #9 rule
 * L2, over the line's words), by placing its words anew from right to left.
 *
 * pdfmake offers no hook after line breaking, but it keeps the words of a text node, once
 * measured, in `node._inlines`, and gives each word its place on its line by setting `word.x`;
 * the words are drawn later, at `x`. So the node's `_inlines` is watched, each word's `x` becomes
 * an accessor: written in reading order while lines are built, read back in visual order when
 * the page is drawn. A line is the words placed one after another from its start (each `x` the
 * previous word's end); a word that starts anew starts the next line.
 */

/** The text node property carrying a run's level into every word pdfmake cuts from it. */
export const BIDI_LEVEL = 'bidiLevel';

/** The fields of a pdfmake inline (one word) that matter here. */
interface Word {
	text: string;
	width: number;
	leadingCut?: number;
	trailingCut?: number;
	lineEnd?: boolean;
	justifyShift?: number;
	[BIDI_LEVEL]?: number;
	x?: number;
}

interface Line {
	words: Word[];
	/** Where the next word of this line would start, in reading order. */
	end: number;
	/** Each word's place in visual order, worked out when first asked for. */
	placed: Map<Word, number> | null;
}

interface Paragraph {
	line: Line | null;
}

/** How near the `x` of a word must be to the previous word's end to be on the same line. */
const SAME_PLACE = 1e-6;

const lineOf = new WeakMap<Word, Line>();
const watched = new WeakSet<Word>();

const levelOf = (word: Word) => word[BIDI_LEVEL] ?? 0;

/**
 * Each word's `x` in visual order: the words laid one after another from the line's left edge.
 * The engine measured the line without the space before its first word and after its last
 * (in reading order), and aligned it by that width: those spaces are left out here too, on
 * whichever side of their word they are drawn (a right-to-left word has its trailing space on
 * its left).
 */
function place(line: Line): Map<Word, number> {
	const first = line.words[0];
	const last = line.words[line.words.length - 1];
	const visual = visualOrder(line.words, levelOf).map((word) => {
		const leading = word === first ? (word.leadingCut ?? 0) : 0;
		const trailing = word === last ? (word.trailingCut ?? 0) : 0;
		const rtl = levelOf(word) % 2 === 1;
		const left = rtl ? trailing : leading;
		return { word, left, width: word.width - leading - trailing };
	});
	// A justified line: what the engine added between its words, shared out again between the
	// words as they now stand (none beside a space left out at either end).
	const added = line.words.reduce((sum, word) => sum + (word.justifyShift ?? 0), 0);
	const gaps = visual.filter(
		(item, index) => index > 0 && item.width > 0 && visual[index - 1]!.width > 0
	);
	const gap = gaps.length > 0 ? added / gaps.length : 0;
	const placed = new Map<Word, number>();
	let position = 0;
	visual.forEach((item, index) => {
		if (index > 0 && item.width > 0 && visual[index - 1]!.width > 0) position += gap;
		placed.set(item.word, position - item.left);
		position += item.width;
	});
	return placed;
}

function watch(word: Word, paragraph: Paragraph, measured: boolean): void {
	if (watched.has(word)) return;
	watched.add(word);
	// Turned once, as measured: the shaper draws a word of a right-to-left script from right to
	// left by itself, and anything else at a right-to-left level is given to it back to front. A
	// piece the engine splits off a long word is a copy of a word already turned.
	if (measured && word[BIDI_LEVEL] !== undefined) word.text = drawnAs(word.text, word[BIDI_LEVEL]);
	// That copy also carries a plain `x`.
	let unplaced = word.x;
	delete word.x;
	Object.defineProperty(word, 'x', {
		configurable: true,
		enumerable: true,
		get(): number | undefined {
			const line = lineOf.get(word);
			if (!line) return unplaced;
			line.placed ??= place(line);
			return line.placed.get(word);
		},
		set(x: number) {
			const current = paragraph.line;
			// A justified line's words (all but the first) are moved apart after it is built: the
			// spacing is taken from their `justifyShift` when they are placed.
			if (current && current.words[0] !== word && current.words.includes(word)) {
				current.placed = null;
				return;
			}
			const previous = current?.words[current.words.length - 1];
			let line = current;
			if (!line || previous?.lineEnd || Math.abs(x - line.end) > SAME_PLACE) {
				line = { words: [], end: x, placed: null };
				paragraph.line = line;
			}
			line.words.push(word);
			line.end = x + word.width;
			line.placed = null;
			lineOf.set(word, line);
			unplaced = x;
		}
	});
}

/** Watches the words pdfmake measures for `node`: its lines are turned once they are broken. */
export function turnLinesOf(node: object): void {
	let words: Word[] | undefined;
	Object.defineProperty(node, '_inlines', {
		configurable: true,
		enumerable: false,
		get: () => words,
		set(value: Word[] | undefined) {
			words = value;
			if (!Array.isArray(value)) return;
			// Measured anew (a second layout pass): the lines are built anew.
			const paragraph: Paragraph = { line: null };
			for (const word of value) watch(word, paragraph, true);
			// The engine puts back a word it split, or the words of a line that moved.
			const unshift = value.unshift.bind(value);
			value.unshift = (...added: Word[]) => {
				for (const word of added) watch(word, paragraph, false);
				return unshift(...added);
			};
		}
	});
}
