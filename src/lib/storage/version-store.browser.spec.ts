import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { VersionRecord } from '../doc/version-record';
import {
	allVersions,
	deleteVersions,
	getVersion,
	listVersions,
	saveVersion,
	VersionStorageError
} from './version-store';
import { createWorkshop, deleteWorkshop, purgeDeleted } from './workshops';
import { freshDatabases } from '../../../tests/helpers/fresh-db';

// Against Chromium's own IndexedDB: the compound index, structured cloning of the bytes and the
// one-transaction purge are the real thing.

const freshDb = freshDatabases();

const input = { title: 'Spring', organisation: 'Riverside', facilitator: 'Inès' };

function record(id: string, createdAt: number, size = 100): VersionRecord {
	return {
		id,
		name: `Version ${id}`,
		createdAt,
		author: 'Inès',
		schemaVersion: 1,
		summary: '2 stakeholders added',
		bytes: new Uint8Array(size).fill(createdAt % 251)
	};
}

describe('version store', () => {
	it('opens a database made before versions existed, keeping everything in it', async () => {
		const name = `t-${crypto.randomUUID()}`;
		const before = new Dexie(name);
		before.version(1).stores({
			workshops: 'id, updatedAt, deletedAt',
			settings: 'key',
			updates: '++seq, docId'
		});
		await before.table('workshops').add({ id: 'kept00000000', title: 'Kept', updatedAt: 1 });
		await before.table('updates').add({ docId: 'kept00000000', update: new Uint8Array([1]) });
		before.close();
		const db = freshDb(name);
		expect((await db.workshops.get('kept00000000'))?.title).toBe('Kept');
		expect(await db.updates.count()).toBe(1);
		await saveVersion(db, 'kept00000000', record('first000', 1_000));
		expect((await listVersions(db, 'kept00000000')).versions).toHaveLength(1);
	});

	it('saves, lists newest first with sizes, reads back and deletes', async () => {
		const db = freshDb();
		const id = await createWorkshop(db, input);
		const other = await createWorkshop(db, { ...input, title: 'Autumn' });
		await saveVersion(db, id, record('march000', 1_000, 300));
		await saveVersion(db, id, record('april000', 2_000, 500));
		await saveVersion(db, other, record('elsewhere', 1_500));

		const { versions, corrupt } = await listVersions(db, id);
		expect(corrupt).toBe(0);
		expect(versions.map((v) => [v.id, v.size])).toEqual([
			['april000', 500],
			['march000', 300]
		]);
		expect(versions[0]).not.toHaveProperty('bytes');
		const march = await getVersion(db, id, 'march000');
		expect(march?.bytes).toEqual(record('march000', 1_000, 300).bytes);
		// A version is only ever read as the workshop's own.
		expect(await getVersion(db, other, 'march000')).toBeNull();
		// The same version id in another workshop (a file imported as a copy) is another row.
		await saveVersion(db, other, record('march000', 1_000, 10));
		expect((await getVersion(db, id, 'march000'))?.size).toBe(300);

		await deleteVersions(db, id, ['march000']);
		expect((await listVersions(db, id)).versions.map((v) => v.id)).toEqual(['april000']);
		expect(await db.versions.count()).toBe(3);
	});

	it('reports a corrupt row and skips it, never breaking the list', async () => {
		const db = freshDb();
		const id = await createWorkshop(db, input);
		await saveVersion(db, id, record('good0000', 1_000));
		// A damaged row: no bytes, a name that is not text.
		await db.versions.put({
			...record('broken00', 2_000),
			name: 42 as unknown as string,
			bytes: undefined as unknown as Uint8Array,
			docId: id,
			size: 0
		});
		const { versions, corrupt } = await listVersions(db, id);
		expect(versions.map((v) => v.id)).toEqual(['good0000']);
		expect(corrupt).toBe(1);
		expect(await getVersion(db, id, 'broken00')).toBeNull();
		expect((await allVersions(db, id)).map((v) => v.id)).toEqual(['good0000']);
	});

	it('says when storage is full and loses nothing already saved', async () => {
		const db = freshDb();
		const id = await createWorkshop(db, input);
		await saveVersion(db, id, record('kept0000', 1_000));
		const table = db.versions;
		const bulkPut = table.bulkPut;
		// The table refuses the way a full disk does, with the DOMException name the browser raises.
		table.bulkPut = (() =>
			Promise.reject(
				new DOMException('full', 'QuotaExceededError')
			)) as unknown as typeof table.bulkPut;
		try {
			const refused = await saveVersion(db, id, record('new00000', 2_000)).catch((e) => e);
			expect(refused).toBeInstanceOf(VersionStorageError);
			expect((refused as VersionStorageError).full).toBe(true);
			expect((refused as Error).message).toMatch(/storage is full/);
		} finally {
			table.bulkPut = bulkPut;
		}
		expect((await listVersions(db, id)).versions.map((v) => v.id)).toEqual(['kept0000']);
		await saveVersion(db, id, record('new00000', 2_000));
		expect((await listVersions(db, id)).versions).toHaveLength(2);
	});

	it('purges a deleted workshop’s versions with it, and only those', async () => {
		const db = freshDb();
		const id = await createWorkshop(db, input);
		const other = await createWorkshop(db, { ...input, title: 'Autumn' });
		await saveVersion(db, id, record('doomed00', 1_000));
		await saveVersion(db, other, record('stays000', 1_000));
		await deleteWorkshop(db, id, 5000);
		expect(await purgeDeleted(db, 5000)).toEqual([id]);
		expect(await db.versions.get([id, 'doomed00'])).toBeUndefined();
		expect(await db.versions.get([other, 'stays000'])).toBeDefined();
	});
});
