import * as Y from 'yjs';
import type { Plan } from '../domain/plan';
import { errorMessage } from '../domain/error-message';
import { compatibility, isEmptyDoc, migrate } from './migrations';
import { PlanDoc } from './plan-doc';
import { SCHEMA_VERSION } from './schema';

/**
 * A saved version of a plan: the document's whole state at that moment (`Y.encodeStateAsUpdate`),
 * compressed with the platform's own deflate (`CompressionStream`, in browsers, their workers and
 * Node), behind a three-byte header that names the format. The state keeps Yjs's garbage
 * collection: a version holds the plan as it was, not its history.
 *
 * Reading one never throws: a version from a newer Canal is read for comparison only, and
 * anything unreadable comes back as a `CorruptVersion` with a reason, so one bad blob cannot
 * break a list of versions.
 */

/** "CV" and the format number. */
const MAGIC = [0x43, 0x56] as const;
export const VERSION_FORMAT = 1;
const HEADER = [...MAGIC, VERSION_FORMAT];

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
export async function encodeVersion(doc: Y.Doc): Promise<Uint8Array> {
	return encodeState(Y.encodeStateAsUpdate(doc));
}

/** The stored bytes of a version from a state already encoded (`Y.encodeStateAsUpdate`). */
export async function encodeState(state: Uint8Array): Promise<Uint8Array> {
	const body = await pipe(state, new CompressionStream('deflate-raw'), Infinity);
	const bytes = new Uint8Array(HEADER.length + body.length);
	bytes.set(HEADER);
	bytes.set(body, HEADER.length);
	return bytes;
}

/** The document state a version holds, or a CorruptVersion (thrown) when it holds none. */
export async function versionState(
	bytes: Uint8Array,
	maxStateBytes = MAX_VERSION_STATE_BYTES
): Promise<Uint8Array> {
	if (bytes.length <= HEADER.length || bytes[0] !== MAGIC[0] || bytes[1] !== MAGIC[1])
		throw new CorruptVersion('This is not a saved version of a plan.');
	if (bytes[2] !== VERSION_FORMAT)
		throw new CorruptVersion(
			`This version was saved in a format this Canal cannot read (format ${bytes[2]}).`
		);
	try {
		return await pipe(
			bytes.subarray(HEADER.length),
			new DecompressionStream('deflate-raw'),
			maxStateBytes
		);
	} catch (error) {
		if (error instanceof CorruptVersion) throw error;
		throw new CorruptVersion(
			`This version is damaged and cannot be read (${errorMessage(error)}).`
		);
	}
}

/** A version loaded into a fresh document (older plans migrated there, never in storage). */
export async function decodeVersionDoc(
	bytes: Uint8Array
): Promise<{ doc: Y.Doc; schemaVersion: number; newer: boolean }> {
	const state = await versionState(bytes);
	const doc = new Y.Doc();
	try {
		Y.applyUpdate(doc, state);
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

/** The plan a version holds, as plain data; never throws. */
export async function decodeVersion(bytes: Uint8Array): Promise<DecodedVersion> {
	let loaded: Awaited<ReturnType<typeof decodeVersionDoc>>;
	try {
		loaded = await decodeVersionDoc(bytes);
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
		const json = plan.toJSON();
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
	const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(transform).getReader();
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
