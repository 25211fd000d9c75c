import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type RelayDatabase = Database.Database;

export const DATABASE_FILE = 'canal.sqlite';

const SCHEMA_VERSION = 1;

/** Opens (and on first start creates) the relay's SQLite file inside `dataDir`. */
export function openRelayDatabase(dataDir: string): RelayDatabase {
	mkdirSync(dataDir, { recursive: true });
	const db = new Database(join(dataDir, DATABASE_FILE), { timeout: 5_000 });
	// WAL keeps readers (backups, tests) off the writer's back. NORMAL survives a crash of the
	// process; only a power cut can drop the last stores, and every client still holds its copy.
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = NORMAL');
	const version = db.pragma('user_version', { simple: true });
	if (typeof version === 'number' && version > SCHEMA_VERSION) {
		db.close();
		throw new Error(
			`${join(dataDir, DATABASE_FILE)} was written by a newer relay (schema ${version}).`
		);
	}
	db.exec(`
		CREATE TABLE IF NOT EXISTS documents (
			name TEXT PRIMARY KEY,
			state BLOB NOT NULL,
			revision INTEGER NOT NULL,
			updated_at INTEGER NOT NULL
		);
		CREATE TABLE IF NOT EXISTS rooms (
			room_id TEXT PRIMARY KEY,
			facilitator_hash BLOB NOT NULL,
			participant_hash BLOB NOT NULL,
			observer_hash BLOB NOT NULL,
			created_at INTEGER NOT NULL
		);
		CREATE TABLE IF NOT EXISTS ballots (
			room_id TEXT NOT NULL,
			ballot_id TEXT NOT NULL,
			secret_hash BLOB NOT NULL,
			created_at INTEGER NOT NULL,
			PRIMARY KEY (room_id, ballot_id)
		);
	`);
	db.pragma(`user_version = ${SCHEMA_VERSION}`);
	return db;
}
