import type { CanalDb } from './db';
import { openStoredReader, type StoredReader } from './stored-reader';

/** The name of Canal's database in the browser. */
export const DATABASE_NAME = 'canal';

/**
 * Canal's database as the app holds it. Dexie (29 KB gzip) is not in a workshop page's first
 * JavaScript: what the first paint reads (the catalog entry, the plan's rows, the settings) goes
 * through a small reader of the database as Dexie stored it, and Dexie loads on the first
 * `get()`, for every write and all the rest. Writes made before it arrives wait for it (a
 * DocStore's queue, stashed should the page leave meanwhile).
 */
export class Database {
	#dexie: Promise<CanalDb> | null = null;
	#reader: Promise<StoredReader | null> | null = null;
	#closed = false;
	#arrived: (db: CanalDb) => void = () => undefined;
	/** Dexie's database once something has loaded it (never loads it itself). */
	readonly arrived: Promise<CanalDb> = new Promise((resolve) => (this.#arrived = resolve));

	constructor(readonly name = DATABASE_NAME) {}

	/** A handle on a Dexie database already made (the specs' own): everything goes through Dexie. */
	static of(db: CanalDb): Database {
		const database = new Database(db.name);
		database.#dexie = Promise.resolve(db);
		database.#reader = Promise.resolve(null);
		database.#arrived(db);
		return database;
	}

	/** Dexie's database, loading its code the first time. */
	get(): Promise<CanalDb> {
		this.#dexie ??= import('./db').then(({ CanalDb }) => {
			const db = new CanalDb(this.name);
			// From now on Dexie reads too: the reader's connection need not stay open.
			void this.#reader?.then((reader) => reader?.close());
			if (this.#closed) db.close();
			this.#arrived(db);
			return db;
		});
		// Its code may fail to arrive (offline before the service worker kept it): ask again next time.
		this.#dexie.catch(() => (this.#dexie = null));
		return this.#dexie;
	}

	/**
	 * Reads with the reader while Dexie has not loaded, else (or should the reader fail) with
	 * Dexie: whatever goes wrong then is reported as Dexie reports it.
	 */
	async read<T>(
		raw: (reader: StoredReader) => Promise<T>,
		viaDexie: (db: CanalDb) => Promise<T>
	): Promise<T> {
		if (!this.#dexie) {
			this.#reader ??= openStoredReader(this.name);
			const reader = await this.#reader;
			if (reader && !this.#closed) {
				try {
					return await raw(reader);
				} catch {
					// Closed meanwhile (Dexie arrived, another page upgrades) or refused: Dexie reads.
				}
			}
		}
		return viaDexie(await this.get());
	}

	close(): void {
		this.#closed = true;
		void this.#reader?.then((reader) => reader?.close());
		void this.#dexie?.then((db) => db.close()).catch(() => undefined);
	}
}
