import type { DocumentStore } from './document-store';
import { errorMessage } from '../../domain/error-message';
import type { RelayLog } from './relay-log';
import type { RoomStore } from './room-store';

const dayMs = 24 * 60 * 60 * 1_000;
const hourMs = 60 * 60 * 1_000;
/** Rooms looked at per sweep; a backlog beyond it goes in the next sweeps. */
const roomsPerSweep = 10_000;

export interface RoomExpiryOptions {
	rooms: RoomStore;
	documents: DocumentStore;
	/** A room nobody but its facilitator joined is deleted this many days after registration. */
	days: number;
	/** Whether any document of the room is loaded or loading: such a room is in use. */
	inUse(roomId: string): boolean;
	log: RelayLog;
}

/**
 * Deletes the rooms registered over `days` days ago that nobody but their facilitator ever
 * signed in to, with their documents and ballots; never one in use. Returns how many went.
 */
export function expireRooms(options: RoomExpiryOptions, now = Date.now()): number {
	const { rooms, documents, days, inUse, log } = options;
	const started = Date.now();
	let count = 0;
	let bytes = 0;
	for (const roomId of rooms.unjoinedBefore(now - days * dayMs, roomsPerSweep)) {
		if (inUse(roomId)) continue;
		rooms.transaction(() => {
			bytes += documents.deleteRoom(roomId).bytes;
			rooms.deleteRoom(roomId);
		});
		count += 1;
	}
	log({
		level: 'info',
		event: 'rooms-expired',
		count,
		bytes,
		durationMs: Date.now() - started
	});
	return count;
}

/** Sweeps now and every hour after, until stopped; the timer never keeps the process alive. */
export function startRoomExpiry(options: RoomExpiryOptions, intervalMs = hourMs): () => void {
	const sweep = () => {
		try {
			expireRooms(options);
		} catch (error) {
			options.log({
				level: 'error',
				event: 'rooms-expiry-failed',
				message: errorMessage(error)
			});
		}
	};
	sweep();
	const timer = setInterval(sweep, intervalMs);
	timer.unref();
	return () => clearInterval(timer);
}
