import { errorMessage } from '../../domain/error-message';
import type { RelayLog } from './relay-log';
import type { RelayStorage } from './storage';

const dayMs = 24 * 60 * 60 * 1_000;
const hourMs = 60 * 60 * 1_000;
/** Rooms looked at per sweep; a backlog beyond it goes in the next sweeps. */
const roomsPerSweep = 10_000;

export interface RoomExpiryOptions {
	storage: RelayStorage;
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
export async function expireRooms(options: RoomExpiryOptions, now = Date.now()): Promise<number> {
	const { storage, days, inUse, log } = options;
	const started = Date.now();
	let count = 0;
	let bytes = 0;
	for (const roomId of await storage.rooms.unjoinedBefore(now - days * dayMs, roomsPerSweep)) {
		if (inUse(roomId)) continue;
		bytes += (await storage.deleteRoom(roomId)).bytes;
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
		expireRooms(options).catch((error: unknown) => {
			options.log({
				level: 'error',
				event: 'rooms-expiry-failed',
				message: errorMessage(error)
			});
		});
	};
	sweep();
	const timer = setInterval(sweep, intervalMs);
	timer.unref();
	return () => clearInterval(timer);
}
