import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type RelayDatabase = Database.Database;

export const DATABASE_FILE = 'canal.sqlite';

/**
 * 1: documents, rooms, ballots.
 * 2: `rooms.joined_at`, when someone other than the facilitator first signed in (rooms nobody
 *    joined expire).
 * 3: `document_updates`, the changes stored since a document's `state` was last compacted; a
 *    document is its `state` plus its updates (see DocumentStore). Rows of version 2 are
 *    documents without updates, so they load as they are.
 */
export const SCHEMA_VERSION = 3;

const TABLES = `
	CREATE TABLE IF NOT EXISTS documents (
		name TEXT PRIMARY KEY,
		state BLOB NOT NULL,
		revision INTEGER NOT NULL,
		updated_at INTEGER NOT NULL
	);
	CREATE TABLE IF NOT EXISTS document_updates (
		name TEXT NOT NULL,
		revision INTEGER NOT NULL,
		data BLOB NOT NULL,
		PRIMARY KEY (name, revision)
	) WITHOUT ROWID;
	CREATE TABLE IF NOT EXISTS rooms (
		room_id TEXT PRIMARY KEY,
		facilitator_hash BLOB NOT NULL,
		participant_hash BLOB NOT NULL,
		observer_hash BLOB NOT NULL,
		created_at INTEGER NOT NULL,
		joined_at INTEGER
	);
	CREATE TABLE IF NOT EXISTS ballots (
		room_id TEXT NOT NULL,
		ballot_id TEXT NOT NULL,
		secret_hash BLOB NOT NULL,
		created_at INTEGER NOT NULL,
		PRIMARY KEY (room_id, ballot_id)
	);
`;

/** Only rooms nobody joined yet are ever looked up by age. */
const INDEXES = `
	CREATE INDEX IF NOT EXISTS rooms_unjoined ON rooms (created_at) WHERE joined_at IS NULL;
`;

function hasColumn(db: RelayDatabase, table: string, column: string): boolean {
	const columns = db.prepare<[], { name: string }>(`PRAGMA table_info(${table})`).all();
	return columns.some((entry) => entry.name === column);
}

/**
 * Brings a file written by an older relay up to date, keeping every row (version 3 only adds a
 * table, which TABLES creates). Rooms from before
 * version 2 count as joined: nobody recorded whether they were, and expiring a room someone
 * relies on would lose work, while keeping an unused one only costs its bytes.
 */
function migrate(db: RelayDatabase, from: number): void {
	if (from < 2 && !hasColumn(db, 'rooms', 'joined_at')) {
		db.exec('ALTER TABLE rooms ADD COLUMN joined_at INTEGER');
		db.exec('UPDATE rooms SET joined_at = created_at');
	}
}

/** How long a relay retries what SQLite refuses at once while another process opens the file. */
export const OPEN_RETRY_MS = 10_000;

function isBusy(error: unknown): boolean {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/** Blocks this thread for `ms`: opening is synchronous, and happens once, before serving. */
function pause(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `work`, again after a short pause while SQLite answers "busy", for `retryMs` at most. The
 * busy timeout does not cover every case: two processes that both read the new file and then
 * both ask for the lock that turns on WAL would wait for each other forever, so SQLite refuses
 * one at once. Relays started together on one data directory meet exactly that.
 */
export function retryWhileBusy<T>(
	work: () => T,
	retryMs = OPEN_RETRY_MS,
	wait: (ms: number) => void = pause
): T {
	const deadline = Date.now() + retryMs;
	for (let attempt = 1; ; attempt += 1) {
		try {
			return work();
		} catch (error) {
			if (!isBusy(error) || Date.now() >= deadline) throw error;
			wait(Math.min(10 * attempt, 200) + Math.random() * 10);
		}
	}
}

/** Opens (and on first start creates) the relay's SQLite file inside `dataDir`. */
export function openRelayDatabase(dataDir: string): RelayDatabase {
	mkdirSync(dataDir, { recursive: true });
	const db = new Database(join(dataDir, DATABASE_FILE), { timeout: 5_000 });
	// WAL keeps readers (backups, tests) off the writer's back, and lets several relay processes
	// on one host share the file: writers take turns, waiting up to `timeout` for each other.
	// NORMAL survives a crash of the process; only a power cut can drop the last stores, and
	// every client still holds its copy.
	retryWhileBusy(() => db.pragma('journal_mode = WAL'));
	db.pragma('synchronous = NORMAL');
	const found = retryWhileBusy(() => db.pragma('user_version', { simple: true }));
	const version = typeof found === 'number' ? found : 0;
	if (version > SCHEMA_VERSION) {
		db.close();
		throw new Error(
			`${join(dataDir, DATABASE_FILE)} was written by a newer relay (schema ${version}).`
		);
	}
	retryWhileBusy(() =>
		db
			.transaction(() => {
				db.exec(TABLES);
				migrate(db, version);
				db.exec(INDEXES);
				db.pragma(`user_version = ${SCHEMA_VERSION}`);
			})
			.immediate()
	);
	return db;
}
