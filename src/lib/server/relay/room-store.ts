import { createHash, timingSafeEqual } from 'node:crypto';
import type { Role } from '../../sync/protocol';
import type { RelayDatabase } from './database';
import type { RoomRecords, RoomSecrets } from './storage';

export type { RoomSecrets } from './storage';

type RoomRow = { facilitator_hash: Buffer; participant_hash: Buffer; observer_hash: Buffer };

/** Secrets carry over 160 random bits, so a plain SHA-256 cannot be reversed by guessing. */
export function hashSecret(secret: string): Buffer {
	return createHash('sha256').update(secret, 'utf8').digest();
}

/** Whether `secret` hashes to `hash`, in a time that does not depend on where they differ. */
export function secretMatches(secret: string, hash: Uint8Array): boolean {
	return timingSafeEqual(hashSecret(secret), hash);
}

/**
 * Rooms, the hashes of their role secrets (the secrets themselves are never stored), and the
 * ballots created in them, in SQLite.
 */
export class RoomStore implements RoomRecords {
	readonly #db: RelayDatabase;
	readonly #select;
	readonly #insert;
	readonly #selectJoined;
	readonly #markJoined;
	readonly #selectBallot;
	readonly #countBallots;
	readonly #listBallots;
	readonly #insertBallot;
	readonly #selectUnjoined;
	readonly #deleteBallots;
	readonly #deleteRoom;
	readonly #countRooms;
	/** Rooms stored, counted at start (and by `recount`) and kept up to date after. */
	#count: number;

	constructor(db: RelayDatabase) {
		this.#db = db;
		this.#select = db.prepare<[string], RoomRow>(
			'SELECT facilitator_hash, participant_hash, observer_hash FROM rooms WHERE room_id = ?'
		);
		this.#insert = db.prepare<[string, Buffer, Buffer, Buffer, number]>(
			`INSERT OR IGNORE INTO rooms
				(room_id, facilitator_hash, participant_hash, observer_hash, created_at)
				VALUES (?, ?, ?, ?, ?)`
		);
		this.#selectJoined = db.prepare<[string], { joined_at: number | null }>(
			'SELECT joined_at FROM rooms WHERE room_id = ?'
		);
		this.#markJoined = db.prepare<[number, string]>(
			'UPDATE rooms SET joined_at = ? WHERE room_id = ? AND joined_at IS NULL'
		);
		this.#selectBallot = db.prepare<[string, string], { ballot_id: string }>(
			'SELECT ballot_id FROM ballots WHERE room_id = ? AND ballot_id = ?'
		);
		this.#countBallots = db.prepare<[string], { count: number }>(
			'SELECT COUNT(*) AS count FROM ballots WHERE room_id = ?'
		);
		this.#listBallots = db.prepare<[string, number], { ballot_id: string }>(
			'SELECT ballot_id FROM ballots WHERE room_id = ? ORDER BY created_at, ballot_id LIMIT ?'
		);
		this.#insertBallot = db.prepare<[string, string, Buffer, number]>(
			'INSERT OR IGNORE INTO ballots (room_id, ballot_id, secret_hash, created_at) VALUES (?, ?, ?, ?)'
		);
		this.#selectUnjoined = db.prepare<[number, number], { room_id: string }>(
			'SELECT room_id FROM rooms WHERE joined_at IS NULL AND created_at < ? ORDER BY created_at LIMIT ?'
		);
		this.#deleteBallots = db.prepare<[string]>('DELETE FROM ballots WHERE room_id = ?');
		this.#deleteRoom = db.prepare<[string]>('DELETE FROM rooms WHERE room_id = ?');
		this.#countRooms = db.prepare<[], { count: number }>('SELECT COUNT(*) AS count FROM rooms');
		this.#count = this.#countRooms.get()?.count ?? 0;
	}

	/** Counts the rooms again: other processes sharing the file register and expire rooms too. */
	recount(): void {
		this.#count = this.#countRooms.get()?.count ?? 0;
	}

	/** Rooms this relay keeps. */
	get count(): number {
		return this.#count;
	}

	exists(roomId: string): boolean {
		return this.#select.get(roomId) !== undefined;
	}

	/** Returns false when the room already existed; its secrets are then left as they were. */
	create(roomId: string, secrets: RoomSecrets, now = Date.now()): boolean {
		const result = this.#insert.run(
			roomId,
			hashSecret(secrets.facilitator),
			hashSecret(secrets.participant),
			hashSecret(secrets.observer),
			now
		);
		this.#count += result.changes;
		return result.changes === 1;
	}

	/** Whether `secret` is the room's secret for `role`; false for an unknown room. */
	verify(roomId: string, role: Role, secret: string): boolean {
		const row = this.#select.get(roomId);
		if (!row) return false;
		return secretMatches(secret, row[`${role}_hash`]);
	}

	/** Someone other than the facilitator signed in: the room is in use and never expires. */
	markJoined(roomId: string, now = Date.now()): void {
		// Read first: nearly every sign-in finds the room joined already, and a read takes no lock.
		const row = this.#selectJoined.get(roomId);
		if (row && row.joined_at === null) this.#markJoined.run(now, roomId);
	}

	ballotExists(roomId: string, ballotId: string): boolean {
		return this.#selectBallot.get(roomId, ballotId) !== undefined;
	}

	ballotCount(roomId: string): number {
		return this.#countBallots.get(roomId)?.count ?? 0;
	}

	/** The room's ballots, oldest first, at most `limit`. */
	ballotIds(roomId: string, limit: number): string[] {
		return this.#listBallots.all(roomId, limit).map((row) => row.ballot_id);
	}

	/**
	 * Records a ballot. Its id is derived from `secret` (`ballotIdFor`), so whoever holds the
	 * secret owns it; the hash is kept only so an operator can tell rows apart. False when it
	 * existed.
	 */
	createBallot(roomId: string, ballotId: string, secret: string, now = Date.now()): boolean {
		return this.#insertBallot.run(roomId, ballotId, hashSecret(secret), now).changes === 1;
	}

	/** Rooms nobody but their facilitator joined, registered before `before`, oldest first. */
	unjoinedBefore(before: number, limit: number): string[] {
		return this.#selectUnjoined.all(before, limit).map((row) => row.room_id);
	}

	/** Deletes the room and its ballots (not its documents: see DocumentStore.deleteRoom). */
	deleteRoom(roomId: string): boolean {
		this.#deleteBallots.run(roomId);
		const deleted = this.#deleteRoom.run(roomId).changes === 1;
		if (deleted) this.#count -= 1;
		return deleted;
	}

	/** Runs `work` in one transaction, so a room and its documents leave together. */
	transaction<T>(work: () => T): T {
		return this.#db.transaction(work).immediate();
	}
}
