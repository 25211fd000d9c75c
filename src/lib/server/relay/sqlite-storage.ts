import { DocumentStore } from './document-store';
import { openRelayDatabase } from './database';
import { RoomStore } from './room-store';
import type { RelayStorage } from './storage';

/**
 * The relay's own SQLite file in `dataDir`, the default: one process (or a few on one host)
 * with nothing else to run. Every call answers at once.
 */
export function openSqliteStorage(dataDir: string): RelayStorage {
	const db = openRelayDatabase(dataDir);
	const rooms = new RoomStore(db);
	const documents = new DocumentStore(db);
	/** Reads one row's worth: enough to find a file gone, locked for too long or unreadable. */
	const probe = db.prepare<[], { found: number }>('SELECT 1 AS found FROM rooms LIMIT 1');
	return {
		kind: 'sqlite',
		rooms,
		documents,
		deleteRoom: (roomId) =>
			rooms.transaction(() => {
				const deleted = documents.deleteRoom(roomId);
				rooms.deleteRoom(roomId);
				return deleted;
			}),
		recount: () => {
			rooms.recount();
			documents.recount();
		},
		probe: () => {
			probe.get();
		},
		get open() {
			return db.open;
		},
		close: () => {
			db.close();
		}
	};
}
