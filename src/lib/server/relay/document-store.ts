import * as Y from 'yjs';
import type { RelayDatabase } from './database';

export interface StoredDocument {
	state: Uint8Array;
	/** Bumped on every write, so a writer can tell whether the row changed since it last looked. */
	revision: number;
}

export type StoreOutcome =
	/** `merged` is the stored state when it held more than the document: apply it back. */
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
			state: Uint8Array;
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
 * Yjs documents in SQLite. A stored state only ever grows: a write merges the in-memory document
 * with whatever the row holds now, and an empty document is never written.
 */
export class DocumentStore {
	readonly #select;
	readonly #insert;
	readonly #update;
	readonly #store;
	readonly #roomBytes;
	readonly #deleteRoom;
	/** Bytes of every stored state, summed once at start and kept up to date by each write. */
	#storedBytes: number;

	constructor(db: RelayDatabase) {
		this.#select = db.prepare<[string], { state: Buffer; revision: number }>(
			'SELECT state, revision FROM documents WHERE name = ?'
		);
		this.#insert = db.prepare<[string, Buffer, number]>(
			'INSERT INTO documents (name, state, revision, updated_at) VALUES (?, ?, 1, ?)'
		);
		this.#update = db.prepare<[Buffer, number, string]>(
			'UPDATE documents SET state = ?, revision = revision + 1, updated_at = ? WHERE name = ?'
		);
		this.#store = db.transaction(
			(name: string, doc: Y.Doc, knownRevision: number | null): StoreOutcome =>
				this.#storeInTransaction(name, doc, knownRevision)
		).immediate;
		// A room's documents are `<room>` and `<room>.<kind>…`: one range of the primary key.
		const ofRoom = "(name = ?1 OR (name >= ?1 || '.' AND name < ?1 || '/'))";
		this.#roomBytes = db.prepare<[string], { bytes: number; count: number }>(
			`SELECT COALESCE(SUM(LENGTH(state)), 0) AS bytes, COUNT(*) AS count FROM documents WHERE ${ofRoom}`
		);
		this.#deleteRoom = db.prepare<[string]>(`DELETE FROM documents WHERE ${ofRoom}`);
		this.#storedBytes =
			db
				.prepare<[], { bytes: number }>(
					'SELECT COALESCE(SUM(LENGTH(state)), 0) AS bytes FROM documents'
				)
				.get()?.bytes ?? 0;
	}

	/** What the stored documents take, in bytes of state. */
	get storedBytes(): number {
		return this.#storedBytes;
	}

	/** Deletes every document of a room; returns how many and the bytes freed. */
	deleteRoom(roomId: string): { documents: number; bytes: number } {
		const { bytes = 0, count = 0 } = this.#roomBytes.get(roomId) ?? {};
		this.#deleteRoom.run(roomId);
		this.#storedBytes -= bytes;
		return { documents: count, bytes };
	}

	load(name: string): StoredDocument | null {
		const row = this.#select.get(name);
		return row ? { state: new Uint8Array(row.state), revision: row.revision } : null;
	}

	/**
	 * Stores `doc` under `name`. `knownRevision` is the revision the caller's document already
	 * contains (it was loaded from it or wrote it); any other revision is merged in first.
	 */
	store(name: string, doc: Y.Doc, knownRevision: number | null): StoreOutcome {
		return this.#store(name, doc, knownRevision);
	}

	#storeInTransaction(name: string, doc: Y.Doc, knownRevision: number | null): StoreOutcome {
		const row = this.#select.get(name);
		if (isEmptyDocument(doc)) return { kind: 'skipped-empty', revision: row?.revision ?? null };
		let state = encodeIntegratedState(doc);
		let merged: Uint8Array | null = null;
		if (row && row.revision !== knownRevision) {
			// Someone else wrote since this document last saw the row: keep both. Loading into one
			// document and re-encoding stays linear, unlike merging many updates directly.
			const union = new Y.Doc({ gc: true });
			Y.applyUpdate(union, row.state);
			if (hasMissingDependencies(union)) throw new Error(`stored ${name} is incomplete`);
			Y.applyUpdate(union, state);
			state = Y.encodeStateAsUpdate(union);
			union.destroy();
			merged = state;
		}
		if (row && sameBytes(state, row.state)) {
			return { kind: 'unchanged', revision: row.revision, bytes: state.byteLength, state, merged };
		}
		const now = Date.now();
		if (!row) {
			this.#insert.run(name, toBuffer(state), now);
			this.#storedBytes += state.byteLength;
			return { kind: 'written', revision: 1, bytes: state.byteLength, state, merged };
		}
		this.#update.run(toBuffer(state), now, name);
		this.#storedBytes += state.byteLength - row.state.byteLength;
		return { kind: 'written', revision: row.revision + 1, bytes: state.byteLength, state, merged };
	}
}
