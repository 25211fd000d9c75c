import { FontFormatError, readSfnt, tableChecksum, tagOf, writeSfnt } from './sfnt';

/**
 * A font with another PostScript name, everything else unchanged. Each slice of a Noto family
 * carries the family's name ("NotoSansArabic-Regular"), and the PDF engine (pdfkit) keeps the
 * fonts it has open by that name: a map label asking for a slice by its file name found a font of
 * that name already open, was handed it, and the request itself was not remembered, so the next
 * label opened and parsed the slice again (150 times for the Arabic slice of one export, about a
 * tenth of the whole). Named after its file, a slice is found at once on every later request.
 */

const NAME = tagOf('name');
const POSTSCRIPT_NAME_ID = 6;

interface NameRecord {
	platform: number;
	encoding: number;
	language: number;
	nameId: number;
	bytes: Uint8Array;
}

/** A PostScript name: printable ASCII without the characters PostScript reserves, at most 63. */
export function isPostscriptName(name: string): boolean {
	return /^[!-~]{1,63}$/.test(name) && !/[[\](){}<>/%]/.test(name);
}

function readRecords(table: Uint8Array): NameRecord[] {
	const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
	const count = view.getUint16(2);
	const storage = view.getUint16(4);
	return Array.from({ length: count }, (_, index) => {
		const at = 6 + index * 12;
		const [platform, encoding, language, nameId, length, offset] = [0, 2, 4, 6, 8, 10].map(
			(field) => view.getUint16(at + field)
		) as [number, number, number, number, number, number];
		const start = storage + offset;
		if (start + length > table.byteLength)
			throw new FontFormatError('A name of the font lies outside its table.');
		return { platform, encoding, language, nameId, bytes: table.subarray(start, start + length) };
	});
}

/** Format 0 with the records sorted as the specification requires. */
function writeRecords(records: NameRecord[]): Uint8Array {
	const sorted = [...records].sort(
		(a, b) =>
			a.platform - b.platform ||
			a.encoding - b.encoding ||
			a.language - b.language ||
			a.nameId - b.nameId
	);
	const storage = 6 + sorted.length * 12;
	const size = storage + sorted.reduce((sum, record) => sum + record.bytes.byteLength, 0);
	const out = new Uint8Array(size);
	const view = new DataView(out.buffer);
	view.setUint16(0, 0);
	view.setUint16(2, sorted.length);
	view.setUint16(4, storage);
	let offset = 0;
	sorted.forEach((record, index) => {
		const at = 6 + index * 12;
		[record.platform, record.encoding, record.language, record.nameId].forEach((value, field) =>
			view.setUint16(at + field * 2, value)
		);
		view.setUint16(at + 8, record.bytes.byteLength);
		view.setUint16(at + 10, offset);
		out.set(record.bytes, storage + offset);
		offset += record.bytes.byteLength;
	});
	return out;
}

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const utf16 = (text: string) =>
	Uint8Array.from([...text].flatMap((char) => [0, char.charCodeAt(0)]));

/** The font (SFNT bytes) renamed: its PostScript name records replaced by `name`. */
export function withPostscriptName(sfnt: Uint8Array, name: string): Uint8Array {
	if (!isPostscriptName(name)) throw new Error(`Not a PostScript name: ${name}`);
	const { flavor, tables } = readSfnt(sfnt);
	const table = tables.find((entry) => entry.tag === NAME);
	if (!table) throw new FontFormatError('The font has no name table.');
	const records = readRecords(table.data).filter((record) => record.nameId !== POSTSCRIPT_NAME_ID);
	// The Macintosh record in ASCII and the Windows one in UTF-16, as fonts usually carry it.
	records.push(
		{ platform: 1, encoding: 0, language: 0, nameId: POSTSCRIPT_NAME_ID, bytes: ascii(name) },
		{ platform: 3, encoding: 1, language: 0x409, nameId: POSTSCRIPT_NAME_ID, bytes: utf16(name) }
	);
	const data = writeRecords(records);
	return writeSfnt(
		flavor,
		tables.map((entry) =>
			entry.tag === NAME ? { tag: NAME, checksum: tableChecksum(data), data } : entry
		)
	);
}
