import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	AWKWARD_TEXTS,
	LONG_ARABIC,
	WORLD_NAMES,
	WORLD_STRINGS,
	worldScriptsPlan
} from '../../../../tests/factories/world-scripts';
import { bodies, normalised, tool } from '../../../../tests/helpers/pdf-text';
import { faceFor, familyOrder, isIgnorable, type FontFace } from '../fonts/font-faces';
import { NOTO_FAMILIES } from '../fonts/noto-faces';
import { loadPdfEngine } from './render';
import { planToPdf } from './render-report';

/**
 * The PDF of a plan written in the world's scripts, checked with poppler: fonts embedded as
 * subsets, every text extracted in reading order, every character drawn by a font that has it,
 * and the pages that show the names as they looked when checked by eye (tests/fixtures/world-scripts;
 * `UPDATE_REFERENCES=1` writes them anew after a deliberate change of look).
 */

/** Devanagari's vowel sign i is drawn before its consonant, and extracted in that order. */
const extracted = (text: string) =>
	normalised(text).replace(/\u093f([\u0915-\u0939\u0958-\u095f])/g, '$1\u093f');

const dir = mkdtempSync(join(tmpdir(), 'canal-world-'));
const pdf = join(dir, 'world.pdf');
let text = '';
/** How often the engine read each font file from its file system during the export. */
const fontReads = new Map<string, number>();

beforeAll(async () => {
	const engine = (await loadPdfEngine()) as unknown as {
		virtualfs: { readFileSync: (name: string, ...rest: unknown[]) => unknown };
	};
	const read = engine.virtualfs.readFileSync.bind(engine.virtualfs);
	engine.virtualfs.readFileSync = (name, ...rest) => {
		fontReads.set(name, (fontReads.get(name) ?? 0) + 1);
		return read(name, ...rest);
	};
	const bytes = await planToPdf({
		type: 'render',
		plan: worldScriptsPlan({ long: true }),
		edition: 'full',
		pageSize: 'A4',
		generatedAt: new Date(Date.UTC(2026, 0, 1)),
		locale: 'en'
	});
	writeFileSync(pdf, bytes);
	text = bodies(extracted(tool('pdftotext', '-enc', 'UTF-8', pdf, '-')));
}, 180_000);

describe('the PDF of a plan in many scripts', () => {
	it('is a valid PDF of reasonable size', () => {
		tool('qpdf', '--check', pdf);
		expect(readFileSync(pdf).byteLength).toBeLessThan(2_000_000);
	});

	it('opens each font a few times, not once per map label', () => {
		// pdfmake opens a font once per document it lays out and writes; a label that asked for a
		// slice the engine did not find by name opened and parsed it again, 150 times for Arabic.
		expect(fontReads.size).toBeGreaterThan(8);
		const most = Math.max(...fontReads.values());
		expect(most, JSON.stringify([...fontReads])).toBeLessThanOrEqual(4);
	});

	it('embeds every font, as a subset, and no other', () => {
		const rows = tool('pdffonts', pdf).split('\n').slice(2).filter(Boolean);
		expect(rows.length).toBeGreaterThan(1);
		for (const row of rows)
			expect(row, row).toMatch(/^[A-Z]{6}\+\S+\s.*\syes\s+yes\s+yes\s+\d+\s+\d+$/);
		const names = rows.map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
		for (const family of [
			'NotoSansSC',
			'NotoSansJP',
			'NotoSansKR',
			'NotoSansArabic',
			'NotoSansHebrew',
			'NotoSansThai',
			'NotoSansDevanagari',
			'NotoEmoji'
		])
			expect(
				names.some((name) => name.startsWith(family)),
				family
			).toBe(true);
		// The title on the cover is bold, in Chinese and Arabic: so are their letters.
		for (const bold of ['NotoSansSCBold', 'NotoSansArabicBold'])
			expect(
				names.some((name) => name.startsWith(bold)),
				bold
			).toBe(true);
	});

	it('extracts every text in reading order', () => {
		for (const string of WORLD_STRINGS) {
			// Brackets and commas next to right-to-left words come out on either side of them.
			const shown = normalised(string).replace(/[()[\],:]/g, ' ');
			for (const word of shown.split(' ').filter(Boolean))
				expect(text, `${word} (of ${string})`).toContain(bodies(word));
		}
		// Texts in one direction come out whole, in the order they are read.
		for (const whole of [
			WORLD_NAMES.simplified,
			WORLD_NAMES.traditional,
			WORLD_NAMES.japanese,
			WORLD_NAMES.korean,
			WORLD_NAMES.hebrew,
			WORLD_NAMES.thai,
			WORLD_NAMES.hindi,
			'مكتبة دبي',
			AWKWARD_TEXTS.combining
		])
			expect(text, whole).toContain(bodies(normalised(whole)));
	});

	it('keeps all of a 20,000-character Arabic paragraph', () => {
		const letters = (s: string) => s.match(/\p{Script=Arabic}/gu)?.length ?? 0;
		expect(letters(text)).toBeGreaterThanOrEqual(letters(bodies(LONG_ARABIC)));
		for (const word of new Set(normalised(LONG_ARABIC).split(' ')))
			if (word.length > 1) expect(text, word).toContain(bodies(word));
	});

	it('reads a right-to-left paragraph of several lines from its first line', () => {
		// Windows of two lines and more of the paragraph, taken along it: each comes out whole only
		// when every line follows the one before it. Those across a page break are interrupted by
		// the running header and footer.
		// Poppler puts the full stop after a sentence's last word on the other side of the space.
		const stops = (of: string) => of.replace(/\s*\.\s*/g, ' ');
		const paragraph = stops(bodies(normalised(LONG_ARABIC)));
		const read = stops(text);
		const windows = Array.from({ length: 40 }, (_, index) =>
			paragraph.slice(index * 480 + 20, index * 480 + 240)
		);
		const whole = windows.filter((window) => read.includes(window.trim()));
		expect(whole.length, `${whole.length} of ${windows.length} windows`).toBeGreaterThanOrEqual(30);
	});
});

