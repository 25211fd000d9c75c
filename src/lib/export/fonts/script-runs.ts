import bidiFactory from 'bidi-js';
import {
	covers,
	faceFor,
	faceHas,
	familyOrder,
	isIgnorable,
	ROBOTO_RANGES,
	type FontFace,
	type FontFamily
} from './font-faces';

/**
 * Text on its way into the PDF engine, which draws every run of text left to right in one font:
 * cut into runs that each have one font and the embedding level the Unicode bidirectional
 * algorithm (UAX #9) gives it, so Arabic and Hebrew read right to left with their numbers and
 * Latin words in place. A single line (a map label) is put in the order it is seen here
 * (`scriptRuns`); a paragraph the engine breaks into lines stays in reading order with its levels
 * (`logicalRuns`), and each line is turned once it is broken (pdf/bidi-lines.ts). The engine's
 * shaper (fontkit) joins Arabic letters, lays out Devanagari and Thai, and itself turns a run of a
 * right-to-left script around: such runs stay in reading order inside.
 */

export interface ScriptRun {
	text: string;
	/** null: Roboto. */
	face: FontFace | null;
}

export interface ScriptText {
	runs: ScriptRun[];
	/** The first paragraph reads right to left (its first strong character is Arabic or Hebrew). */
	rtl: boolean;
}

/** Right-to-left letters and the controls that start right-to-left text: the texts to reorder. */
const RTL_CHAR =
	/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\u200f\u202b\u202e\u2067]/u;
/** The explicit direction marks, embeddings, overrides and isolates: they have no glyph. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** What the shaper treats as a right-to-left script (its first letter decides, as in fontkit). */
const FIRST_LETTER = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;
const RTL_SCRIPT =
	/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
let bidi: ReturnType<typeof bidiFactory> | null = null;

/** Whether a text needs more than Roboto drawn left to right: most texts do not, and stay as they are. */
export function needsScripts(text: string): boolean {
	for (const char of text) {
		const codePoint = char.codePointAt(0)!;
		if (codePoint < 0x2b0) continue;
		if (!covers(ROBOTO_RANGES, codePoint) || RTL_CHAR.test(char)) return true;
	}
	return false;
}

function shaperReverses(text: string): boolean {
	const letter = FIRST_LETTER.exec(text);
	return letter !== null && RTL_SCRIPT.test(letter[0]);
}

interface Unit {
	text: string;
	face: FontFace | null;
	level: number;
	space: boolean;
}

const STRONG_RTL =
	/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;
const STRONG_RTL_ONE =
	/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const STRONG_LTR =
	/[\p{L}--[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]]/gv;

/**
 * The report is an English document: a line reads right to left when it starts with a
 * right-to-left letter (UAX #9's rule) and is mostly written in such letters. The first letter
 * alone would turn "مكتبة دبي (Media, neutral)", a name the report follows with its own words,
 * into a right-to-left line.
 */
function baseDirection(line: string): 'ltr' | 'rtl' {
	const first = /\p{L}/u.exec(line)?.[0] ?? '';
	if (!STRONG_RTL_ONE.test(first)) return 'ltr';
	const rtl = line.match(STRONG_RTL)?.length ?? 0;
	const ltr = line.match(STRONG_LTR)?.length ?? 0;
	return rtl > ltr ? 'rtl' : 'ltr';
}

/** A paragraph's direction: that of its first line with some text (see `baseDirection`). */
export function paragraphDirection(text: string): 'ltr' | 'rtl' {
	const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? '';
	return RTL_CHAR.test(line) ? baseDirection(line) : 'ltr';
}

/**
 * UAX #9 rule L2: from the highest level down to the lowest odd one, reverse every run of items
 * at that level or above. Items are units of one line here, and words of a laid-out line in
 * bidi-lines.ts.
 */
export function visualOrder<T>(items: readonly T[], levelOf: (item: T) => number): T[] {
	let highest = 0;
	let lowestOdd = Infinity;
	for (const item of items) {
		const level = levelOf(item);
		highest = Math.max(highest, level);
		if (level % 2 === 1) lowestOdd = Math.min(lowestOdd, level);
	}
	const out = [...items];
	for (let level = highest; level >= lowestOdd; level--) {
		for (let start = 0; start < out.length; start++) {
			if (levelOf(out[start]!) < level) continue;
			let end = start;
			while (end + 1 < out.length && levelOf(out[end + 1]!) >= level) end++;
			const reversed = out.slice(start, end + 1).reverse();
			out.splice(start, reversed.length, ...reversed);
			start = end;
		}
	}
	return out;
}

function reversedClusters(text: string): string {
	return [...graphemes.segment(text)]
		.map(({ segment }) => segment)
		.reverse()
		.join('');
}

/**
 * A text at `level`, as the shaper must be given it to draw it in that direction: the shaper
 * turns a run of a right-to-left script around by itself, anything else is turned here.
 */
export function drawnAs(text: string, level: number): string {
	return (level % 2 === 1) !== shaperReverses(text) ? reversedClusters(text) : text;
}

