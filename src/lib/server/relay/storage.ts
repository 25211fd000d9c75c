import type * as Y from 'yjs';
import type { Role } from '../../sync/protocol';
import type { StoredDocument, StoreOutcome } from './document-store';

/** SQLite answers at once; PostgreSQL over the network. Callers await either. */
export type Awaitable<T> = T | Promise<T>;

export type RoomSecrets = Record<Role, string>;

/** Rooms, the hashes of their role secrets, and their ballots (see RoomStore). */
export interface RoomRecords {
	/**
	 * Rooms this relay counted: at start and at each `RelayStorage.recount`, plus those it
	 * registered and minus those it expired since.
	 */
	readonly count: number;
	exists(roomId: string): Awaitable<boolean>;
	/** Returns false when the room already existed; its secrets are then left as they were. */
	create(roomId: string, secrets: RoomSecrets, now?: number): Awaitable<boolean>;
	/** Whether `secret` is the room's secret for `role`; false for an unknown room. */
	verify(roomId: string, role: Role, secret: string): Awaitable<boolean>;
	/** Someone other than the facilitator signed in: the room is in use and never expires. */
	markJoined(roomId: string, now?: number): Awaitable<void>;
	ballotExists(roomId: string, ballotId: string): Awaitable<boolean>;
	ballotCount(roomId: string): Awaitable<number>;
	/** The room's ballots, oldest first, at most `limit`. */
	ballotIds(roomId: string, limit: number): Awaitable<string[]>;
	/** Records a ballot; false when it existed. */
	createBallot(roomId: string, ballotId: string, secret: string, now?: number): Awaitable<boolean>;
	/** Rooms nobody but their facilitator joined, registered before `before`, oldest first. */
	unjoinedBefore(before: number, limit: number): Awaitable<string[]>;
}

/**
 * Yjs documents, stored incrementally (see DocumentStore): a store merges with what is stored,
 * never writes an empty document and never shrinks one, whichever storage holds it.
 */
export interface DocumentRecords {
	/**
	 * Bytes of the stored states and updates: summed at start and at each `RelayStorage.recount`,
	 * kept up to date by this relay's writes since.
	 */
	readonly storedBytes: number;
	load(name: string): Awaitable<StoredDocument | null>;
	store(
		name: string,
		doc: Y.Doc,
		knownRevision: number | null,
		changes?: readonly Uint8Array[] | null
	): Awaitable<StoreOutcome>;
}

/** Where the relay keeps rooms, ballots and documents: SQLite in its data folder, or PostgreSQL. */
export interface RelayStorage {
	/** For log lines: `sqlite` or `postgres`. */
	readonly kind: 'sqlite' | 'postgres';
	readonly rooms: RoomRecords;
	readonly documents: DocumentRecords;
	/** Deletes a room, its ballots and its documents in one transaction; returns the bytes freed. */
	deleteRoom(roomId: string): Awaitable<{ documents: number; bytes: number }>;
	/**
	 * Counts rooms and stored bytes again from what is stored, so the totals include what other
	 * processes sharing the storage wrote. A scan of the tables' rows (not of their data).
	 */
	recount(): Awaitable<void>;
	/** Rejects (or throws) unless a cheap query answers now: what `/readyz` asks. */
	probe(): Awaitable<void>;
	/** False once closed. */
	readonly open: boolean;
	close(): Awaitable<void>;
}
