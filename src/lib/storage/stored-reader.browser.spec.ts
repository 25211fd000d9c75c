import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { Database } from './database';
import { DocStore, loadStoredDoc } from './doc-store';
import { openStoredReader, STORED_VERSION } from './stored-reader';
import { listWorkshops, workshopsToList } from './workshop-list';
import { freshDatabases } from '../../../tests/helpers/fresh-db';

// Chromium's own IndexedDB: the databases are written by Dexie (`CanalDb`), as the app does, and
// read back without it.

const freshDb = freshDatabases();

async function versionOf(name: string): Promise<number | undefined> {
	return (await indexedDB.databases()).find((database) => database.name === name)?.version;
}

/** A database as the first release of Canal made it (Dexie's `version(1)`). */
function makeOlder(name: string): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(name, 10);
		request.onupgradeneeded = () => {
			const db = request.result;
			db.createObjectStore('workshops', { keyPath: 'id' });
			db.createObjectStore('settings', { keyPath: 'key' });
			db.createObjectStore('updates', { keyPath: 'seq', autoIncrement: true }).createIndex(
				'docId',
				'docId'
			);
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

function typed(text: string): Uint8Array {
	const ydoc = new Y.Doc();
	ydoc.getText('purpose').insert(0, text);
	return Y.encodeStateAsUpdate(ydoc);
}

describe('the stored reader', () => {
	it('opens the version Dexie opens', async () => {
		const db = freshDb();
		await db.open();
		expect(db.backendDB().version).toBe(STORED_VERSION);
	});

	it('reads the catalog entry, a document’s rows in Dexie’s order and settings', async () => {
		const db = freshDb();
		const entry = {
			id: 'w1',
			title: 'Spring campaign',
			organisation: '',
			facilitator: '',
			createdAt: 1,
			updatedAt: 2,
			role: 'facilitator' as const
		};
		await db.workshops.add(entry);
		await db.updates.bulkAdd([
			{ docId: 'w1', update: new Uint8Array([1]) },
			{ docId: 'w2', update: new Uint8Array([9]) },
			{ docId: 'w1', update: new Uint8Array([2]) }
		]);
		await db.settings.put({ key: 'displayName', value: 'Inès' });
		const viaDexie = await db.updates.where('docId').equals('w1').toArray();
		db.close();

		const reader = await openStoredReader(db.name);
		expect(reader).not.toBeNull();
		expect(await reader!.entry('w1')).toEqual(entry);
		expect(await reader!.entry('gone')).toBeUndefined();
		expect(await reader!.rows('w1')).toEqual(viaDexie);
		expect((await reader!.rows('w1')).map((row) => [...row.update])).toEqual([[1], [2]]);
		expect(await reader!.settings(['displayName', 'relayUrl'])).toEqual([
			{ key: 'displayName', value: 'Inès' },
			undefined
		]);
		reader!.close();
	});

	it('reads a database that does not exist as empty, and leaves it uncreated', async () => {
		const name = freshDb().name;
		const reader = await openStoredReader(name);
		expect(reader).not.toBeNull();
		expect(await reader!.entry('w1')).toBeUndefined();
		expect(await reader!.entries()).toEqual([]);
		expect(await reader!.deletions()).toBe(0);
		expect(await reader!.recipeCount()).toBe(0);
		expect(await reader!.rows('w1')).toEqual([]);
		expect(await reader!.settings(['displayName', 'relayUrl'])).toEqual([undefined, undefined]);
		expect(await versionOf(name)).toBeUndefined();
	});

	it('lists the workshops as Dexie lists them', async () => {
		const db = freshDb();
		const entry = (id: string, updatedAt: number, deletedAt?: number) => ({
			id,
			title: id,
			organisation: '',
			facilitator: '',
			createdAt: 1,
			updatedAt,
			role: 'facilitator' as const,
			...(deletedAt === undefined ? {} : { deletedAt })
		});
		await db.workshops.bulkAdd([
			entry('b', 5),
			entry('a', 9),
			entry('c', 5),
			entry('gone', 12, 13),
			entry('d', 1)
		]);
		const viaDexie = await listWorkshops(db);
		db.close();

		const reader = await openStoredReader(db.name);
		const read = workshopsToList(await reader!.entries());
		expect(read.map(({ id }) => id)).toEqual(['a', 'c', 'b', 'd']);
		expect(read).toEqual(viaDexie);
		expect(await reader!.deletions()).toBe(1);
		reader!.close();
	});

	it('leaves an older database as it was, for Dexie to upgrade', async () => {
		const db = freshDb();
		(await makeOlder(db.name)).close();
		expect(await openStoredReader(db.name)).toBeNull();
		expect(await versionOf(db.name)).toBe(10);
		await db.open();
		expect(db.backendDB().version).toBe(STORED_VERSION);
	});

	it('does not wait for another page holding an older version open', async () => {
		const db = freshDb();
		const older = await makeOlder(db.name);
		// An older page that does not let go when asked.
		older.onversionchange = null;
		const opening = openStoredReader(db.name);
		expect(await opening).toBeNull();
		older.close();
		// Its opening ends once the other page lets go, and changes nothing.
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(await versionOf(db.name)).toBe(10);
	});

	it('does not keep a newer page from upgrading the database', async () => {
		const db = freshDb();
		await db.open();
		db.close();
		const reader = await openStoredReader(db.name);
		expect(reader).not.toBeNull();
		const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open(db.name, STORED_VERSION + 10);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
			request.onblocked = () => reject(new Error('blocked by the reader'));
		});
		upgraded.close();
		await expect(reader!.entry('w1')).rejects.toThrow();
	});
});

describe('a database read before Dexie loads', () => {
	it('opens a plan with the reader, and stores an edit made meanwhile once Dexie is here', async () => {
		const db = freshDb();
		await db.updates.add({ docId: 'w1', update: typed('Grow the newsletter') });
		db.close();

		const database = new Database(db.name);
		const ydoc = new Y.Doc();
		const store = await DocStore.open(database, 'w1', ydoc);
		expect(ydoc.getText('purpose').toString()).toBe('Grow the newsletter');
		ydoc.getText('purpose').insert(0, 'Now: ');
		await store.flush();
		expect(store.status.kind).toBe('saved');
		await store.close();

		const stored = await loadStoredDoc(await database.get(), 'w1');
		expect(stored.getText('purpose').toString()).toBe('Now: Grow the newsletter');
		database.close();
	});

	it('reads nothing, without Dexie, when there is no database yet; Dexie creates it on a write', async () => {
		const name = freshDb().name;
		const database = new Database(name);
		let dexieRead = false;
		const settings = await database.read(
			(reader) => reader.settings(['displayName']),
			(dexie) => {
				dexieRead = true;
				return dexie.settings.bulkGet(['displayName']);
			}
		);
		expect(settings).toEqual([undefined]);
		expect(dexieRead).toBe(false);
		expect(await versionOf(name)).toBeUndefined();

		let arrived = false;
		void database.arrived.then(() => (arrived = true));
		await (await database.get()).settings.put({ key: 'displayName', value: 'Inès' });
		expect(arrived).toBe(true);
		expect(await versionOf(name)).toBe(STORED_VERSION);
		database.close();
	});
});
