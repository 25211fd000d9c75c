import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlanDoc } from '../doc/plan-doc';
import { CanalDb } from './db';
import { DocStore, loadStoredDoc, privateDocId, storedBytes } from './doc-store';
import {
	createWorkshop,
	deleteWorkshop,
	duplicateWorkshop,
	exportWorkshop,
	ImportNeedsChoice,
	importWorkshop,
	listWorkshops,
	purgeDeleted,
	renameWorkshop,
	restoreWorkshop,
	WorkshopError
} from './workshops';
import { encodeWorkshopFile, WorkshopFileError } from './workshop-file';
import { listVersions, saveVersion } from './version-store';

let db: CanalDb;
let name = 0;

beforeEach(() => {
	db = new CanalDb(`test-${++name}`);
});
afterEach(async () => {
	db.close();
});

const input = { title: 'Spring', organisation: 'Riverside', facilitator: 'Inès' };

async function openPlan(id: string) {
	const ydoc = new Y.Doc();
	const store = await DocStore.open(db, id, ydoc);
	return { plan: new PlanDoc(ydoc), store };
}

describe('workshops in the catalog', () => {
	it('creates, lists newest first, renames', async () => {
		const a = await createWorkshop(db, { ...input, title: 'First' }, 1000);
		const b = await createWorkshop(db, { ...input, title: '  Second  ' }, 2000);
		expect((await listWorkshops(db)).map((w) => w.title)).toEqual(['Second', 'First']);
		await renameWorkshop(db, a, 'First, renamed');
		expect((await listWorkshops(db))[0]).toMatchObject({ id: a, title: 'First, renamed' });
		expect(new PlanDoc(await loadStoredDoc(db, a)).meta.title).toBe('First, renamed');
		expect(b).not.toBe(a);
	});

	it('refuses an empty or overlong title with a message', async () => {
		await expect(createWorkshop(db, { ...input, title: '   ' })).rejects.toThrow(WorkshopError);
		await expect(createWorkshop(db, { ...input, title: 'x'.repeat(10_000) })).rejects.toThrow(
			/10,000/
		);
		expect(await listWorkshops(db)).toEqual([]);
	});

	it('duplicates into an independent workshop', async () => {
		const id = await createWorkshop(db, input);
		const { plan, store } = await openPlan(id);
		plan.add('stakeholders', { name: 'Members' });
		await store.close();
		const copy = await duplicateWorkshop(db, id);
		const copied = new PlanDoc(await loadStoredDoc(db, copy));
		expect(copied.meta.title).toBe('Copy of Spring');
		expect(copied.list('stakeholders').map((s) => s.name)).toEqual(['Members']);
		const { plan: copyPlan, store: copyStore } = await openPlan(copy);
		copyPlan.add('stakeholders', { name: 'Only in the copy' });
		await copyStore.close();
		expect(new PlanDoc(await loadStoredDoc(db, id)).list('stakeholders')).toHaveLength(1);
	});

	it('never copies a shared workshop’s room into its duplicate', async () => {
		const id = await createWorkshop(db, input);
		await db.workshops.update(id, {
			room: { roomId: 'r'.repeat(26), role: 'facilitator', secret: 's'.repeat(32) }
		});
		const copy = await duplicateWorkshop(db, id);
		expect((await db.workshops.get(copy))?.room).toBeUndefined();
		expect((await db.workshops.get(id))?.room?.roomId).toBe('r'.repeat(26));
	});

	it('deletes with undo, then purges the entry and its plan together', async () => {
		const id = await createWorkshop(db, input);
		await deleteWorkshop(db, id, 5000);
		expect(await listWorkshops(db)).toEqual([]);
		await restoreWorkshop(db, id);
		expect(await listWorkshops(db)).toHaveLength(1);
		await deleteWorkshop(db, id, 5000);
		expect(await purgeDeleted(db, 4999)).toEqual([]);
		expect(await purgeDeleted(db, 5000)).toEqual([id]);
		expect(await db.workshops.get(id)).toBeUndefined();
		expect(await storedBytes(db, id)).toEqual({ rows: 0, bytes: 0 });
	});

	it('purges the private notes kept for a workshop with it, and only those', async () => {
		const id = await createWorkshop(db, input);
		const other = await createWorkshop(db, { ...input, title: 'Autumn' });
		for (const workshop of [id, other]) {
			const drafts = new Y.Doc();
			const store = await DocStore.open(
				db,
				privateDocId(workshop, 'drafts', 'b'.repeat(16)),
				drafts
			);
			drafts.getMap('drafts').set('d'.repeat(16), { text: `kept for ${workshop}` });
			await store.close();
		}
		await deleteWorkshop(db, id, 5000);
		expect(await purgeDeleted(db, 5000)).toEqual([id]);
		expect(await storedBytes(db, privateDocId(id, 'drafts', 'b'.repeat(16)))).toEqual({
			rows: 0,
			bytes: 0
		});
		expect((await storedBytes(db, privateDocId(other, 'drafts', 'b'.repeat(16)))).rows).toBe(1);
		expect((await storedBytes(db, other)).rows).toBe(1);
	});
});

