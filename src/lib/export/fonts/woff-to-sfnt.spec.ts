import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { isWoff, woffToSfnt } from './woff-to-sfnt';

const files = '/node_modules/@fontsource';
const read = (path: string) => new Uint8Array(readFileSync(`.${files}/${path}`));
const open = (bytes: Uint8Array) => fontkit.create(Buffer.from(bytes)) as fontkit.Font;

/** Real slices the PDF prints with: a script with shaping, Chinese, and emoji. */
const SLICES: [string, string][] = [
	['noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff', 'مرحبا بالعالم ١٢٣'],
	['noto-sans-sc/files/noto-sans-sc-119-400-normal.woff', '的一是不了人我在有他这为'],
	['noto-emoji/files/noto-emoji-9-400-normal.woff', '🎉👍✨❤']
];

describe('woffToSfnt', () => {
	it.each(SLICES)('%s unwraps to the same font', async (path, sample) => {
		const woff = read(path);
		expect(isWoff(woff)).toBe(true);
		const sfnt = await woffToSfnt(woff);
		expect(isWoff(sfnt)).toBe(false);
		const [before, after] = [open(woff), open(sfnt)];
		expect(after.numGlyphs).toBe(before.numGlyphs);
		expect(after.unitsPerEm).toBe(before.unitsPerEm);
		expect(after.postscriptName).toBe(before.postscriptName);
		// The text lays out to the same glyphs, advances and outlines.
		const [a, b] = [before.layout(sample), after.layout(sample)];
		expect(b.glyphs.map((glyph) => glyph.id)).toEqual(a.glyphs.map((glyph) => glyph.id));
		expect(b.glyphs.some((glyph) => glyph.id !== 0)).toBe(true);
		expect(b.positions.map((p) => p.xAdvance)).toEqual(a.positions.map((p) => p.xAdvance));
		expect(b.glyphs.map((glyph) => glyph.path.toSVG())).toEqual(
			a.glyphs.map((glyph) => glyph.path.toSVG())
		);
	});

	it('writes the SFNT header the specification gives', async () => {
		const sfnt = await woffToSfnt(read(SLICES[0]![0]));
		const view = new DataView(sfnt.buffer);
		const count = view.getUint16(4);
		const power = 2 ** Math.floor(Math.log2(count));
		expect([view.getUint16(6), view.getUint16(8), view.getUint16(10)]).toEqual([
			power * 16,
			Math.log2(power),
			count * 16 - power * 16
		]);
		const tags = Array.from({ length: count }, (_, i) => view.getUint32(12 + i * 16));
		expect(tags).toEqual([...tags].sort((a, b) => a - b));
		for (let i = 0; i < count; i++) expect(view.getUint32(12 + i * 16 + 8) % 4).toBe(0);
	});

	it('leaves a font that is not WOFF as it is', async () => {
		const plain = await woffToSfnt(read(SLICES[0]![0]));
		expect(await woffToSfnt(plain)).toBe(plain);
	});

	it.each([
		['cut short', (woff: Uint8Array) => woff.slice(0, 60)],
		[
			'a table past the end',
			(woff: Uint8Array) => {
				const copy = woff.slice();
				new DataView(copy.buffer).setUint32(44 + 4, copy.byteLength);
				return copy;
			}
		],
		[
			'a table that does not inflate to its size',
			(woff: Uint8Array) => {
				const copy = woff.slice();
				const view = new DataView(copy.buffer);
				// The first table that is stored compressed claims one byte more than it holds.
				for (let i = 0; i < view.getUint16(12); i++) {
					const entry = 44 + i * 20;
					if (view.getUint32(entry + 8) < view.getUint32(entry + 12)) {
						view.setUint32(entry + 12, view.getUint32(entry + 12) + 1);
						break;
					}
				}
				return copy;
			}
		]
	])('refuses a damaged file: %s', async (_, damage) => {
		await expect(woffToSfnt(damage(read(SLICES[0]![0])))).rejects.toBeInstanceOf(Error);
	});
});
