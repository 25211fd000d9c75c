import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strategyPlan } from '../../../../tests/factories/strategy-plan';
import {
	bodies,
	linesOf,
	normalised,
	tool,
	wordsOnPage,
	type PlacedWord
} from '../../../../tests/helpers/pdf-text';
import type { Locale } from '../../domain/locale';
import { buildReport, editionSource, reportBoards, reportMaps } from '../../domain/report';
import { drawBoards } from '../board-svg';
import { MAP_DRAWERS } from '../map-drawers';
import { drawMaps } from '../map-svgs';
import { renderReportPdf } from './render-report';
import { PAGE_MARGINS, PAGE_SIZES } from './theme';

/**
 * A report in a right-to-left language, read back with poppler: where each word of the contents
 * and of the bulleted lists stands on its page (`pdftotext -bbox`). Its long headings, copied into
 * the contents, read from their first line, and the bullets stand on the right of their items.
 */

/** Two lines and more in the contents; its first word and its last are on different lines. */
const LONG_HEADING =
	'الخطة الأولى للتواصل مع الجمهور في المكتبة العامة خلال العام القادم مع الشركاء والمتطوعين والطلاب في المدينة';
/** Arabic around a brand name and a year, long enough for two lines in the body. */
const MIXED_HEADING = 'حملة Canal Pro لعام 2026 مع الشركاء والمتطوعين والطلاب في المدينة وخارجها';

const ENGLISH_HEADING =
	'The first plan for reaching the public of the city library over the coming year with its partners';

