import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deflateStreams } from './deflate-streams';
import { loadPdfEngine } from './render';

/**
 * The native compression of pdfkit's streams, checked with qpdf and poppler against pdfkit's own
 * compression of the same document: same text, same pixels, every stream compressed.
 */

const dir = mkdtempSync(join(tmpdir(), 'canal-deflate-'));
const tool = (command: string, ...args: string[]) =>
	execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const definition: TDocumentDefinitions = {
	info: { title: 'Streams (and endobj\nendstream) in a title' },
	content: [
		{ text: 'Compressed natively: Zürich, Москва, Ελλάδα.', fontSize: 14 },
		{ text: 'A line that says endobj and endstream and stream, as text.' },
		{
			svg: '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80"><rect x="5" y="5" width="90" height="60" fill="#fff6bf" stroke="#c2a92a"/><text x="12" y="30" font-family="Roboto">A note</text></svg>'
		},
		{ text: 'Second page', pageBreak: 'before', bold: true }
	]
};

async function render(compress: boolean): Promise<Uint8Array> {
	const pdfMake = await loadPdfEngine();
	const buffer = await pdfMake.createPdf({ ...definition, compress }).getBuffer();
	return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function save(name: string, bytes: Uint8Array): string {
	const file = join(dir, name);
	writeFileSync(file, bytes);
	return file;
}

describe('deflateStreams', () => {
	it('compresses every stream of an uncompressed pdfkit document into a valid PDF', async () => {
		const plain = await render(false);
		const packed = await deflateStreams(plain);
		const compressed = await render(true);
		const reference = save('pdfkit.pdf', compressed);
		const file = save('native.pdf', packed);

		expect(packed.length).toBeLessThan(plain.length);
		// As small as pdfkit's own compression, give or take the deflate settings.
		expect(packed.length).toBeLessThan(compressed.length * 1.05);
		expect(tool('qpdf', '--check', file)).toMatch(/No syntax or stream encoding errors/);
		const text = new TextDecoder('latin1').decode(packed);
		const streams = text.match(/>>\nstream\n/g) ?? [];
		expect(streams.length).toBeGreaterThan(3);
		expect(text.match(/\/Filter \/FlateDecode\n>>\nstream\n/g)).toHaveLength(streams.length);
		expect(tool('pdftotext', '-enc', 'UTF-8', file, '-')).toBe(
			tool('pdftotext', '-enc', 'UTF-8', reference, '-')
		);
		expect(tool('pdfinfo', file)).toMatch(/Pages:\s+2\n/);
		for (const page of ['1', '2']) {
			const pixels = (pdf: string) =>
				execFileSync('pdftoppm', ['-r', '30', '-f', page, '-l', page, pdf]).toString('base64');
			expect(pixels(file), `page ${page}`).toBe(pixels(reference));
		}
	}, 60_000);

	it('returns anything it does not recognise as it came', async () => {
		const plain = await render(false);
		const cut = plain.subarray(0, plain.length - 200);
		expect(await deflateStreams(cut)).toBe(cut);
		const junk = new TextEncoder().encode('%PDF-1.3\n%\n1 0 obj\n<<>>\nxref\n');
		expect(await deflateStreams(junk)).toBe(junk);
	});

	describe('with the compressors counted', () => {
		afterEach(() => vi.unstubAllGlobals());

		// Chromium took about ten times as long for a few hundred compressions started at once as for
		// the same ones in turn.
		it('compresses one stream at a time', async () => {
			let open = 0;
			let most = 0;
			let made = 0;
			class Counted extends CompressionStream {
				constructor(format: CompressionFormat) {
					super(format);
					made += 1;
					most = Math.max(most, (open += 1));
				}
				override get readable(): ReadableStream<Uint8Array<ArrayBuffer>> {
					return super.readable.pipeThrough(
						new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
							flush: () => void (open -= 1)
						})
					);
				}
			}
			vi.stubGlobal('CompressionStream', Counted);
			const packed = await deflateStreams(await render(false));
			expect(made).toBeGreaterThan(3);
			expect(most).toBe(1);
			expect(tool('qpdf', '--check', save('counted.pdf', packed))).toMatch(
				/No syntax or stream encoding errors/
			);
		}, 60_000);
	});
});
