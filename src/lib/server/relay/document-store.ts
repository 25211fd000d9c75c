import * as Y from 'yjs';
import type { RelayDatabase } from './database';
import type { DocumentRecords } from './storage';

export interface StoredDocument {
	/** The compacted state, then the updates stored since, in the order they were stored. */
	updates: Uint8Array[];
	/** Bumped on every write, so a writer can tell whether the document changed since it last looked. */
	revision: number;
	/** Bytes of the compacted state alone. */
	baseBytes: number;
	/** Bytes of the updates stored since the last compaction. */
	appendedBytes: number;
}

export type StoreOutcome =
	/** The changes went in as one more update row; `bytes` is that row's. */
	| { kind: 'appended'; revision: number; bytes: number; update: Uint8Array }
	/**
	 * The whole document went in as the new compacted state (a first store, a compaction, or a
	 * merge with changes someone else stored). `merged` is the stored document when it held more
	 * than the one in memory: apply it back.
	 */
	| {
			kind: 'written';
			revision: number;
			bytes: number;
			state: Uint8Array;
			merged: Uint8Array | null;
	  }
	| {
			kind: 'unchanged';
			revision: number;
			bytes: number;
			state: Uint8Array | null;
			merged: Uint8Array | null;
	  }
	| { kind: 'skipped-empty'; revision: number | null };

/** A document with no items and no deletions: storing it can only lose data. */
export function isEmptyDocument(doc: Y.Doc): boolean {
	return doc.store.clients.size === 0;
}

