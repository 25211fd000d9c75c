/**
 * The container of a TrueType/OpenType font (SFNT): a header, one record per table, the tables.
 * Read and written here for the two changes the PDF engine needs (see woff-to-sfnt.ts and
 * font-name.ts); the tables themselves are copied as they are.
 */

const HEADER = 12;
const RECORD = 16;

export interface SfntTable {
	/** Four ASCII letters as one big-endian number, e.g. 'name' = 0x6e616d65. */
	tag: number;
	checksum: number;
	data: Uint8Array;
}

export class FontFormatError extends Error {}

export const tagOf = (name: string): number =>
	[...name].reduce((tag, char) => tag * 256 + char.charCodeAt(0), 0);

/** The table checksum of the specification: the sum of its big-endian 32-bit words, zero-padded. */
export function tableChecksum(data: Uint8Array): number {
	let sum = 0;
	for (let at = 0; at < data.byteLength; at += 4) {
		const word =
			((data[at] ?? 0) << 24) |
			((data[at + 1] ?? 0) << 16) |
			((data[at + 2] ?? 0) << 8) |
			(data[at + 3] ?? 0);
		sum = (sum + (word >>> 0)) >>> 0;
	}
	return sum;
}

export function readSfnt(bytes: Uint8Array): { flavor: number; tables: SfntTable[] } {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (bytes.byteLength < HEADER) throw new FontFormatError('The font file is cut short.');
	const count = view.getUint16(4);
	if (HEADER + count * RECORD > bytes.byteLength)
		throw new FontFormatError('The font file is cut short.');
	const tables = Array.from({ length: count }, (_, index) => {
		const record = HEADER + index * RECORD;
		const [tag, checksum, offset, length] = [0, 4, 8, 12].map((at) =>
			view.getUint32(record + at)
		) as [number, number, number, number];
		if (offset + length > bytes.byteLength)
			throw new FontFormatError('A table of the font lies outside the file.');
		return { tag, checksum, data: bytes.subarray(offset, offset + length) };
	});
	return { flavor: view.getUint32(0), tables };
}

/** A font file from its tables: records sorted by tag, each table padded to four bytes. */
export function writeSfnt(flavor: number, tables: readonly SfntTable[]): Uint8Array {
	const sorted = [...tables].sort((a, b) => a.tag - b.tag);
	const count = sorted.length;
	const padded = (length: number) => (length + 3) & ~3;
	let size = HEADER + count * RECORD;
	for (const table of sorted) size += padded(table.data.byteLength);
	const out = new Uint8Array(size);
	const write = new DataView(out.buffer);
	const power = count > 0 ? 2 ** Math.floor(Math.log2(count)) : 0;
	write.setUint32(0, flavor);
	write.setUint16(4, count);
	write.setUint16(6, power * 16);
	write.setUint16(8, power > 0 ? Math.log2(power) : 0);
	write.setUint16(10, count * 16 - power * 16);
	let offset = HEADER + count * RECORD;
	sorted.forEach((table, index) => {
		const record = HEADER + index * RECORD;
		write.setUint32(record, table.tag);
		write.setUint32(record + 4, table.checksum);
		write.setUint32(record + 8, offset);
		write.setUint32(record + 12, table.data.byteLength);
		out.set(table.data, offset);
		offset += padded(table.data.byteLength);
	});
	return out;
}
