import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Content } from 'pdfmake/interfaces';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	bodies,
	linesOf,
	normalised,
	tool,
	wordsOnPage,
	type PlacedWord
} from '../../../../tests/helpers/pdf-text';
import { renderPdf } from './render';
import { pdfText } from './text';

/**
 * Right-to-left paragraphs longer than a line, printed and read back with poppler: the words'
 * boxes say which line each word is on and where on it, so the order a reader's eye follows
 * (lines top to bottom, each from its right edge) is checked, not only what a copy gives.
 */

const ARABIC =
	'نلتقي بالجمهور في المكتبة كل أسبوع ونكتب عن الكتب الجديدة ونقرأ القصص للأطفال ونستمع إلى ' +
	'آراء الزوار ثم ننشر ما تعلمناه على صفحتنا مرة في الشهر';
const HEBREW =
	'אנחנו נפגשים עם הקהל בספרייה בכל שבוע וכותבים על הספרים החדשים וקוראים סיפורים לילדים ' +
	'ומקשיבים לדעות המבקרים ואחר כך מפרסמים את מה שלמדנו בדף שלנו';
/** One line read right to left with a name and a year read left to right inside it. */
const MIXED = 'ספריית העירייה Dubai Library 2026 פתוחה לכולם';

/** A paragraph 150 points wide: several lines of 11-point text. */
const narrow = (text: string, alignment?: 'justify'): Content => ({
	columns: [
		{ width: 150, text: pdfText(text), fontSize: 11, ...(alignment && { alignment }) },
		{ width: '*', text: '' }
	],
	pageBreak: 'after'
});

/** A word as printed: the same letters, in either order poppler gives a right-to-left word. */
const same = (printed: string, word: string) =>
	printed === word || printed === [...word].reverse().join('');

let pages: PlacedWord[][] = [];
/** Each page's text as poppler reads it (lines top to bottom, each in reading order). */
let texts: string[] = [];

beforeAll(async () => {
	const bytes = await renderPdf({
		pageSize: 'A4',
		pageMargins: 60,
		content: [
			narrow(ARABIC),
			narrow(HEBREW),
			{ text: pdfText(MIXED), fontSize: 11, pageBreak: 'after' },
			narrow(ARABIC, 'justify')
		]
	});
	const pdf = join(mkdtempSync(join(tmpdir(), 'canal-bidi-')), 'bidi.pdf');
	writeFileSync(pdf, bytes);
	pages = [1, 2, 3, 4].map((page) => wordsOnPage(pdf, page));
	texts = [1, 2, 3, 4].map((page) =>
		bodies(
			normalised(tool('pdftotext', '-enc', 'UTF-8', '-f', `${page}`, '-l', `${page}`, pdf, '-'))
		)
	);
}, 60_000);

describe('a right-to-left paragraph of several lines', () => {
	it('Hebrew: lines top to bottom, each read from its right end', () => {
		const lines = linesOf(pages[1]!);
		expect(lines.length).toBeGreaterThanOrEqual(3);
		const read = lines.flatMap((line) =>
			[...line].sort((a, b) => b.xMax - a.xMax).map((word) => word.text)
		);
		const words = HEBREW.split(' ');
		expect(read.length, read.join(' ')).toBe(words.length);
		read.forEach((printed, index) =>
			expect(same(printed, words[index]!), `word ${index}: ${printed} for ${words[index]}`).toBe(
				true
			)
		);
	});

	// Poppler cuts Arabic words into pieces where a letter does not join the next: their boxes say
	// little, but its reading of the page (lines top to bottom) is the paragraph as written.
	it.each([
		{ name: 'Arabic', page: 0 },
		{ name: 'Arabic, justified', page: 3 }
	])('$name: reads as written, from its first line', ({ page }) => {
		expect(linesOf(pages[page]!).length).toBeGreaterThanOrEqual(3);
		expect(texts[page]).toBe(bodies(normalised(ARABIC)));
	});

	it.each([0, 1])('lines end at the right edge of the column (page %i)', (page) => {
		const ends = linesOf(pages[page]!).map((line) => Math.max(...line.map((word) => word.xMax)));
		for (const end of ends) expect(Math.abs(end - ends[0]!)).toBeLessThan(1);
		// Not stuck out past the column either: the column starts at the 60-point margin.
		expect(ends[0]!).toBeLessThanOrEqual(60 + 150 + 0.5);
	});

	it('justified, its lines but the last reach both edges of the column', () => {
		const lines = linesOf(pages[3]!).slice(0, -1);
		expect(lines.length).toBeGreaterThanOrEqual(2);
		for (const line of lines) {
			expect(Math.min(...line.map((word) => word.xMin))).toBeLessThan(60 + 1);
			expect(Math.max(...line.map((word) => word.xMax))).toBeGreaterThan(60 + 150 - 1);
		}
	});
});

describe('a right-to-left line with a name in Latin letters', () => {
	it('keeps the name and the year left to right between the words around them', () => {
		const words = linesOf(pages[2]!);
		expect(words).toHaveLength(1);
		const x = (text: string) => {
			const word = words[0]!.find((placed) => same(placed.text, text));
			expect(word, text).toBeDefined();
			return word!.xMin;
		};
		const order = ['לכולם', 'פתוחה', 'Dubai', 'Library', '2026', 'העירייה', 'ספריית'].map(x);
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});
});