/** Whether applying an update left items waiting for ones it never delivered. */
export function hasMissingDependencies(doc: Y.Doc): boolean {
	return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/**
 * The document's state without the updates still waiting for missing dependencies, which
 * `encodeStateAsUpdate` would include. Stored, they make the row load as incomplete, and an
 * incomplete row is refused as damaged from then on: one update with a gap (a hostile writer, or
 * a client's live edit racing its own resync when the relay stops) would lock the room out. They
 * are not lost: the peer that sent them still holds them and sends them again on its next sync,
 * since they are not counted in the relay's state vector.
 */
function encodeIntegratedState(doc: Y.Doc): Uint8Array {
	const { store } = doc;
	const { pendingStructs, pendingDs } = store;
	if (pendingStructs === null && pendingDs === null) return Y.encodeStateAsUpdate(doc);
	store.pendingStructs = null;
	store.pendingDs = null;
	try {
		return Y.encodeStateAsUpdate(doc);
	} finally {
		store.pendingStructs = pendingStructs;
		store.pendingDs = pendingDs;
	}
}

function toBuffer(bytes: Uint8Array): Buffer {
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	return a.byteLength === b.byteLength && toBuffer(a).equals(toBuffer(b));
}

/**
 * Yjs documents in SQLite, stored incrementally. A document is one `documents` row, its compacted
 * state, plus the `document_updates` rows stored since, each one merged batch of changes: a store
 * costs what the changes weigh, not what the document weighs. Now and then (see
 * `needsCompaction`) the whole document is written as the new state and its updates go.
 *
 * A stored document only ever grows: an update row only adds, a compaction writes the document
 * held in memory merged with whatever is stored now, and an empty document is never written.
 * `revision` moves on by one with every write; a writer whose last known revision is not the
 * stored one (another process shares the file, an operator restored a backup) merges instead of
 * appending.
 */
export class DocumentStore implements DocumentRecords {
	readonly #select;
	readonly #revision;
	readonly #selectUpdates;
	readonly #insert;
	readonly #update;
	readonly #bump;
	readonly #append;
	readonly #dropUpdates;
	readonly #store;
	readonly #roomBytes;
	readonly #deleteRoom;
	readonly #deleteRoomUpdates;
	readonly #sumBytes;
	/** Bytes of every stored state and update, summed at start (and by `recount`), kept up to date by each write. */
	#storedBytes: number;

	constructor(db: RelayDatabase) {
		this.#select = db.prepare<[string], { state: Buffer; revision: number }>(
			'SELECT state, revision FROM documents WHERE name = ?'
		);
		// Without the state: reading a large one costs what the store is meant not to.
		this.#revision = db.prepare<[string], { revision: number }>(
			'SELECT revision FROM documents WHERE name = ?'
		);
		this.#selectUpdates = db.prepare<[string], { data: Buffer }>(
			'SELECT data FROM document_updates WHERE name = ? ORDER BY revision'
		);
		this.#insert = db.prepare<[string, Buffer, number]>(
			'INSERT INTO documents (name, state, revision, updated_at) VALUES (?, ?, 1, ?)'
		);
		this.#update = db.prepare<[Buffer, number, string]>(
			'UPDATE documents SET state = ?, revision = revision + 1, updated_at = ? WHERE name = ?'
		);
		this.#bump = db.prepare<[number, string]>(
			'UPDATE documents SET revision = revision + 1, updated_at = ? WHERE name = ?'
		);
		this.#append = db.prepare<[string, number, Buffer]>(
			'INSERT INTO document_updates (name, revision, data) VALUES (?, ?, ?)'
		);
		this.#dropUpdates = db.prepare<[string]>('DELETE FROM document_updates WHERE name = ?');
		this.#store = db.transaction(
			(
				name: string,
				doc: Y.Doc,
				knownRevision: number | null,
				changes: readonly Uint8Array[] | null
			): StoreOutcome => this.#storeInTransaction(name, doc, knownRevision, changes)
		).immediate;
		// A room's documents are `<room>` and `<room>.<kind>…`: one range of the primary key.
		const ofRoom = "(name = ?1 OR (name >= ?1 || '.' AND name < ?1 || '/'))";
		this.#roomBytes = db.prepare<[string], { bytes: number; count: number }>(
			`SELECT COALESCE(SUM(LENGTH(state)), 0) + (SELECT COALESCE(SUM(LENGTH(data)), 0) FROM document_updates WHERE ${ofRoom}) AS bytes, COUNT(*) AS count FROM documents WHERE ${ofRoom}`
		);
		this.#deleteRoom = db.prepare<[string]>(`DELETE FROM documents WHERE ${ofRoom}`);
		this.#deleteRoomUpdates = db.prepare<[string]>(`DELETE FROM document_updates WHERE ${ofRoom}`);
		// LENGTH of a blob reads its header, not its pages: a walk of the tables, not of the data.
		this.#sumBytes = db.prepare<[], { bytes: number }>(
			'SELECT (SELECT COALESCE(SUM(LENGTH(state)), 0) FROM documents) + (SELECT COALESCE(SUM(LENGTH(data)), 0) FROM document_updates) AS bytes'
		);
		this.#storedBytes = this.#sumBytes.get()?.bytes ?? 0;
	}

	/** Sums the stored bytes again: other processes sharing the file write too. */
	recount(): void {
		this.#storedBytes = this.#sumBytes.get()?.bytes ?? 0;
	}

	/** What the stored documents take, in bytes of states and updates. */
	get storedBytes(): number {
		return this.#storedBytes;
	}

	/** Deletes every document of a room; returns how many and the bytes freed. */
	deleteRoom(roomId: string): { documents: number; bytes: number } {
		const { bytes = 0, count = 0 } = this.#roomBytes.get(roomId) ?? {};
		this.#deleteRoomUpdates.run(roomId);
		this.#deleteRoom.run(roomId);
		this.#storedBytes -= bytes;
		return { documents: count, bytes };
	}

	load(name: string): StoredDocument | null {
		const row = this.#select.get(name);
		if (!row) return null;
		const updates = [new Uint8Array(row.state)];
		let appendedBytes = 0;
		for (const { data } of this.#selectUpdates.all(name)) {
			updates.push(new Uint8Array(data));
			appendedBytes += data.byteLength;
		}
		return { updates, revision: row.revision, baseBytes: row.state.byteLength, appendedBytes };
	}

	/**
	 * Stores `doc` under `name`. `knownRevision` is the revision the caller's document already
	 * contains (it was loaded from it or wrote it). `changes` are the document's updates since
	 * then: when the stored revision is still the known one they go in as one update row; without
	 * them (null), or when someone else wrote meanwhile, the whole document is written, merged
	 * with what is stored, and its update rows go (a compaction).
	 */
	store(
		name: string,
		doc: Y.Doc,
		knownRevision: number | null,
		changes: readonly Uint8Array[] | null = null
	): StoreOutcome {
		return this.#store(name, doc, knownRevision, changes);
	}

	#storeInTransaction(
		name: string,
		doc: Y.Doc,
		knownRevision: number | null,
		changes: readonly Uint8Array[] | null
	): StoreOutcome {
		const head = this.#revision.get(name);
		if (isEmptyDocument(doc)) return { kind: 'skipped-empty', revision: head?.revision ?? null };
		const now = Date.now();
		if (head && changes && head.revision === knownRevision) {
			if (changes.length === 0) {
				return { kind: 'unchanged', revision: head.revision, bytes: 0, state: null, merged: null };
			}
			const update = mergeChanges(changes);
			const revision = head.revision + 1;
			this.#append.run(name, revision, toBuffer(update));
			this.#bump.run(now, name);
			this.#storedBytes += update.byteLength;
			return { kind: 'appended', revision, bytes: update.byteLength, update };
		}
		const row = head ? this.#select.get(name) : undefined;
		const stored = row
			? {
					state: row.state,
					revision: row.revision,
					updates: this.#selectUpdates.all(name).map(({ data }) => data)
				}
			: null;
		const whole = wholeState(name, doc, stored, knownRevision);
		if (whole.kind !== 'write') return whole;
		const { state } = whole;
		if (!stored) {
			this.#insert.run(name, toBuffer(state), now);
			this.#storedBytes += state.byteLength;
			return { ...whole, kind: 'written', revision: 1 };
		}
		this.#dropUpdates.run(name);
		this.#update.run(toBuffer(state), now, name);
		this.#storedBytes += state.byteLength - storedSize(stored);
		return { ...whole, kind: 'written', revision: stored.revision + 1 };
	}
}

