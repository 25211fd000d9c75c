import pg from 'pg';
import type * as Y from 'yjs';
import type { Role } from '../../sync/protocol';
import {
	isEmptyDocument,
	mergeChanges,
	storedSize,
	wholeState,
	type StoredDocument,
	type StoreOutcome,
	type StoredRows
} from './document-store';
import { errorMessage } from '../../domain/error-message';
import { describeDatabaseUrl } from './relay-config';
import { hashSecret, secretMatches } from './room-store';
import type { DocumentRecords, RelayStorage, RoomRecords, RoomSecrets } from './storage';

/**
 * 1: documents and their update rows, rooms, ballots, as in SQLite's schema 3. Names compare
 * byte by byte (`COLLATE "C"`), so a room's documents are one range of the primary key whatever
 * the database's locale.
 */
export const POSTGRES_SCHEMA_VERSION = 1;

const TABLES = `
	CREATE TABLE IF NOT EXISTS canal_schema (
		only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
		version INTEGER NOT NULL
	);
	CREATE TABLE IF NOT EXISTS documents (
		name TEXT COLLATE "C" PRIMARY KEY,
		state BYTEA NOT NULL,
		revision INTEGER NOT NULL,
		updated_at BIGINT NOT NULL
	);
	CREATE TABLE IF NOT EXISTS document_updates (
		name TEXT COLLATE "C" NOT NULL,
		revision INTEGER NOT NULL,
		data BYTEA NOT NULL,
		PRIMARY KEY (name, revision)
	);
	CREATE TABLE IF NOT EXISTS rooms (
		room_id TEXT COLLATE "C" PRIMARY KEY,
		facilitator_hash BYTEA NOT NULL,
		participant_hash BYTEA NOT NULL,
		observer_hash BYTEA NOT NULL,
		created_at BIGINT NOT NULL,
		joined_at BIGINT
	);
	CREATE TABLE IF NOT EXISTS ballots (
		room_id TEXT COLLATE "C" NOT NULL,
		ballot_id TEXT COLLATE "C" NOT NULL,
		secret_hash BYTEA NOT NULL,
		created_at BIGINT NOT NULL,
		PRIMARY KEY (room_id, ballot_id)
	);
	CREATE INDEX IF NOT EXISTS rooms_unjoined ON rooms (created_at) WHERE joined_at IS NULL;
`;

/** Any constant: relays starting together create the tables one after the other. */
const MIGRATION_LOCK = 0x63616e61;
/** `/readyz` answers within this, whatever the database does. */
const PROBE_TIMEOUT_MS = 2_000;
/** How long a query waits for a connection (a busy pool, a database restarting). */
const CONNECT_TIMEOUT_MS = 10_000;

/** A room's documents are `<room>` and `<room>.<kind>…`: one range of the primary key. */
const ofRoom = "(name = $1 OR (name >= $1 || '.' AND name < $1 || '/'))";

type Queryable = pg.Pool | pg.PoolClient;

/**
 * What went wrong, in words: a refused connection comes as an AggregateError (one per address
 * tried) without a message of its own.
 */
function causeOf(error: unknown): string {
	if (error instanceof AggregateError && !error.message) return causeOf(error.errors[0]);
	const message = errorMessage(error);
	const code = (error as { code?: unknown } | null)?.code;
	return message || (typeof code === 'string' ? code : 'unknown error');
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>) {
	const client = await pool.connect();
	try {
		await client.query('BEGIN');
		const result = await work(client);
		await client.query('COMMIT');
		return result;
	} catch (error) {
		await client.query('ROLLBACK').catch(() => {});
		throw error;
	} finally {
		client.release();
	}
}

/** Thrown when another relay inserted the same new document first: the store starts over. */
class InsertRace extends Error {}

/** Rooms and ballots in PostgreSQL; the same rows and rules as RoomStore. */
class PostgresRoomStore implements RoomRecords {
	readonly #pool: pg.Pool;
	count = 0;

	constructor(pool: pg.Pool) {
		this.#pool = pool;
	}

