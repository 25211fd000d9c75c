import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tool } from '../../../../tests/helpers/pdf-text';
import { strategyPlan } from '../../../../tests/factories/strategy-plan';
import { worldScriptsPlan } from '../../../../tests/factories/world-scripts';
import { latin1Bytes } from './engine-tuning';
import { renderPdf } from './render';
import { planToPdf } from './render-report';
import type { RenderRequest } from './worker-protocol';

/**
 * One engine makes many documents (a warm worker): the fonts it parsed for one are reused by the
 * next (engine-tuning.ts). Each document must still come out as it would from a fresh engine.
 */

const dir = mkdtempSync(join(tmpdir(), 'canal-tuning-'));

function textOf(bytes: Uint8Array): string {
	const path = join(dir, 'text.pdf');
	writeFileSync(path, bytes);
	return tool('pdftotext', '-enc', 'UTF-8', path, '-');
}

/** The bytes without what differs from run to run (the creation date and the file's ID). */
function stable(bytes: Uint8Array): string {
	return new TextDecoder('latin1')
		.decode(bytes)
		.replace(/\(D:\d+Z\)/g, '(D:)')
		.replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '/ID []');
}

const request = (plan: RenderRequest['plan']): RenderRequest => ({
	type: 'render',
	plan,
	edition: 'full',
	pageSize: 'A4',
	generatedAt: new Date(Date.UTC(2026, 0, 1)),
	locale: 'en'
});

describe('a warm PDF engine', () => {
	it('maps a glyph to the characters this document drew it for', async () => {
		// Roboto draws the ohm sign and the capital omega with one glyph: the text layer of the
		// second document must say omega, not what the first document drew with that glyph.
		const ohm = textOf(await renderPdf({ content: ['Resistance 10 \u2126'] }));
		const omega = textOf(await renderPdf({ content: ['Alpha to \u03a9'] }));
		expect(ohm).toContain('10 \u2126');
		expect(omega).toContain('to \u03a9');
		expect(omega).not.toContain('\u2126');
	}, 60_000);

	it('makes a document again byte for byte after others', async () => {
		const first = stable(await planToPdf(request(worldScriptsPlan())));
		await planToPdf(request(strategyPlan()));
		const again = stable(await planToPdf(request(worldScriptsPlan())));
		expect(again.length).toBe(first.length);
		expect(again === first).toBe(true);
	}, 180_000);
});

describe('latin1Bytes', () => {
	const cases: { name: string; texts: string[]; bytes: number[] }[] = [
		{ name: 'nothing', texts: [], bytes: [] },
		{ name: 'empty texts', texts: ['', ''], bytes: [] },
		{
			name: 'operators across texts',
			texts: ['q\n', '1 w\n', 'Q\n'],
			bytes: [...'q\n1 w\nQ\n'].map((c) => c.charCodeAt(0))
		},
		{ name: 'a Latin-1 character is its own byte', texts: ['(\u00e9)'], bytes: [0x28, 0xe9, 0x29] },
		{
			name: 'beyond Latin-1, the low byte of the code',
			texts: ['\u0141', '\u2126'],
			bytes: [0x41, 0x26]
		}
	];
	it.each(cases)('$name', ({ texts, bytes }) => {
		const length = texts.reduce((sum, text) => sum + text.length, 0);
		expect([...latin1Bytes(texts, length)]).toEqual(bytes);
	});
});
