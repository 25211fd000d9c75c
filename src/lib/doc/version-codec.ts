import * as Y from 'yjs';
import type { Plan } from '../domain/plan';
import { errorMessage } from '../domain/error-message';
import { timePhase, timePhaseAsync, type PhaseTimings } from './compare-timings';
import { compatibility, isEmptyDoc, migrate } from './migrations';
import { PlanDoc } from './plan-doc';
import { SCHEMA_VERSION } from './schema';

/**
 * A saved version of a plan: the document's whole state at that moment, compressed with the
 * platform's own deflate (`CompressionStream`, in browsers, their workers and Node), behind a
 * three-byte header that names the format. The state keeps Yjs's garbage collection: a version
 * holds the plan as it was, not its history.
 *
 * Format 2 (written now) holds the state in Yjs's second update encoding
 * (`Y.encodeStateAsUpdateV2`): on the large workshop it encodes faster than the first and, once
 * compressed, takes about 60 % of its bytes (16 % of the raw state instead of 27 %). Format 1
 * (the first encoding) is still read: versions saved before keep working.
 *
 * Reading one never throws: a version from a newer Canal is read for comparison only, and
 * anything unreadable comes back as a `CorruptVersion` with a reason, so one bad blob cannot
 * break a list of versions.
 */

/** "CV" and the format number. */
const MAGIC = [0x43, 0x56] as const;
/** The format versions are written in; `READABLE_FORMATS` are read. */
export const VERSION_FORMAT = 2;
const READABLE_FORMATS = [1, 2] as const;
type Format = (typeof READABLE_FORMATS)[number];
const HEADER_LENGTH = 3;

/** A version's document state, in the update encoding its format names. */
export interface VersionState {
	format: Format;
	state: Uint8Array;
}

/**
 * The largest state a version may unpack to: twice what the relay keeps of a document, so a
 * crafted blob cannot inflate into gigabytes.
 */
export const MAX_VERSION_STATE_BYTES = 64 * 1024 * 1024;

/** A version that cannot be read: its bytes are damaged, of an unknown format, or empty. */
export class CorruptVersion extends Error {
	override readonly name = 'CorruptVersion';
}

export type DecodedVersion =
	/** `readOnly`: made by a newer Canal: compare it, but do not restore it (newer data would be lost). */
	| { status: 'ok'; plan: Plan; schemaVersion: number; readOnly: false }
	| { status: 'newer'; plan: Plan; schemaVersion: number; readOnly: true; note: string }
	| { status: 'corrupt'; error: CorruptVersion };

/** The stored bytes of a version of `doc` as it is now. */
export async function encodeVersion(doc: Y.Doc, timings?: PhaseTimings): Promise<Uint8Array> {
	return timePhaseAsync(timings, 'encode', () =>
		encodeState(Y.encodeStateAsUpdateV2(doc), VERSION_FORMAT)
	);
}

/**
 * The stored bytes of a version from a state already encoded: `Y.encodeStateAsUpdateV2` for
 * format 2, `Y.encodeStateAsUpdate` for format 1.
 */
export async function encodeState(
	state: Uint8Array,
	format: Format = VERSION_FORMAT
): Promise<Uint8Array> {
	const body = await pipe(state, new CompressionStream('deflate-raw'), Infinity);
	const bytes = new Uint8Array(HEADER_LENGTH + body.length);
	bytes.set([...MAGIC, format]);
	bytes.set(body, HEADER_LENGTH);
	return bytes;
}

