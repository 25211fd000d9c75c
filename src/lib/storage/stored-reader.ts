import type { Setting, StoredUpdate, WorkshopEntry } from './db';

/**
 * The IndexedDB version of Canal's database as `CanalDb` declares it: Dexie opens its
 * `version(n)` as IndexedDB version `n * 10`, and the last one declared is 3. Raise it with any
 * new `version(n)` there (a browser spec checks the two agree).
 */
export const STORED_VERSION = 30;

/** The object stores this reader reads, as `CanalDb` names them. */
const STORES = ['workshops', 'updates', 'settings', 'recipes'] as const;

/**
 * What a workshop's first paint reads, straight from IndexedDB: Dexie (29 KB gzip) loads after
 * it. Only ever reads a database Dexie made, at the version Dexie made it.
 */
export interface StoredReader {
	entry(id: string): Promise<WorkshopEntry | undefined>;
	/** Every catalog entry, deleted ones included, in no particular order. */
	entries(): Promise<WorkshopEntry[]>;
	/** How many catalog entries are deleted and not yet purged (only they have `deletedAt`). */
	deletions(): Promise<number>;
	/** How many recipes of one's own are kept. */
	recipeCount(): Promise<number>;
	/** A document's update rows, in the order Dexie lists them (by `seq`). */
	rows(docId: string): Promise<StoredUpdate[]>;
	settings(keys: readonly string[]): Promise<(Setting | undefined)[]>;
	close(): void;
}

function result<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/**
 * What a database that does not exist yet holds: nothing. A first visit's home page lists no
 * workshops, and a first visit's workshop link finds none, without waiting for Dexie to create it.
 */
const EMPTY: StoredReader = {
	entry: async () => undefined,
	entries: async () => [],
	deletions: async () => 0,
	recipeCount: async () => 0,
	rows: async () => [],
	settings: async (keys) => keys.map(() => undefined),
	close: () => undefined
};

/**
 * Opens `name` for reading, or resolves null when only Dexie can open it: the database is older
 * (Dexie upgrades it), newer or otherwise made (Dexie 4 may have raised its version itself), held
 * at an older version by another tab, or IndexedDB is missing. A database that does not exist
 * yet reads as empty. Never creates or upgrades anything: an upgrade it would cause is aborted,
 * and Dexie's opening does it.
 */
export function openStoredReader(
	name: string,
	factory: IDBFactory | undefined = globalThis.indexedDB
): Promise<StoredReader | null> {
	return new Promise((resolve) => {
		let request: IDBOpenDBRequest;
		try {
			if (!factory) return resolve(null);
			request = factory.open(name, STORED_VERSION);
		} catch {
			return resolve(null);
		}
		let missing = false;
		request.onupgradeneeded = (event) => {
			// Missing or older: aborting leaves it as it was (a new one is not kept), for Dexie.
			missing = event.oldVersion === 0;
			request.transaction?.abort();
		};
		// Another tab holds an older version open: Dexie's opening waits for it, not this one.
		request.onblocked = () => resolve(null);
		request.onerror = (event) => {
			event.preventDefault();
			resolve(missing ? EMPTY : null);
		};
		request.onsuccess = () => {
			const db = request.result;
			// A newer page upgrading the database must not wait for this connection.
			db.onversionchange = () => db.close();
			if (!STORES.every((store) => db.objectStoreNames.contains(store))) {
				db.close();
				return resolve(null);
			}
			resolve(readerOf(db));
		};
	});
}

function readerOf(db: IDBDatabase): StoredReader {
	const store = (name: (typeof STORES)[number]) =>
		db.transaction(name, 'readonly').objectStore(name);
	// Async, so that a closed connection rejects like a failed read rather than throwing.
	return {
		entry: async (id) =>
			result(store('workshops').get(id) as IDBRequest<WorkshopEntry | undefined>),
		entries: async () => result(store('workshops').getAll() as IDBRequest<WorkshopEntry[]>),
		// Counted on the index, which only holds the entries that have the key: nothing is read.
		deletions: async () => result(store('workshops').index('deletedAt').count()),
		recipeCount: async () => result(store('recipes').count()),
		rows: async (docId) =>
			result(store('updates').index('docId').getAll(docId) as IDBRequest<StoredUpdate[]>),
		settings: async (keys) => {
			const settings = store('settings');
			return Promise.all(
				keys.map((key) => result(settings.get(key) as IDBRequest<Setting | undefined>))
			);
		},
		close: () => db.close()
	};
}
