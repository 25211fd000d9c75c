import vfs from 'pdfmake/build/vfs_fonts.js';
import { describe, expect, it } from 'vitest';
import { ROBOTO } from './render';

/**
 * The fonts are registered under their PostScript names (see ROBOTO): an SVG's text asks pdfkit
 * for a font by that name and finds the one pdfmake already opened, instead of parsing the whole
 * font again for every <text>. Read here from the font files themselves, so a pdfmake update that
 * ships other fonts fails this test rather than quietly making exports slow again.
 */

/** The PostScript name (name ID 6) from a TrueType font's `name` table. */
function postScriptName(font: Uint8Array): string | null {
	const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
	const tables = view.getUint16(4);
	for (let table = 0; table < tables; table++) {
		const record = 12 + 16 * table;
		if (String.fromCharCode(...font.subarray(record, record + 4)) !== 'name') continue;
		const offset = view.getUint32(record + 8);
		const count = view.getUint16(offset + 2);
		const strings = offset + view.getUint16(offset + 4);
		for (let entry = 0; entry < count; entry++) {
			const at = offset + 6 + 12 * entry;
			if (view.getUint16(at + 6) !== 6) continue;
			const bytes = font.subarray(
				strings + view.getUint16(at + 10),
				strings + view.getUint16(at + 10) + view.getUint16(at + 8)
			);
			// Macintosh names are single bytes, Windows names UTF-16 (big-endian).
			return view.getUint16(at) === 1
				? String.fromCharCode(...bytes)
				: new TextDecoder('utf-16be').decode(bytes);
		}
	}
	return null;
}

describe('the PDF fonts', () => {
	const files = (vfs as unknown as { default?: Record<string, string> }).default ?? vfs;
	it.each(Object.entries(ROBOTO))('%s is registered under its PostScript name', (_, name) => {
		const base64 = (files as Record<string, string>)[`${name}.ttf`];
		expect(base64, `${name}.ttf in pdfmake's fonts`).toBeDefined();
		expect(postScriptName(Buffer.from(base64 ?? '', 'base64'))).toBe(name);
	});
});