describe('workshop files', () => {
	it('exports, and imports into a fresh browser profile, losslessly', async () => {
		const id = await createWorkshop(db, input);
		const { plan, store } = await openPlan(id);
		plan.add('stakeholders', { name: 'Городской совет <b>' });
		plan.setPurposeText('statement', 'Be the library people talk about');
		await store.close();
		const { bytes } = await exportWorkshop(db, id);

		const other = new CanalDb(`other-${name}`);
		const result = await importWorkshop(other, bytes);
		expect(result).toEqual({ id, title: 'Spring', merged: false });
		expect(new PlanDoc(await loadStoredDoc(other, id)).toJSON()).toEqual(plan.toJSON());
		other.close();
	});

	it('merges a file into the workshop it came from instead of duplicating or overwriting', async () => {
		const id = await createWorkshop(db, input);
		const { plan, store } = await openPlan(id);
		plan.add('stakeholders', { name: 'Members' });
		await store.flush();
		const { bytes } = await exportWorkshop(db, id);
		// Edits made here after the export must survive importing the older file.
		plan.add('stakeholders', { name: 'Local press' });
		await store.close();

		const result = await importWorkshop(db, bytes);
		expect(result.merged).toBe(true);
		expect(await listWorkshops(db)).toHaveLength(1);
		const names = new PlanDoc(await loadStoredDoc(db, id)).list('stakeholders').map((s) => s.name);
		expect(names).toEqual(['Members', 'Local press']);
	});

	it('lists a crafted file with a 100,000-character title under a name-sized title', async () => {
		const ydoc = new Y.Doc();
		PlanDoc.create({ title: 'Spring' }, ydoc);
		ydoc.getMap('meta').set('title', 'T'.repeat(100_000));
		const bytes = encodeWorkshopFile(
			{
				app: 'canal',
				workshopId: 'craftedtitle0001',
				title: 'Spring',
				organisation: '',
				facilitator: '',
				schemaVersion: 1,
				exportedAt: new Date().toISOString(),
				encoding: 'yjs-update-v1'
			},
			Y.encodeStateAsUpdate(ydoc)
		);
		const result = await importWorkshop(db, bytes);
		expect(result.title).toBe('T'.repeat(300));
		expect((await listWorkshops(db))[0]?.title).toBe('T'.repeat(300));
	});

	it('asks before merging a stranger’s file that claims the id of a workshop here', async () => {
		const id = await createWorkshop(db, input);
		const stranger = new Y.Doc();
		PlanDoc.create({ title: 'Autumn' }, stranger).setPurposeText('statement', 'Theirs');
		const { bytes } = await exportWorkshop(db, id, stranger);
		const before = await storedBytes(db, id);

		const asked = importWorkshop(db, bytes, { unrelated: 'ask' });
		await expect(asked).rejects.toBeInstanceOf(ImportNeedsChoice);
		await expect(asked).rejects.toMatchObject({
			existing: { id, title: 'Spring' },
			file: { title: 'Autumn' }
		});
		expect(await storedBytes(db, id)).toEqual(before);
		expect(await listWorkshops(db)).toHaveLength(1);

		const copy = await importWorkshop(db, bytes, { unrelated: 'copy' });
		expect(copy).toMatchObject({ title: 'Autumn', merged: false, copy: true });
		expect(copy.id).not.toBe(id);
		expect(await storedBytes(db, id)).toEqual(before);
		// The copy is the file's own Yjs state, stored as it came: nothing rebuilt, nothing twice.
		const stored = await loadStoredDoc(db, copy.id);
		expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(stranger));
		expect(new PlanDoc(stored).toJSON()).toEqual(new PlanDoc(stranger).toJSON());
		expect((await listWorkshops(db)).map((w) => w.title).sort()).toEqual(['Autumn', 'Spring']);
	});

	it('merges without asking a file that shares the workshop’s history', async () => {
		const id = await createWorkshop(db, input);
		const elsewhere = await loadStoredDoc(db, id);
		new PlanDoc(elsewhere).setPurposeText('statement', 'Revised elsewhere');
		const { bytes } = await exportWorkshop(db, id, elsewhere);
		const result = await importWorkshop(db, bytes, { unrelated: 'ask' });
		expect(result).toEqual({ id, title: 'Spring', merged: true });
		expect(new PlanDoc(await loadStoredDoc(db, id)).purpose.statement).toBe('Revised elsewhere');
	});

	it('brings back a deleted workshop when its file is imported', async () => {
		const id = await createWorkshop(db, input);
		const { bytes } = await exportWorkshop(db, id);
		await deleteWorkshop(db, id);
		await importWorkshop(db, bytes);
		expect((await listWorkshops(db)).map((w) => w.id)).toEqual([id]);
	});

	it('changes nothing when a file is refused', async () => {
		const id = await createWorkshop(db, input);
		const { bytes } = await exportWorkshop(db, id);
		const before = await storedBytes(db, id);
		await expect(importWorkshop(db, bytes.slice(0, bytes.length - 10))).rejects.toThrow(
			WorkshopFileError
		);
		await expect(importWorkshop(db, new TextEncoder().encode('{"title":"x"}'))).rejects.toThrow(
			/not a Canal/
		);
		expect(await storedBytes(db, id)).toEqual(before);
		expect(await db.workshops.count()).toBe(1);
	});
});

