import { isId } from '../domain/ids';
import { TEXT_LIMITS } from '../domain/limits';
import { clipCharacters } from '../domain/text';

/**
 * A saved version of a plan as it travels: in the local database, in a workshop file and in a
 * room's versions document. The bytes are the plan's whole Yjs state then, compressed.
 */
export interface VersionRecord {
	id: string;
	name: string;
	createdAt: number;
	/** Who saved it, as they named themselves. */
	author: string;
	/** The plan's schema version then: a newer one compares read-only. */
	schemaVersion: number;
	/** One line on what changed since the version before it. */
	summary: string;
	bytes: Uint8Array;
}

export const VERSION_LIMITS = {
	/**
	 * One version's compressed bytes. It must fit one relay message (4 MiB) with room to spare; a
	 * plan whose compressed state is larger than this is beyond any real workshop.
	 */
	maxBytes: 3 * 1024 * 1024,
	/** The one-line summary of changes. */
	summaryLength: TEXT_LIMITS.short
} as const;

/**
 * Reads a version from storage, a file or a room document, none of which this device controls.
 * Null for anything that is not a whole version: a corrupt one is reported and skipped, never
 * shown half.
 */
export function readVersionRecord(value: unknown): VersionRecord | null {
	const v = value as Partial<Record<keyof VersionRecord, unknown>> | null;
	if (!v || typeof v !== 'object' || Array.isArray(v) || !isId(v.id)) return null;
	const { name, createdAt, author, schemaVersion, summary, bytes } = v;
	if (typeof name !== 'string' || typeof author !== 'string' || typeof summary !== 'string')
		return null;
	if (typeof createdAt !== 'number' || !Number.isFinite(createdAt) || createdAt < 0) return null;
	if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1)
		return null;
	if (!(bytes instanceof Uint8Array) || bytes.byteLength === 0) return null;
	if (bytes.byteLength > VERSION_LIMITS.maxBytes) return null;
	return {
		id: v.id,
		name: clipCharacters(name, TEXT_LIMITS.name),
		createdAt,
		author: clipCharacters(author, TEXT_LIMITS.name),
		schemaVersion,
		summary: clipCharacters(summary, VERSION_LIMITS.summaryLength),
		bytes
	};
}