/** The glyph of a bullet drawn as text (pdfmake draws those of its own lists as dots). */
const BULLET = '•';
const WIDTH = PAGE_SIZES.A4.width;
const RIGHT = WIDTH - PAGE_MARGINS[2];
const dir = mkdtempSync(join(tmpdir(), 'canal-rtl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function report(locale: Locale): Promise<string> {
	const plan = strategyPlan();
	const source = editionSource(plan, 'full', undefined, locale);
	const built = buildReport(plan, { edition: 'full', generatedAt: new Date(2026, 10, 2), locale });
	built.steps[0]!.title = locale === 'ar' ? LONG_HEADING : ENGLISH_HEADING;
	built.steps[1]!.title = MIXED_HEADING;
	const { svgs } = drawMaps(source, reportMaps(built), MAP_DRAWERS);
	const { boards } = drawBoards(source, reportBoards(built));
	const file = join(dir, `${locale}.pdf`);
	writeFileSync(file, await renderReportPdf(built, { pageSize: 'A4', maps: svgs, boards, locale }));
	return file;
}

/** The words of a line that is a single word, by its text (Latin words and digits). */
const word = (line: PlacedWord[], text: string) => line.find((placed) => placed.text === text)!;

/** The lines of a page as poppler reads them (`-layout`), in reading order, blank ones left out. */
const readLines = (file: string, page: number) =>
	tool('pdftotext', '-layout', '-f', `${page}`, '-l', `${page}`, file, '-')
		.split('\n')
		.map((line) => bodies(normalised(line)))
		.filter(Boolean);

/** Each bullet of a page, with the words of the line it stands on. */
function bulletLines(file: string, page: number): { bullet: PlacedWord; words: PlacedWord[] }[] {
	return linesOf(wordsOnPage(file, page)).flatMap((line) => {
		const bullet = line.find((word) => word.text === BULLET);
		return bullet ? [{ bullet, words: line.filter((word) => word !== bullet) }] : [];
	});
}

const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', file))![1]);

function pageWith(file: string, marker: string, from = 3): number {
	const pages = pageCount(file);
	for (let page = from; page <= pages; page++) {
		const text = bodies(normalised(tool('pdftotext', '-f', `${page}`, '-l', `${page}`, file, '-')));
		if (text.includes(bodies(marker))) return page;
	}
	throw new Error(`No page shows "${marker}".`);
}

describe('a report in Arabic', () => {
	let file = '';
	beforeAll(async () => {
		file = await report('ar');
	}, 180_000);

	it('lists a long heading in the contents from its first line, aligned right', () => {
		const lines = readLines(file, 2);
		const first = lines.findIndex((line) => line.includes(bodies('الأولى للتواصل مع')));
		const last = lines.findIndex((line) => line.includes(bodies('والطلاب في المدينة')));
		expect(first, lines.join('\n')).toBeGreaterThanOrEqual(0);
		expect(last, lines.join('\n')).toBe(first + 1);
		// The section's number opens the line at the right margin; its page number is on the left.
		const words = wordsOnPage(file, 2);
		const number = words.find((one) => one.text === '1' && one.xMax > RIGHT - 2);
		expect(number, 'the number of section 1').toBeDefined();
		const page = words.find(
			(one) => /^\d+$/.test(one.text) && Math.abs(one.yMin - number!.yMin) < 12 && one !== number
		);
		expect(page?.xMin, 'its page number').toBeLessThan(PAGE_MARGINS[0] + 2);
	});

	it('lists a heading mixing Arabic, a brand name and digits in reading order', () => {
		const line = linesOf(wordsOnPage(file, 2)).find((one) => one.some((w) => w.text === 'Canal'))!;
		const x = (text: string) => word(line, text).xMin;
		// Read from the right: the number, حملة, "Canal Pro" (left to right), لعام, 2026.
		expect(x('2')).toBeGreaterThan(x('Pro'));
		expect(word(line, '2').xMax).toBeGreaterThan(RIGHT - 2);
		expect(x('Pro')).toBeGreaterThan(x('Canal'));
		expect(x('Canal')).toBeGreaterThan(word(line, '2026').xMax);
	});

	it('extracts the headings in reading order, in the contents and above their sections', () => {
		const contents = readLines(file, 2).join(' ');
		expect(contents).toContain(bodies('الأولى للتواصل مع الجمهور في المكتبة'));
		// Poppler drops the spaces beside a left-to-right run: each word, one after another.
		let at = 0;
		for (const word of MIXED_HEADING.split(' ')) {
			const found = contents.indexOf(bodies(word), at);
			expect(found, `${word} after character ${at}`).toBeGreaterThanOrEqual(at);
			at = found + word.length;
		}
		// Above its section, in bold (poppler reads some of its letters as others: not those).
		const body = readLines(file, pageWith(file, 'للتواصل مع الجمهور'));
		const first = body.findIndex((line) => line.includes(bodies('للتواصل مع الجمهور')));
		expect(body[first + 1], body.join('\n')).toContain(bodies('القادم مع'));
	});

	it('puts the bullets of its lists on the right of their items', () => {
		// A list of the report's blocks, and the last page: the appendix's notes in two columns.
		for (const page of [pageWith(file, 'Weekly press experts'), pageCount(file)]) {
			const bullets = bulletLines(file, page);
			expect(bullets.length, `bullets on page ${page}`).toBeGreaterThan(0);
			for (const { bullet, words } of bullets)
				expect(bullet.xMin).toBeGreaterThan(Math.max(...words.map((word) => word.xMax)));
		}
	});
});

describe('a report in English', () => {
	let file = '';
	beforeAll(async () => {
		file = await report('en');
	}, 180_000);

	it('keeps its bullets on the left', () => {
		// pdfmake draws the bullets of the blocks' lists (not text); the appendix's are glyphs.
		const bullets = bulletLines(file, pageCount(file));
		expect(bullets.length).toBeGreaterThan(0);
		for (const { bullet, words } of bullets)
			expect(bullet.xMax).toBeLessThan(Math.min(...words.map((word) => word.xMin)));
	});

	it('lists its contents left to right, page numbers on the right', () => {
		const line = linesOf(wordsOnPage(file, 2)).find((one) => one.some((w) => w.text === 'first'))!;
		expect(Math.min(...line.map((word) => word.xMin))).toBeLessThan(PAGE_MARGINS[0] + 2);
		expect(Math.max(...line.map((word) => word.xMax))).toBeGreaterThan(RIGHT - 2);
	});
});
