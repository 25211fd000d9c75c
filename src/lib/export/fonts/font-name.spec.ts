import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { isPostscriptName, withPostscriptName } from './font-name';
import { readSfnt, tableChecksum, tagOf } from './sfnt';
import { woffToSfnt } from './woff-to-sfnt';

const slice = async (path: string) =>
	woffToSfnt(new Uint8Array(readFileSync(`./node_modules/@fontsource/${path}`)));
const open = (bytes: Uint8Array) => fontkit.create(Buffer.from(bytes)) as fontkit.Font;

describe('withPostscriptName', () => {
	it.each([
		['noto-sans-sc/files/noto-sans-sc-117-400-normal.woff', 'NotoSansSC-117', '的一是不了'],
		[
			'noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff',
			'NotoSansArabic-arabic',
			'مرحبا'
		],
		['noto-emoji/files/noto-emoji-9-400-normal.woff', 'NotoEmoji-9', '🎉👍']
	])('%s is renamed %s and otherwise the same', async (path, name, sample) => {
		const before = await slice(path);
		const after = withPostscriptName(before, name);
		const [a, b] = [open(before), open(after)];
		expect(b.postscriptName).toBe(name);
		expect(a.postscriptName).not.toBe(name);
		expect(b.familyName).toBe(a.familyName);
		expect(b.fullName).toBe(a.fullName);
		expect(b.copyright).toBe(a.copyright);
		expect(b.layout(sample).glyphs.map((glyph) => glyph.id)).toEqual(
			a.layout(sample).glyphs.map((glyph) => glyph.id)
		);
		// The new name table's record carries its true checksum.
		const name_ = readSfnt(after).tables.find((table) => table.tag === tagOf('name'))!;
		expect(name_.checksum).toBe(tableChecksum(name_.data));
	});

	it.each([
		['NotoSansSC-117', true],
		['Noto Sans', false],
		['a/b', false],
		['x'.repeat(64), false],
		['', false],
		['Ä', false]
	])('%j is a PostScript name: %s', (name, expected) => {
		expect(isPostscriptName(name)).toBe(expected);
	});

	it('refuses a name PostScript cannot carry', async () => {
		const font = await slice('noto-emoji/files/noto-emoji-9-400-normal.woff');
		expect(() => withPostscriptName(font, 'Noto Emoji')).toThrow(/PostScript/);
	});
});

describe('tableChecksum', () => {
	it.each([
		[[], 0],
		[[0, 0, 0, 1], 1],
		[[1], 0x01000000],
		[[0xff, 0xff, 0xff, 0xff, 0, 0, 0, 2], 1],
		[[0x12, 0x34, 0x56, 0x78, 0x9a], 0x12345678 + 0x9a000000]
	])('%j sums to %d', (bytes, sum) => {
		expect(tableChecksum(Uint8Array.from(bytes))).toBe(sum >>> 0);
	});
});
