import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	engineFrom,
	publishedPdfmake as published
} from '../../../../tests/helpers/pdfmake-engine';
import { patchPdfmake } from '../../../../scripts/pdfmake-patches.js';
import { patchPdfmakeTextRuns, textRuns } from '../../../../scripts/pdfmake-text-runs.js';
import { tool } from '../../../../tests/helpers/pdf-text';

/**
 * The bundle's rewrite of how pdfmake writes a line (scripts/pdfmake-text-runs.js, applied by
 * vite.config.ts after the style rewrite): the words of a line that can be one text are written
 * as one, and the document reads and looks as the published engine makes it.
 */

const dir = mkdtempSync(join(tmpdir(), 'canal-text-runs-'));

const font = { name: 'Roboto' };
const other = { name: 'Roboto bold' };
const word = (text: string, x: number, width: number, extra: Record<string, unknown> = {}) => ({
	text,
	x,
	width,
	font,
	fontSize: 10,
	color: 'black',
	...extra
});

describe('textRuns', () => {
	const cases: { name: string; inlines: Record<string, unknown>[]; runs: [string, number][] }[] = [
		{ name: 'no words', inlines: [], runs: [] },
		{
			name: 'words side by side in one style are one text',
			inlines: [word('One ', 0, 20), word('two ', 20, 18), word('three', 38, 25)],
			runs: [['One two three', 0]]
		},
		{
			name: 'a gap between words (a justified line) keeps them apart',
			inlines: [word('One ', 0, 20), word('two', 26, 18)],
			runs: [
				['One ', 0],
				['two', 26]
			]
		},
		{
			name: 'a change of colour, font or size starts a new text',
			inlines: [
				word('a ', 0, 5),
				word('b ', 5, 5, { color: 'red' }),
				word('c ', 10, 5, { color: 'red' }),
				word('d ', 15, 5, { font: other, color: 'red' }),
				word('e', 20, 5, { font: other, color: 'red', fontSize: 12 })
			],
			runs: [
				['a ', 0],
				['b c ', 5],
				['d ', 15],
				['e', 20]
			]
		},
		{
			name: 'a link joins only its own words',
			inlines: [
				word('see ', 0, 10),
				word('the ', 10, 10, { link: 'https://example.org' }),
				word('site', 20, 10, { link: 'https://example.org' }),
				word('.', 30, 2)
			],
			runs: [
				['see ', 0],
				['the site', 10],
				['.', 30]
			]
		},
		{
			name: 'words with something of their own stay alone',
			inlines: [
				word('x', 0, 5),
				word('2', 5, 3, { sup: true }),
				word(' page ', 8, 10),
				word('7', 18, 4, { _pageNodeRef: {} }),
				word(' go', 22, 6, { linkToPage: 3 }),
				word(' wide', 28, 6, { characterSpacing: 1 })
			],
			runs: [
				['x', 0],
				['2', 5],
				[' page ', 8],
				['7', 18],
				[' go', 22],
				[' wide', 28]
			]
		},
		{
			name: 'right-to-left and shaped scripts are never joined',
			inlines: [
				word('مرحبا ', 0, 20),
				word('بالعالم', 20, 30),
				word('नमस्ते ', 50, 20),
				word('दुनिया', 70, 20),
				word('left\u200f ', 90, 10),
				word('mark', 100, 10)
			],
			runs: [
				['مرحبا ', 0],
				['بالعالم', 20],
				['नमस्ते ', 50],
				['दुनिया', 70],
				['left\u200f ', 90],
				['mark', 100]
			]
		},
		{
			name: 'Latin with accents, Greek, Cyrillic and typographic punctuation join',
			inlines: [
				word('Café ', 0, 20),
				word('Ωμέγα ', 20, 25),
				word('Привет ', 45, 30),
				word('“ok” – €5…', 75, 40)
			],
			runs: [['Café Ωμέγα Привет “ok” – €5…', 0]]
		}
	];

	it.each(cases)('$name', ({ inlines, runs }) => {
		const before = structuredClone(inlines);
		const result = textRuns(inlines);
		expect(result.map((run: { text: string; x: number }) => [run.text, run.x])).toEqual(runs);
		// pdfmake draws underlines and backgrounds from its own words afterwards: left as they were.
		expect(inlines).toEqual(before);
	});

	it('gives a run the width of its words', () => {
		const [run] = textRuns([word('One ', 0, 20.5), word('two', 20.5, 18.25)]);
		expect(run.width).toBeCloseTo(38.75, 9);
	});
});

