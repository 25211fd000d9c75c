import { createHash, timingSafeEqual } from 'node:crypto';
import type { Role } from '../../sync/protocol';
import type { RelayDatabase } from './database';

export type RoomSecrets = Record<Role, string>;

type RoomRow = { facilitator_hash: Buffer; participant_hash: Buffer; observer_hash: Buffer };

/** Secrets carry over 160 random bits, so a plain SHA-256 cannot be reversed by guessing. */
function hashSecret(secret: string): Buffer {
	return createHash('sha256').update(secret, 'utf8').digest();
}

/** Rooms and the hashes of their role secrets; the secrets themselves are never stored. */
export class RoomStore {
	readonly #select;
	readonly #insert;
	readonly #selectBallot;
	readonly #insertBallot;

	constructor(db: RelayDatabase) {
		this.#select = db.prepare<[string], RoomRow>(
			'SELECT facilitator_hash, participant_hash, observer_hash FROM rooms WHERE room_id = ?'
		);
		this.#insert = db.prepare<[string, Buffer, Buffer, Buffer, number]>(
			`INSERT OR IGNORE INTO rooms
				(room_id, facilitator_hash, participant_hash, observer_hash, created_at)
				VALUES (?, ?, ?, ?, ?)`
		);
		this.#selectBallot = db.prepare<[string, string], { secret_hash: Buffer }>(
			'SELECT secret_hash FROM ballots WHERE room_id = ? AND ballot_id = ?'
		);
		this.#insertBallot = db.prepare<[string, string, Buffer, number]>(
			'INSERT OR IGNORE INTO ballots (room_id, ballot_id, secret_hash, created_at) VALUES (?, ?, ?, ?)'
		);
	}

	/**
	 * Whether `secret` owns the ballot. The first device to open a ballot id claims it; ids are
	 * random and secret-bound, so another member of the room cannot read or write it.
	 */
	claimBallot(roomId: string, ballotId: string, secret: string): boolean {
		this.#insertBallot.run(roomId, ballotId, hashSecret(secret), Date.now());
		const row = this.#selectBallot.get(roomId, ballotId);
		return row !== undefined && timingSafeEqual(hashSecret(secret), row.secret_hash);
	}

	exists(roomId: string): boolean {
		return this.#select.get(roomId) !== undefined;
	}

	/** Returns false when the room already existed; its secrets are then left as they were. */
	create(roomId: string, secrets: RoomSecrets): boolean {
		const result = this.#insert.run(
			roomId,
			hashSecret(secrets.facilitator),
			hashSecret(secrets.participant),
			hashSecret(secrets.observer),
			Date.now()
		);
		return result.changes === 1;
	}

	/** Whether `secret` is the room's secret for `role`; false for an unknown room. */
	verify(roomId: string, role: Role, secret: string): boolean {
		const row = this.#select.get(roomId);
		if (!row) return false;
		const expected = row[`${role}_hash`];
		return timingSafeEqual(hashSecret(secret), expected);
	}
}