/** A document as stored: its compacted state, its revision and the update rows after it. */
export interface StoredRows {
	state: Uint8Array;
	revision: number;
	updates: readonly Uint8Array[];
}

/** Bytes of a stored document's state and update rows. */
export function storedSize(stored: StoredRows): number {
	return stored.updates.reduce((sum, data) => sum + data.byteLength, stored.state.byteLength);
}

/** The changes since the last store as the one update row they go in as. */
export function mergeChanges(changes: readonly Uint8Array[]): Uint8Array {
	return changes.length === 1 ? changes[0]! : Y.mergeUpdates([...changes]);
}

/**
 * What a whole-document write stores: `doc` as it is, merged with the stored document when
 * someone else wrote since `doc` last saw it (so a store only ever adds), or `unchanged` when it
 * is byte for byte what is stored already. Every storage writes through this, inside the
 * transaction that read `stored`.
 */
export function wholeState(
	name: string,
	doc: Y.Doc,
	stored: StoredRows | null,
	knownRevision: number | null
):
	| { kind: 'write'; bytes: number; state: Uint8Array; merged: Uint8Array | null }
	| Extract<StoreOutcome, { kind: 'unchanged' }> {
	let state = encodeIntegratedState(doc);
	let merged: Uint8Array | null = null;
	if (stored && stored.revision !== knownRevision) {
		// Someone else wrote since this document last saw the row: keep both. Loading into one
		// document and re-encoding stays linear, unlike merging many updates directly.
		const union = new Y.Doc({ gc: true });
		Y.applyUpdate(union, stored.state);
		for (const data of stored.updates) Y.applyUpdate(union, data);
		if (hasMissingDependencies(union)) throw new Error(`stored ${name} is incomplete`);
		Y.applyUpdate(union, state);
		state = Y.encodeStateAsUpdate(union);
		union.destroy();
		merged = state;
	}
	if (stored && stored.updates.length === 0 && sameBytes(state, stored.state)) {
		return { kind: 'unchanged', revision: stored.revision, bytes: state.byteLength, state, merged };
	}
	return { kind: 'write', bytes: state.byteLength, state, merged };
}

/**
 * Whether a document's update rows should be folded into its state: after many rows (each one
 * is read and applied at every load) or once they weigh a quarter of the state (so loading and
 * the full-state cache stay close to the state's size). A compaction costs an encode of the whole
 * document, so it happens once per that much editing rather than at every store.
 */
export function needsCompaction(
	stored: { baseBytes: number; appendedBytes: number; appendedRows: number },
	limits = COMPACTION
): boolean {
	return (
		stored.appendedRows >= limits.maxRows ||
		stored.appendedBytes >= Math.max(limits.minBytes, stored.baseBytes / limits.baseFraction)
	);
}

export const COMPACTION = { maxRows: 256, minBytes: 64 * 1024, baseFraction: 4 } as const;