	async countRooms(): Promise<void> {
		const { rows } = await this.#pool.query<{ count: number }>(
			'SELECT COUNT(*)::int AS count FROM rooms'
		);
		this.count = rows[0]?.count ?? 0;
	}

	async exists(roomId: string): Promise<boolean> {
		const { rowCount } = await this.#pool.query('SELECT 1 FROM rooms WHERE room_id = $1', [roomId]);
		return rowCount === 1;
	}

	async create(roomId: string, secrets: RoomSecrets, now = Date.now()): Promise<boolean> {
		const { rowCount } = await this.#pool.query(
			`INSERT INTO rooms (room_id, facilitator_hash, participant_hash, observer_hash, created_at)
				VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
			[
				roomId,
				hashSecret(secrets.facilitator),
				hashSecret(secrets.participant),
				hashSecret(secrets.observer),
				now
			]
		);
		this.count += rowCount ?? 0;
		return rowCount === 1;
	}

	async verify(roomId: string, role: Role, secret: string): Promise<boolean> {
		const { rows } = await this.#pool.query<Record<`${Role}_hash`, Buffer>>(
			'SELECT facilitator_hash, participant_hash, observer_hash FROM rooms WHERE room_id = $1',
			[roomId]
		);
		const row = rows[0];
		return !!row && secretMatches(secret, row[`${role}_hash`]);
	}

	async markJoined(roomId: string, now = Date.now()): Promise<void> {
		// The condition makes it a no-op (and no write) for the rooms already joined, nearly all.
		await this.#pool.query(
			'UPDATE rooms SET joined_at = $1 WHERE room_id = $2 AND joined_at IS NULL',
			[now, roomId]
		);
	}

	async ballotExists(roomId: string, ballotId: string): Promise<boolean> {
		const { rowCount } = await this.#pool.query(
			'SELECT 1 FROM ballots WHERE room_id = $1 AND ballot_id = $2',
			[roomId, ballotId]
		);
		return rowCount === 1;
	}

	async ballotCount(roomId: string): Promise<number> {
		const { rows } = await this.#pool.query<{ count: number }>(
			'SELECT COUNT(*)::int AS count FROM ballots WHERE room_id = $1',
			[roomId]
		);
		return rows[0]?.count ?? 0;
	}

	async ballotIds(roomId: string, limit: number): Promise<string[]> {
		const { rows } = await this.#pool.query<{ ballot_id: string }>(
			'SELECT ballot_id FROM ballots WHERE room_id = $1 ORDER BY created_at, ballot_id LIMIT $2',
			[roomId, limit]
		);
		return rows.map((row) => row.ballot_id);
	}

	async createBallot(
		roomId: string,
		ballotId: string,
		secret: string,
		now = Date.now()
	): Promise<boolean> {
		const { rowCount } = await this.#pool.query(
			`INSERT INTO ballots (room_id, ballot_id, secret_hash, created_at)
				VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
			[roomId, ballotId, hashSecret(secret), now]
		);
		return rowCount === 1;
	}

	async unjoinedBefore(before: number, limit: number): Promise<string[]> {
		const { rows } = await this.#pool.query<{ room_id: string }>(
			'SELECT room_id FROM rooms WHERE joined_at IS NULL AND created_at < $1 ORDER BY created_at LIMIT $2',
			[before, limit]
		);
		return rows.map((row) => row.room_id);
	}
}

/**
 * Documents in PostgreSQL, stored as DocumentStore stores them in SQLite (the same rows, and the
 * same `wholeState` decides every whole write), so the same rules hold: a store merges with what
 * is stored, never writes an empty document and never shrinks one.
 *
 * The common store, changes on top of the revision this relay last saw, is one statement that
 * appends the row only if the revision is still that one. Anything else (a first store, a
 * compaction, another relay wrote meanwhile) is a transaction that locks the document's row,
 * reads it whole and writes the merge.
 */
export class PostgresDocumentStore implements DocumentRecords {
	readonly #pool: pg.Pool;
	storedBytes = 0;

	constructor(pool: pg.Pool) {
		this.#pool = pool;
	}

