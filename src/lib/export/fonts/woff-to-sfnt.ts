/**
 * A WOFF 1.0 font unwrapped to the plain TrueType/OpenType file it compresses. The PDF engine's
 * font reader (fontkit) inflates a WOFF table each time it reads from it, and it reads the glyph
 * table once per glyph: a page of Chinese or Arabic inflated the same slice thousands of times,
 * about a third of an export in many scripts. Unwrapped once when the slice is loaded, every read
 * after that is a plain lookup. The tables are copied unchanged (only inflated), so the glyphs and
 * metrics are the font's own; the SFNT header is rebuilt as the OpenType specification gives it.
 */

import { FontFormatError, writeSfnt, type SfntTable } from './sfnt';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;

/** True for a WOFF 1.0 file (WOFF 2 and plain fonts are not). */
export function isWoff(bytes: Uint8Array): boolean {
	return (
		bytes.byteLength >= WOFF_HEADER &&
		new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0) === WOFF_SIGNATURE
	);
}

/** A table's zlib stream inflated (written straight into the stream: no Blob in between). */
async function inflate(data: Uint8Array): Promise<Uint8Array> {
	const stream = new DecompressionStream('deflate');
	const writer = stream.writable.getWriter();
	void writer.write(data as Uint8Array<ArrayBuffer>).catch(() => {});
	void writer.close().catch(() => {});
	return new Uint8Array(await new Response(stream.readable).arrayBuffer());
}

/** The font inside a WOFF file; any other bytes are returned as they are. */
export async function woffToSfnt(bytes: Uint8Array): Promise<Uint8Array> {
	if (!isWoff(bytes)) return bytes;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const flavor = view.getUint32(4);
	const count = view.getUint16(12);
	if (WOFF_HEADER + count * WOFF_ENTRY > bytes.byteLength)
		throw new FontFormatError('The font file is cut short.');
	const tables: SfntTable[] = await Promise.all(
		Array.from({ length: count }, async (_, index) => {
			const entry = WOFF_HEADER + index * WOFF_ENTRY;
			const [tag, offset, compressed, length, checksum] = [0, 4, 8, 12, 16].map((at) =>
				view.getUint32(entry + at)
			) as [number, number, number, number, number];
			if (offset + compressed > bytes.byteLength || compressed > length)
				throw new FontFormatError('A table of the font lies outside the file.');
			const stored = bytes.subarray(offset, offset + compressed);
			const data = compressed < length ? await inflate(stored) : stored;
			if (data.byteLength !== length)
				throw new FontFormatError('A table of the font did not inflate to its size.');
			return { tag, checksum, data };
		})
	);
	return writeSfnt(flavor, tables);
}