describe('the fonts chosen for the fixture', () => {
	const fonts = new Map<string, fontkit.Font>();
	let roboto: Buffer;
	beforeAll(async () => {
		const module = (await import('pdfmake/build/vfs_fonts.js')) as unknown;
		const files = ((module as { default?: unknown }).default ?? module) as Record<string, string>;
		roboto = Buffer.from(files['Roboto-Regular.ttf']!, 'base64');
	});
	const open = (face: FontFace | null): fontkit.Font => {
		const key = face?.key ?? 'Roboto';
		let font = fonts.get(key);
		if (!font) {
			const file =
				face && `node_modules${face.url.replace(/^.*\/node_modules/, '').replace(/\?.*$/, '')}`;
			font = fontkit.create(file ? readFileSync(file) : roboto) as fontkit.Font;
			fonts.set(key, font);
		}
		return font;
	};

	it('has a glyph for every character of every text', () => {
		const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
		for (const string of [...WORLD_STRINGS, LONG_ARABIC.slice(0, 200)]) {
			const order = familyOrder(string, NOTO_FAMILIES);
			for (const { segment } of segmenter.segment(string)) {
				const face = faceFor(segment, order);
				const font = open(face);
				for (const char of segment) {
					if (isIgnorable(char)) continue;
					const codePoint = char.codePointAt(0)!;
					expect(
						font.hasGlyphForCodePoint(codePoint),
						`U+${codePoint.toString(16)} of "${segment}" in ${face?.key ?? 'Roboto'}`
					).toBe(true);
				}
			}
		}
	});
});

describe('the pages that show the names', () => {
	/** Pages found by a text they hold, so that a page added elsewhere moves nothing here. */
	const pages = { cover: 'SOCIAL MEDIA STRATEGY', values: 'Purpose and values' };

	function pageOf(marker: string): number {
		const count = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', pdf))![1]);
		for (let page = 1; page <= count; page++) {
			const pageText = tool('pdftotext', '-f', `${page}`, '-l', `${page}`, pdf, '-');
			if (page > 2 && pageText.replace(/\s+/g, ' ').includes(marker)) return page;
			if (page === 1 && marker === pages.cover) return 1;
		}
		throw new Error(`No page shows "${marker}".`);
	}

	for (const [name, marker] of Object.entries(pages))
		it(`look as checked: ${name}`, () => {
			const page = pageOf(marker);
			const prefix = join(dir, name);
			tool(
				'pdftoppm',
				'-r',
				'50',
				'-png',
				'-singlefile',
				'-f',
				`${page}`,
				'-l',
				`${page}`,
				pdf,
				prefix
			);
			const rendered = PNG.sync.read(readFileSync(`${prefix}.png`));
			const reference = `tests/fixtures/world-scripts/${name}.png`;
			if (process.env.UPDATE_REFERENCES || !existsSync(reference)) {
				writeFileSync(reference, PNG.sync.write(rendered));
				if (!process.env.UPDATE_REFERENCES) throw new Error(`${reference} was missing: written.`);
			}
			const expected = PNG.sync.read(readFileSync(reference));
			expect([rendered.width, rendered.height]).toEqual([expected.width, expected.height]);
			let different = 0;
			for (let i = 0; i < rendered.data.length; i += 4) {
				const delta = Math.max(
					Math.abs(rendered.data[i]! - expected.data[i]!),
					Math.abs(rendered.data[i + 1]! - expected.data[i + 1]!),
					Math.abs(rendered.data[i + 2]! - expected.data[i + 2]!)
				);
				if (delta > 48) different++;
			}
			// A few pixels of antialiasing may differ between poppler versions; a box or a wrong order
			// of words changes hundreds.
			expect(different / (rendered.width * rendered.height)).toBeLessThan(0.002);
		});
});
