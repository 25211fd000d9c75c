/**
 * Two costs of the PDF engine (pdfkit inside pdfmake's browser build) that do not change a byte
 * of its output, removed by replacing two of its methods once the engine is loaded.
 *
 * Content streams: pdfkit turns every drawing operator it writes into a buffer of its own (a
 * JavaScript copy of Node's `Buffer`, byte by byte), then joins them when the page ends. A large
 * workshop writes hundreds of thousands of operators: a tenth of its export went to those small
 * buffers and the garbage they leave. Here the operators of a stream are kept as text and written
 * into one buffer, a byte per character, when the stream is written out: the same bytes. (Joined
 * into one string and passed to the browser's `TextEncoder` instead, the 18 MB of a large
 * workshop's streams cost more than a tenth of its warm export in Chromium's worker.)
 *
 * Fonts: pdfkit parses every font again for every document (its tables, and the shaping tables of
 * complex scripts as text needs them). A warm worker makes many documents from the same font
 * files: a font opened from bytes already parsed for an earlier document reuses that parse. Each
 * document still makes its own subset, and its glyphs are made afresh for each document (the
 * engine records, for the text layer, the characters a glyph was first made from), so a document
 * comes out as it would in a fresh worker.
 *
 * The methods are found through a one-line document made when the engine loads (the engine's
 * classes are not exported). Where they are not found as expected, nothing is replaced.
 */

interface Reference {
	buffer: Uint8Array[];
	data: { Length?: number; Filter?: string };
	compress: boolean;
	uncompressedLength: number;
	write(chunk: unknown): void;
	finalize(): void;
}

interface ParsedFont {
	_glyphs: Record<number, unknown>;
	bbox: unknown;
	createSubset(): unknown;
}

interface OpenFont {
	id?: string;
	font?: ParsedFont;
	subset?: unknown;
	bbox?: unknown;
}

interface Document {
	_root?: unknown;
	_font?: OpenFont;
	_fontCount: number;
	font(src: unknown, family?: unknown, size?: unknown): Document;
}

interface Engine {
	createPdf(definition: object): { getStream(): Promise<unknown> };
	virtualfs?: { storage?: Record<string, unknown> };
}

/** Methods already replaced (an engine loaded again in the same scope keeps its classes). */
const tuned = new WeakSet<object>();

/** Operators of a stream not yet turned into bytes, and their length in characters. */
interface Pending {
	texts: string[];
	length: number;
}

const pending = new WeakMap<Reference, Pending>();

/**
 * Texts as one byte per character, the low byte of its code (what pdfkit's 'binary' does), in one
 * buffer of their total length. Content streams are ASCII (text is drawn as glyph numbers in hex).
 */
export function latin1Bytes(texts: readonly string[], length: number): Uint8Array {
	const bytes = new Uint8Array(length);
	let at = 0;
	for (const text of texts)
		for (let index = 0; index < text.length; index++) bytes[at++] = text.charCodeAt(index);
	return bytes;
}

function flush(reference: Reference): void {
	const stream = pending.get(reference);
	if (!stream || stream.texts.length === 0) return;
	pending.delete(reference);
	reference.buffer.push(latin1Bytes(stream.texts, stream.length));
}

function tuneStreams(prototype: Reference): void {
	if (tuned.has(prototype)) return;
	tuned.add(prototype);
	const { write, finalize } = prototype;
	prototype.write = function (this: Reference, chunk: unknown) {
		if (chunk instanceof Uint8Array) {
			flush(this);
			write.call(this, chunk);
			return;
		}
		// As pdfkit: the operator and a line break, counted in bytes (one per character).
		const text = `${String(chunk)}\n`;
		let stream = pending.get(this);
		if (!stream) pending.set(this, (stream = { texts: [], length: 0 }));
		stream.texts.push(text);
		stream.length += text.length;
		this.uncompressedLength += text.length;
		this.data.Length = (this.data.Length ?? 0) + text.length;
		if (this.compress) this.data.Filter = 'FlateDecode';
	};
	prototype.finalize = function (this: Reference) {
		flush(this);
		finalize.call(this);
	};
}

function tuneFonts(prototype: Document, engine: Engine): void {
	if (tuned.has(prototype)) return;
	tuned.add(prototype);
	const open = prototype.font;
	/** Parsed fonts by the bytes they were parsed from (the file system hands out the same bytes). */
	const parsed = new WeakMap<object, ParsedFont>();
	/** The parsed fonts a document already uses. */
	const used = new WeakMap<Document, Set<ParsedFont>>();
	prototype.font = function (this: Document, src: unknown, family?: unknown, size?: unknown) {
		const before = this._fontCount;
		const result = open.call(this, src, family, size);
		const opened = this._font;
		// Only a font this call opened, and kept (not one already open under the same name).
		if (this._fontCount === before || opened?.id !== `F${this._fontCount}` || !opened.font)
			return result;
		const bytes =
			typeof src === 'string' ? engine.virtualfs?.storage?.[src.replace(/^\//, '')] : src;
		if (typeof bytes !== 'object' || bytes === null) return result;
		let fonts = used.get(this);
		if (!fonts) used.set(this, (fonts = new Set()));
		const earlier = parsed.get(bytes);
		if (earlier && !fonts.has(earlier)) {
			earlier._glyphs = {};
			opened.font = earlier;
			opened.subset = earlier.createSubset();
			opened.bbox = earlier.bbox;
		} else if (!earlier) parsed.set(bytes, opened.font);
		fonts.add(opened.font);
		return result;
	};
}

function owner<T extends object>(object: T, key: string): T | null {
	for (let at: object | null = object; at; at = Object.getPrototypeOf(at) as object | null)
		if (Object.prototype.hasOwnProperty.call(at, key)) return at as T;
	return null;
}

/** Replaces the two methods (once per engine). */
export async function tuneEngine(engine: Engine): Promise<void> {
	const document = (await engine
		.createPdf({ content: [{ text: ' ' }], compress: false })
		.getStream()) as Document;
	const reference = document._root as Reference | undefined;
	const streams = reference && owner(reference, 'write');
	if (
		streams &&
		owner(reference, 'finalize') === streams &&
		Array.isArray(reference.buffer) &&
		typeof reference.uncompressedLength === 'number'
	)
		tuneStreams(streams);
	const fonts = owner(document, 'font');
	if (fonts && typeof document._fontCount === 'number' && document._font?.font)
		tuneFonts(fonts, engine);
}
