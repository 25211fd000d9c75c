/**
 * Compresses the streams of a PDF that pdfkit wrote uncompressed, with the platform's own deflate
 * (`CompressionStream`, native in browsers, their workers and Node).
 *
 * pdfkit compresses each page with a deflate written in JavaScript, which took about a sixth of a
 * large export; the native one does the same work in a few tens of milliseconds. So the document
 * is written with `compress: false` and compressed here: every stream without a filter is
 * deflated, its dictionary gets `/Filter /FlateDecode` and its new `/Length`, and the
 * cross-reference table is written again for the new offsets.
 *
 * It reads only what pdfkit writes (objects one after another, `N 0 obj` to `endobj`, each stream's
 * length in its dictionary, one classic xref table): anything else is returned as it came, since
 * an uncompressed PDF is still a correct one.
 */

const latin1 = new TextDecoder('latin1');
const ascii = new TextEncoder();

/**
 * One stream's bytes deflated. Written straight into the compressor: through a `Blob` they were
 * copied once more on the way, for every stream of the document.
 */
async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
	const compressor = new CompressionStream('deflate');
	const writer = compressor.writable.getWriter();
	// Settled as the compressor reads: a failure is met by the read below.
	writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
	writer.close().catch(() => {});
	return new Uint8Array(await new Response(compressor.readable).arrayBuffer());
}

interface Part {
	/** Object number, for parts that start an object. */
	object?: number;
	bytes: Uint8Array;
}

const OBJECT = /(\d+) 0 obj\n/y;
const STREAM_DICT_END = '>>\nstream\n';

/** The PDF with its unfiltered streams deflated, or the same bytes when it is not as expected. */
export async function deflateStreams(pdf: Uint8Array): Promise<Uint8Array> {
	const text = latin1.decode(pdf);
	const xref = text.lastIndexOf('\nxref\n');
	if (xref === -1) return pdf;
	const parts: Part[] = [];
	/** Streams to deflate, one after another (see below). */
	const pending: (() => Promise<void>)[] = [];
	// The header, up to the first object.
	let at = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
	parts.push({ bytes: pdf.subarray(0, at) });
	while (at < xref + 1) {
		OBJECT.lastIndex = at;
		const head = OBJECT.exec(text);
		if (!head) return pdf;
		const object = Number(head[1]);
		const end = text.indexOf('\nendobj\n', at);
		if (end === -1) return pdf;
		// Looked for within the object only (a stream's dictionary comes before its data).
		const inner = text.slice(at, end).indexOf(STREAM_DICT_END);
		const streamAt = inner === -1 ? -1 : at + inner;
		if (streamAt === -1) {
			parts.push({ object, bytes: pdf.subarray(at, end + 8) });
			at = end + 8;
			continue;
		}
		const dictionary = text.slice(at + head[0].length, streamAt + 2);
		const length = /\n\/Length (\d+)\n/.exec(dictionary);
		if (!length) return pdf;
		const dataAt = streamAt + STREAM_DICT_END.length;
		const dataEnd = dataAt + Number(length[1]);
		const tail = '\nendstream\nendobj\n';
		if (text.slice(dataEnd, dataEnd + tail.length) !== tail) return pdf;
		const data = pdf.subarray(dataAt, dataEnd);
		if (dictionary.includes('/Filter')) {
			parts.push({ object, bytes: pdf.subarray(at, dataEnd + tail.length) });
		} else {
			const part: Part = { object, bytes: new Uint8Array() };
			parts.push(part);
			pending.push(() =>
				deflate(data).then((packed) => {
					const rest = dictionary
						.slice(0, -2)
						.replace(length[0], `\n/Length ${packed.length}\n/Filter /FlateDecode\n`);
					const before = ascii.encode(`${head[0]}${rest}>>\nstream\n`);
					const after = ascii.encode(tail);
					const bytes = new Uint8Array(before.length + packed.length + after.length);
					bytes.set(before);
					bytes.set(packed, before.length);
					bytes.set(after, before.length + packed.length);
					part.bytes = bytes;
				})
			);
		}
		at = dataEnd + tail.length;
	}
	// One at a time: Chromium took about ten times as long for a few hundred compressions at once
	// (a large workshop's pages, over a second) as for the same ones in turn.
	for (const stream of pending) await stream();

	// The cross-reference table again, for the objects' new places.
	const table = /^xref\n0 (\d+)\n/.exec(text.slice(xref + 1));
	const trailerAt = text.indexOf('trailer\n', xref);
	if (!table || trailerAt === -1) return pdf;
	const size = Number(table[1]);
	const offsets = new Array<number>(size).fill(-1);
	let offset = 0;
	for (const part of parts) {
		if (part.object !== undefined && part.object < size) offsets[part.object] = offset;
		offset += part.bytes.length;
	}
	if (offsets.slice(1).some((place) => place === -1)) return pdf;
	const rows = offsets.map((place, index) =>
		index === 0 ? '0000000000 65535 f \n' : `${String(place).padStart(10, '0')} 00000 n \n`
	);
	const trailer = text.slice(trailerAt, text.lastIndexOf('startxref\n'));
	const end = ascii.encode(
		`xref\n0 ${size}\n${rows.join('')}${trailer}startxref\n${offset}\n%%EOF\n`
	);
	const out = new Uint8Array(offset + end.length);
	let write = 0;
	for (const part of parts) {
		out.set(part.bytes, write);
		write += part.bytes.length;
	}
	out.set(end, write);
	return out;
}