describe('the rewrite of pdfmake', () => {
	it('is found in the pdfmake installed, after the style rewrite as in the bundle', () => {
		const result = patchPdfmake(published);
		expect(result.missing).toEqual([]);
		expect(result.code.includes('canalTextRuns(')).toBe(true);
		// Once only: the rewritten code is not rewritten again.
		expect(patchPdfmakeTextRuns(result.code).patched).toBe(false);
	});

	it('leaves a pdfmake it does not know as it is', () => {
		const other = published.replace('.drawBackground(t,r,n);for(', '.drawBackground(t,r,n);\nfor(');
		expect(other === published).toBe(false);
		const result = patchPdfmakeTextRuns(other);
		expect(result.patched).toBe(false);
		expect(result.code === other).toBe(true);
	});

	it('writes fewer texts, with the same words, in the same places', async () => {
		const paragraph =
			'A workshop plan names its audiences, the platforms it will use and why, and what it ' +
			'will not do. Café, naïve façade: accents too. Ωμέγα and Привет as well. ';
		const definition = () => ({
			compress: false,
			info: { creationDate: new Date(Date.UTC(2026, 0, 1)) },
			content: [
				{ text: 'A heading for the plan', fontSize: 18, bold: true },
				paragraph.repeat(4),
				{ text: paragraph.repeat(3), alignment: 'justify' },
				{
					text: [
						'Mixed ',
						{ text: 'bold words ', bold: true },
						{ text: 'in red ', color: 'red' },
						{ text: 'linked', link: 'https://example.org' },
						' and x',
						{ text: '2', sup: true },
						' after.'
					]
				},
				{ text: paragraph, decoration: 'underline', alignment: 'center' },
				{ ul: ['One item of a list', 'Another, longer item of the same list'] }
			]
		});
		const files: Record<string, string> = {};
		for (const [name, code] of [
			['published', published],
			['runs', patchPdfmakeTextRuns(published).code]
		] as const) {
			const bytes = await engineFrom(code).createPdf(definition()).getBuffer();
			files[name] = join(dir, `${name}.pdf`);
			writeFileSync(files[name], bytes);
		}
		const texts = (file: string) => (readFileSync(file, 'latin1').match(/\nBT\n/g) ?? []).length;
		expect(texts(files.runs!)).toBeLessThan(texts(files.published!) / 2);
		for (const layout of [[], ['-layout']])
			expect(tool('pdftotext', ...layout, '-enc', 'UTF-8', files.runs!, '-')).toBe(
				tool('pdftotext', ...layout, '-enc', 'UTF-8', files.published!, '-')
			);
		// The pages drawn (every page, one grey image after another): pixels that differ by more
		// than a fifth of their range, a handful at most (a glyph's edge anti-aliased a hundredth
		// of a point away).
		const raster = (file: string) =>
			execFileSync('pdftoppm', ['-r', '72', '-gray', file], { maxBuffer: 64 * 1024 * 1024 });
		const [a, b] = [raster(files.published!), raster(files.runs!)];
		let differing = 0;
		for (let index = 0; index < a.length; index++)
			if (Math.abs(a[index]! - b[index]!) > 51) differing++;
		expect(a.length).toBeGreaterThan(595 * 842);
		expect(b.length).toBe(a.length);
		expect(differing).toBeLessThan(20);
	}, 60_000);
});