	async sumBytes(): Promise<void> {
		const { rows } = await this.#pool.query<{ bytes: string }>(
			'SELECT (SELECT COALESCE(SUM(LENGTH(state)), 0) FROM documents) + (SELECT COALESCE(SUM(LENGTH(data)), 0) FROM document_updates) AS bytes'
		);
		this.storedBytes = Number(rows[0]?.bytes ?? 0);
	}

	async #read(db: Queryable, name: string, lock: boolean): Promise<StoredRows | null> {
		const head = await db.query<{ state: Buffer; revision: number }>(
			`SELECT state, revision FROM documents WHERE name = $1${lock ? ' FOR UPDATE' : ''}`,
			[name]
		);
		const row = head.rows[0];
		if (!row) return null;
		const updates = await db.query<{ data: Buffer }>(
			'SELECT data FROM document_updates WHERE name = $1 ORDER BY revision',
			[name]
		);
		return { state: row.state, revision: row.revision, updates: updates.rows.map((r) => r.data) };
	}

	async load(name: string): Promise<StoredDocument | null> {
		// One snapshot for both reads: a compaction by another relay in between would lose rows.
		const stored = await inTransaction(this.#pool, async (client) => {
			await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
			return this.#read(client, name, false);
		});
		if (!stored) return null;
		return {
			updates: [
				new Uint8Array(stored.state),
				...stored.updates.map((data) => new Uint8Array(data))
			],
			revision: stored.revision,
			baseBytes: stored.state.byteLength,
			appendedBytes: storedSize(stored) - stored.state.byteLength
		};
	}

	async store(
		name: string,
		doc: Y.Doc,
		knownRevision: number | null,
		changes: readonly Uint8Array[] | null = null
	): Promise<StoreOutcome> {
		if (isEmptyDocument(doc)) {
			const { rows } = await this.#pool.query<{ revision: number }>(
				'SELECT revision FROM documents WHERE name = $1',
				[name]
			);
			return { kind: 'skipped-empty', revision: rows[0]?.revision ?? null };
		}
		if (changes && knownRevision !== null) {
			const appended = await this.#append(name, knownRevision, changes);
			if (appended) return appended;
		}
		try {
			return await this.#writeWhole(name, doc, knownRevision);
		} catch (error) {
			if (!(error instanceof InsertRace)) throw error;
			// The other relay's row is there now: this attempt merges with it.
			return this.#writeWhole(name, doc, knownRevision);
		}
	}

	/** The changes as one more row, if the stored revision is still `knownRevision`; else null. */
	async #append(
		name: string,
		knownRevision: number,
		changes: readonly Uint8Array[]
	): Promise<StoreOutcome | null> {
		if (changes.length === 0) {
			const { rows } = await this.#pool.query<{ revision: number }>(
				'SELECT revision FROM documents WHERE name = $1',
				[name]
			);
			if (rows[0]?.revision !== knownRevision) return null;
			return { kind: 'unchanged', revision: knownRevision, bytes: 0, state: null, merged: null };
		}
		const update = mergeChanges(changes);
		// The UPDATE locks the row; a writer that got there first has moved the revision on, so
		// this one then finds no row, appends nothing and merges instead.
		const { rows } = await this.#pool.query<{ revision: number }>(
			`WITH head AS (
				UPDATE documents SET revision = revision + 1, updated_at = $3
				WHERE name = $1 AND revision = $2 RETURNING revision
			)
			INSERT INTO document_updates (name, revision, data)
				SELECT $1, revision, $4 FROM head RETURNING revision`,
			[
				name,
				knownRevision,
				Date.now(),
				Buffer.from(update.buffer, update.byteOffset, update.byteLength)
			]
		);
		const revision = rows[0]?.revision;
		if (revision === undefined) return null;
		this.storedBytes += update.byteLength;
		return { kind: 'appended', revision, bytes: update.byteLength, update };
	}

	#writeWhole(name: string, doc: Y.Doc, knownRevision: number | null): Promise<StoreOutcome> {
		return inTransaction(this.#pool, async (client) => {
			const stored = await this.#read(client, name, true);
			const whole = wholeState(name, doc, stored, knownRevision);
			if (whole.kind !== 'write') return whole;
			const { state } = whole;
			const now = Date.now();
			if (!stored) {
				const { rowCount } = await client.query(
					'INSERT INTO documents (name, state, revision, updated_at) VALUES ($1, $2, 1, $3) ON CONFLICT DO NOTHING',
					[name, Buffer.from(state), now]
				);
				if (rowCount !== 1) throw new InsertRace();
				this.storedBytes += state.byteLength;
				return { ...whole, kind: 'written', revision: 1 };
			}
			await client.query('DELETE FROM document_updates WHERE name = $1', [name]);
			await client.query(
				'UPDATE documents SET state = $1, revision = revision + 1, updated_at = $2 WHERE name = $3',
				[Buffer.from(state), now, name]
			);
			this.storedBytes += state.byteLength - storedSize(stored);
			return { ...whole, kind: 'written', revision: stored.revision + 1 };
		});
	}
}