describe('DocStore', () => {
	it('saves edits and loads them back; reopening without edits writes nothing', async () => {
		const id = await createWorkshop(db, input);
		const { plan, store } = await openPlan(id);
		plan.add('notes', { text: 'hello' });
		await store.close();
		const first = await storedBytes(db, id);
		for (let i = 0; i < 10; i++) {
			const { plan: again, store: againStore } = await openPlan(id);
			expect(again.list('notes').map((n) => n.text)).toEqual(['hello']);
			await againStore.close();
		}
		expect(await storedBytes(db, id)).toEqual(first);
	});

	it('folds a long log into one row without losing anything', { timeout: 30_000 }, async () => {
		const id = await createWorkshop(db, input);
		const { plan, store } = await openPlan(id);
		for (let i = 0; i < 600; i++) {
			plan.add('notes', { text: `note ${i}` });
			await store.flush();
		}
		await store.close();
		const stored = await storedBytes(db, id);
		expect(stored.rows).toBeLessThan(120);
		expect(stored.rows).toBeGreaterThan(0);
		expect(new PlanDoc(await loadStoredDoc(db, id)).list('notes')).toHaveLength(600);
	});
});

describe('workshop files with saved versions', () => {
	const version = (id: string, createdAt: number) => ({
		id,
		name: `Version ${id}`,
		createdAt,
		author: 'Inès',
		schemaVersion: 1,
		summary: '',
		bytes: new Uint8Array(32).fill(createdAt % 200)
	});

	it('carries its versions to another device, and into a copy under the copy’s id', async () => {
		const id = await createWorkshop(db, input);
		await saveVersion(db, id, version('march000', 1_000));
		await saveVersion(db, id, version('april000', 2_000));
		const { bytes } = await exportWorkshop(db, id);

		const other = new CanalDb(`other-${name}`);
		const result = await importWorkshop(other, bytes);
		expect(result).toMatchObject({ id, versions: 2, skippedVersions: 0 });
		const listed = await listVersions(other, id);
		expect(listed.versions.map((v) => [v.id, v.size])).toEqual([
			['april000', 32],
			['march000', 32]
		]);
		other.close();

		// The same file as an unrelated copy next to a workshop that holds its id.
		const elsewhere = new CanalDb(`elsewhere-${name}`);
		const stranger = new Y.Doc();
		PlanDoc.create({ title: 'Stranger', organisation: '', facilitator: '' }, stranger);
		await importWorkshop(
			elsewhere,
			encodeWorkshopFile(
				{
					app: 'canal',
					workshopId: id,
					title: 'Stranger',
					organisation: '',
					facilitator: '',
					schemaVersion: 1,
					exportedAt: new Date().toISOString(),
					encoding: 'yjs-update-v1'
				},
				Y.encodeStateAsUpdate(stranger)
			)
		);
		const copy = await importWorkshop(elsewhere, bytes, { unrelated: 'copy' });
		expect(copy.copy).toBe(true);
		expect((await listVersions(elsewhere, copy.id)).versions).toHaveLength(2);
		expect((await listVersions(elsewhere, id)).versions).toHaveLength(0);
		elsewhere.close();
	});

	it('imports a file without versions as before, and leaves versions already here alone', async () => {
		const id = await createWorkshop(db, input);
		const { bytes } = await exportWorkshop(db, id);
		expect(bytes[8]).toBe(1);
		await saveVersion(db, id, { ...version('march000', 1_000), name: 'Kept here' });
		const result = await importWorkshop(db, bytes);
		expect(result).not.toHaveProperty('versions');
		expect((await listVersions(db, id)).versions.map((v) => v.name)).toEqual(['Kept here']);
	});
});