/** One line (no line breaks) as units of one font and level, in the order it is read. */
function lineUnits(
	line: string,
	order: readonly FontFamily[],
	direction?: 'rtl'
): { units: Unit[]; rtl: boolean; bidi: boolean } {
	const rtlLine = direction === 'rtl' || RTL_CHAR.test(line);
	let levels: Uint8Array | null = null;
	let mirrored: Map<number, string> | null = null;
	let rtl = false;
	if (rtlLine) {
		bidi ??= bidiFactory();
		const embedding = bidi.getEmbeddingLevels(line, direction ?? baseDirection(line));
		levels = embedding.levels;
		rtl = (embedding.paragraphs[0]?.level ?? 0) % 2 === 1;
		mirrored = bidi.getMirroredCharactersMap(line, embedding.levels);
	}
	const units: Unit[] = [];
	for (const { segment, index } of graphemes.segment(line)) {
		const level = levels ? levels[index]! : 0;
		const face = faceFor(segment, order);
		const space = /^\s+$/u.test(segment);
		let text = '';
		let offset = index;
		for (const char of segment) {
			const kept =
				!BIDI_CONTROL.test(char) &&
				(!isIgnorable(char) || faceHas(face, char) || char === '\u200d');
			BIDI_CONTROL.lastIndex = 0;
			if (kept) text += mirrored?.get(offset) ?? char;
			offset += char.length;
		}
		const last = units[units.length - 1];
		if (last && last.face === face && last.level === level && last.space === space)
			last.text += text;
		else units.push({ text, face, level, space });
	}
	return { units, rtl, bidi: levels !== null };
}

/** One line (no line breaks) in visual order. */
function lineRuns(line: string, order: readonly FontFamily[]): { units: Unit[]; rtl: boolean } {
	const { units, rtl, bidi: reordered } = lineUnits(line, order);
	if (!reordered) return { units, rtl };
	const visual = visualOrder(units, (unit) => unit.level).map((unit) => ({
		...unit,
		text: drawnAs(unit.text, unit.level)
	}));
	return { units: visual, rtl };
}

const THAI = /\p{Script=Thai}/u;
const thaiWords = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * Thai leaves no space between words, and the engine breaks lines only at spaces: a zero-width
 * space between the words the platform's dictionary finds gives it places to break.
 */
function thaiBreaks(line: string): string {
	if (!THAI.test(line)) return line;
	let out = '';
	let previousThai = false;
	for (const { segment, isWordLike } of thaiWords.segment(line)) {
		const thai = THAI.test(segment) && isWordLike === true;
		if (thai && previousThai) out += '\u200b';
		out += segment;
		previousThai = thai;
	}
	return out;
}

/** A text (which may hold line breaks) as font runs in visual order. */
export function scriptRuns(text: string, families: readonly FontFamily[]): ScriptText {
	const order = familyOrder(text, families);
	const runs: ScriptRun[] = [];
	let rtl: boolean | null = null;
	text.split('\n').forEach((line, index) => {
		if (index > 0) runs.push({ text: '\n', face: null });
		const { units, rtl: lineRtl } = lineRuns(thaiBreaks(line), order);
		if (rtl === null && line.trim()) rtl = lineRtl;
		for (const unit of units) {
			if (!unit.text) continue;
			const last = runs[runs.length - 1];
			// Runs the shaper turns around must stay apart; others of one font may join.
			if (
				last &&
				last.face === unit.face &&
				!shaperReverses(last.text) &&
				!shaperReverses(unit.text)
			)
				last.text += unit.text;
			else runs.push({ text: unit.text, face: unit.face });
		}
	});
	return { runs, rtl: rtl ?? false };
}

export interface LeveledRun extends ScriptRun {
	/** The run's embedding level (UAX #9); undefined where the text has no right-to-left letter. */
	level?: number;
}

/**
 * A text as font runs in the order it is READ, each with its embedding level: for an engine that
 * breaks lines itself, which must break them in reading order and only then put each line's
 * runs in the order they are seen (see pdf/bidi-lines.ts). Runs are cut where the font or the
 * level changes, so a space between words of two directions is a run of its own and lands
 * between them whichever way the line is turned. `direction` 'rtl': the text is a piece of a
 * right-to-left paragraph (a number before an Arabic title), leveled as part of one even when it
 * has no right-to-left letter of its own.
 */
export function logicalRuns(
	text: string,
	families: readonly FontFamily[],
	direction?: 'rtl'
): { runs: LeveledRun[]; rtl: boolean } {
	const order = familyOrder(text, families);
	const runs: LeveledRun[] = [];
	let rtl: boolean | null = null;
	const leveled = direction === 'rtl' || RTL_CHAR.test(text);
	text.split('\n').forEach((line, index) => {
		if (index > 0)
			runs.push(leveled ? { text: '\n', face: null, level: 0 } : { text: '\n', face: null });
		const { units, rtl: lineRtl } = lineUnits(thaiBreaks(line), order, direction);
		if (rtl === null && line.trim()) rtl = lineRtl;
		for (const unit of units) {
			if (!unit.text) continue;
			const last = runs[runs.length - 1];
			if (last && last.face === unit.face && (!leveled || last.level === unit.level))
				last.text += unit.text;
			else
				runs.push(
					leveled
						? { text: unit.text, face: unit.face, level: unit.level }
						: { text: unit.text, face: unit.face }
				);
		}
	});
	return { runs, rtl: rtl ?? false };
}