async function migrate(pool: pg.Pool, where: string): Promise<void> {
	await inTransaction(pool, async (client) => {
		await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
		await client.query(TABLES);
		const { rows } = await client.query<{ version: number }>('SELECT version FROM canal_schema');
		const version = rows[0]?.version ?? 0;
		if (version > POSTGRES_SCHEMA_VERSION) {
			throw new Error(`${where} was written by a newer relay (schema ${version}).`);
		}
		await client.query(
			'INSERT INTO canal_schema (version) VALUES ($1) ON CONFLICT (only_row) DO UPDATE SET version = $1',
			[POSTGRES_SCHEMA_VERSION]
		);
	});
}

/**
 * Connects to PostgreSQL at `url`, creates or brings up to date the relay's tables, and counts
 * what is stored. Rejects with a message naming the database (without its password) when it
 * cannot: a relay that cannot reach its storage must not start.
 */
export async function openPostgresStorage(
	url: string,
	onError: (error: Error) => void
): Promise<RelayStorage> {
	const where = `PostgreSQL at ${describeDatabaseUrl(url)}`;
	let pool: pg.Pool;
	try {
		pool = new pg.Pool({
			connectionString: url,
			connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
			application_name: 'canal-relay'
		});
	} catch (error) {
		throw new Error(`CANAL_DATABASE_URL is not a PostgreSQL URL: ${causeOf(error)}`, {
			cause: error
		});
	}
	// A connection the database dropped while idle (a restart) is reported here; queries get a
	// new one. Unhandled, it would end the process.
	pool.on('error', onError);
	const rooms = new PostgresRoomStore(pool);
	const documents = new PostgresDocumentStore(pool);
	try {
		await migrate(pool, where);
		await rooms.countRooms();
		await documents.sumBytes();
	} catch (error) {
		await pool.end().catch(() => {});
		throw new Error(`Cannot use ${where}: ${causeOf(error)}`, { cause: error });
	}
	let open = true;
	return {
		kind: 'postgres',
		rooms,
		documents,
		deleteRoom: (roomId) =>
			inTransaction(pool, async (client) => {
				const { rows } = await client.query<{ bytes: string; count: number }>(
					`SELECT COALESCE(SUM(LENGTH(state)), 0) + (SELECT COALESCE(SUM(LENGTH(data)), 0) FROM document_updates WHERE ${ofRoom}) AS bytes, COUNT(*)::int AS count FROM documents WHERE ${ofRoom}`,
					[roomId]
				);
				await client.query(`DELETE FROM document_updates WHERE ${ofRoom}`, [roomId]);
				await client.query(`DELETE FROM documents WHERE ${ofRoom}`, [roomId]);
				await client.query('DELETE FROM ballots WHERE room_id = $1', [roomId]);
				const deleted = await client.query('DELETE FROM rooms WHERE room_id = $1', [roomId]);
				const bytes = Number(rows[0]?.bytes ?? 0);
				rooms.count -= deleted.rowCount ?? 0;
				documents.storedBytes -= bytes;
				return { documents: rows[0]?.count ?? 0, bytes };
			}),
		async recount() {
			await rooms.countRooms();
			await documents.sumBytes();
		},
		async probe() {
			let timer: NodeJS.Timeout | undefined;
			const timeout = new Promise<never>((_, reject) => {
				timer = setTimeout(
					() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)),
					PROBE_TIMEOUT_MS
				);
			});
			try {
				await Promise.race([pool.query('SELECT 1 AS found FROM rooms LIMIT 1'), timeout]);
			} finally {
				clearTimeout(timer);
			}
		},
		get open() {
			return open;
		},
		async close() {
			open = false;
			await pool.end();
		}
	};
}