/** The document state a version holds, or a CorruptVersion (thrown) when it holds none. */
export async function versionState(
	bytes: Uint8Array,
	maxStateBytes = MAX_VERSION_STATE_BYTES
): Promise<VersionState> {
	if (bytes.length <= HEADER_LENGTH || bytes[0] !== MAGIC[0] || bytes[1] !== MAGIC[1])
		throw new CorruptVersion('This is not a saved version of a plan.');
	const format = bytes[2];
	if (!READABLE_FORMATS.some((readable) => readable === format))
		throw new CorruptVersion(
			`This version was saved in a format this Canal cannot read (format ${format}).`
		);
	try {
		const state = await pipe(
			bytes.subarray(HEADER_LENGTH),
			new DecompressionStream('deflate-raw'),
			maxStateBytes
		);
		return { format: format as Format, state };
	} catch (error) {
		if (error instanceof CorruptVersion) throw error;
		throw new CorruptVersion(
			`This version is damaged and cannot be read (${errorMessage(error)}).`
		);
	}
}

/** A version loaded into a fresh document (older plans migrated there, never in storage). */
export async function decodeVersionDoc(
	bytes: Uint8Array,
	timings?: PhaseTimings
): Promise<{ doc: Y.Doc; schemaVersion: number; newer: boolean }> {
	const { format, state } = await timePhaseAsync(timings, 'inflate', () => versionState(bytes));
	const doc = new Y.Doc();
	try {
		timePhase(timings, 'load', () =>
			format === 1 ? Y.applyUpdate(doc, state) : Y.applyUpdateV2(doc, state)
		);
	} catch (error) {
		doc.destroy();
		throw new CorruptVersion(
			`This version is damaged and cannot be read (${errorMessage(error)}).`
		);
	}
	if (isEmptyDoc(doc) || doc.store.pendingStructs !== null) {
		doc.destroy();
		throw new CorruptVersion('This version is damaged or incomplete: it holds no plan.');
	}
	const compat = compatibility(doc);
	if (compat.kind === 'older') migrate(doc);
	return {
		doc,
		schemaVersion: compat.kind === 'current' ? SCHEMA_VERSION : compat.version,
		newer: compat.kind === 'newer'
	};
}

/** The plan a version holds, as plain data; never throws. `timings` gets its phases' times. */
export async function decodeVersion(
	bytes: Uint8Array,
	timings?: PhaseTimings
): Promise<DecodedVersion> {
	let loaded: Awaited<ReturnType<typeof decodeVersionDoc>>;
	try {
		loaded = await decodeVersionDoc(bytes, timings);
	} catch (error) {
		const corrupt =
			error instanceof CorruptVersion
				? error
				: new CorruptVersion(`This version cannot be read (${errorMessage(error)}).`);
		return { status: 'corrupt', error: corrupt };
	}
	const { doc, schemaVersion, newer } = loaded;
	const plan = new PlanDoc(doc);
	try {
		const json = timePhase(timings, 'read', () => plan.toJSON());
		if (!newer) return { status: 'ok', plan: json, schemaVersion, readOnly: false };
		return {
			status: 'newer',
			plan: json,
			schemaVersion,
			readOnly: true,
			note: 'This version was saved by a newer Canal: it can be compared, but not restored here, and parts of it may not show.'
		};
	} catch (error) {
		return {
			status: 'corrupt',
			error: new CorruptVersion(`This version cannot be read (${errorMessage(error)}).`)
		};
	} finally {
		plan.destroy();
		doc.destroy();
	}
}

/** Runs `bytes` through a compression stream, refusing output beyond `max` bytes. */
async function pipe(
	bytes: Uint8Array,
	transform: CompressionStream | DecompressionStream,
	max: number
): Promise<Uint8Array> {
	// Written straight into the transform: through `Blob.stream()` the same bytes took three times
	// as long in Chromium (the large workshop's state: ~150 ms against ~50 ms).
	const writer = transform.writable.getWriter();
	// Their failures surface on the reading side too; caught here, they are not left unhandled.
	writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
	writer.close().catch(() => {});
	const reader = transform.readable.getReader();
	const chunks: Uint8Array[] = [];
	let length = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		length += value.length;
		if (length > max) {
			await reader.cancel();
			throw new CorruptVersion('This version unpacks to more than a plan may hold.');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(length);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}
