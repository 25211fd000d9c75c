import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { buildWorkshop, REFERENCE_SIZE } from '../../../tests/factories/workshop';
import { PlanDoc } from '../doc/plan-doc';
import { DocStore, loadStoredDoc, storedBytes } from './doc-store';
import type { StorageStatus } from './status';
import {
	createWorkshop,
	deleteWorkshop,
	exportWorkshop,
	importWorkshop,
	listWorkshops,
	purgeDeleted
} from './workshops';
import { freshDatabases } from '../../../tests/helpers/fresh-db';
import type { CanalDb } from './db';

// These run against Chromium's own IndexedDB, where transactions, structured cloning of
// Uint8Array rows and write ordering are the real thing, unlike the fake-indexeddb node specs.

const freshDb = freshDatabases();

const input = { title: 'Spring', organisation: 'Riverside', facilitator: 'Inès' };

async function openPlan(db: CanalDb, id: string) {
	const ydoc = new Y.Doc();
	const store = await DocStore.open(db, id, ydoc);
	return { plan: new PlanDoc(ydoc), store };
}

async function storedPlan(db: CanalDb, id: string) {
	const ydoc = await loadStoredDoc(db, id);
	const plan = new PlanDoc(ydoc);
	const json = plan.toJSON();
	plan.destroy();
	ydoc.destroy();
	return json;
}

/**
 * The reference workshop written edit by edit into a Y.Doc that a DocStore is saving, so every
 * one of its transactions goes through the real save path (queue, batch, compaction).
 */
async function savedReferenceWorkshop(db: CanalDb, seed = 1) {
	const id = await createWorkshop(db, input);
	const ydoc = new Y.Doc();
	const store = await DocStore.open(db, id, ydoc);
	const plan = buildWorkshop(REFERENCE_SIZE, seed, ydoc);
	await store.close();
	return { id, json: plan.toJSON(), plan };
}

describe('DocStore in real IndexedDB', () => {
	it('saves the reference workshop and reads it back identically, also after export and import', async () => {
		const db = freshDb();
		const { id, json } = await savedReferenceWorkshop(db);
		expect(json.stakeholders).toHaveLength(REFERENCE_SIZE.stakeholders);
		expect(json.notes).toHaveLength(REFERENCE_SIZE.notes);
		// The factory alone, with no storage involved, is the independent expectation.
		const expected = buildWorkshop(REFERENCE_SIZE, 1).toJSON();
		expect(json).toEqual(expected);

		expect(await storedPlan(db, id)).toEqual(expected);
		const { plan: reopened, store } = await openPlan(db, id);
		expect(reopened.toJSON()).toEqual(expected);
		await store.close();

		const { bytes } = await exportWorkshop(db, id);
		const other = freshDb();
		expect(await importWorkshop(other, bytes)).toEqual({
			id,
			title: expected.meta.title,
			merged: false
		});
		expect(await storedPlan(other, id)).toEqual(expected);
		expect((await listWorkshops(other)).map((entry) => entry.id)).toEqual([id]);
	});

	it('does not grow when a plan is opened and closed fifty times without edits', async () => {
		const db = freshDb();
		const { id, json } = await savedReferenceWorkshop(db);
		const afterSave = await storedBytes(db, id);
		const sizes: { rows: number; bytes: number }[] = [];
		for (let cycle = 0; cycle < 50; cycle++) {
			const { plan, store } = await openPlan(db, id);
			expect(plan.count('notes')).toBe(json.notes.length);
			await store.close();
			plan.destroy();
			sizes.push(await storedBytes(db, id));
		}
		const first = sizes[0]!;
		const last = sizes[49]!;
		console.log(
			JSON.stringify({ reopenCycles: 50, afterSave, afterFirst: first, afterLast: last })
		);
		expect(last.bytes).toBeLessThanOrEqual(first.bytes * 1.5);
		expect(last).toEqual(first);
		expect(await storedPlan(db, id)).toEqual(json);
	});

	it('deletes a catalog entry and its plan together, leaving other workshops alone', async () => {
		const db = freshDb();
		const doomed = await savedReferenceWorkshop(db, 3);
		const kept = await createWorkshop(db, { ...input, title: 'Kept' });
		const { plan, store } = await openPlan(db, kept);
		plan.add('stakeholders', { name: 'Members' });
		await store.close();
		const keptBefore = { bytes: await storedBytes(db, kept), json: await storedPlan(db, kept) };

		await deleteWorkshop(db, doomed.id, Date.now() - 60_000);
		expect(await purgeDeleted(db)).toEqual([doomed.id]);

		expect(await db.workshops.get(doomed.id)).toBeUndefined();
		expect(await db.updates.where('docId').equals(doomed.id).count()).toBe(0);
		expect(await storedBytes(db, kept)).toEqual(keptBefore.bytes);
		expect(await storedPlan(db, kept)).toEqual(keptBefore.json);
		expect(await db.updates.count()).toBe(keptBefore.bytes.rows);
		expect((await listWorkshops(db)).map((entry) => entry.id)).toEqual([kept]);
	});
});

describe('two tabs on one plan', () => {
	/** Two documents that never talk to each other: the worst case for the shared log. */
	async function twoTabs(db: CanalDb) {
		const id = await createWorkshop(db, input);
		const a = await openPlan(db, id);
		const b = await openPlan(db, id);
		return { id, a, b };
	}

	async function addNotes(plan: PlanDoc, label: string, count: number) {
		for (let i = 0; i < count; i++) {
			plan.add('notes', { text: `${label} ${i}` });
			// Yield now and then so the other tab's writes and the compactions interleave.
			if (i % 7 === 0) await new Promise((resolve) => setTimeout(resolve, 3));
		}
	}

	const texts = (json: ReturnType<PlanDoc['toJSON']>) => json.notes.map((note) => note.text).sort();

	it('keeps both tabs’ edits', async () => {
		const db = freshDb();
		const { id, a, b } = await twoTabs(db);
		a.plan.add('stakeholders', { name: 'From tab A' });
		b.plan.add('stakeholders', { name: 'From tab B' });
		a.plan.setPurposeText('statement', 'Written in A');
		b.plan.setCommitmentText('budget', 'Written in B');
		await Promise.all([a.store.close(), b.store.close()]);

		const json = await storedPlan(db, id);
		expect(json.stakeholders.map((s) => s.name).sort()).toEqual(['From tab A', 'From tab B']);
		expect(json.purpose.statement).toBe('Written in A');
		expect(json.commitment.budget).toBe('Written in B');
	});

	it('loses nothing when compaction runs while the other tab writes', async () => {
		const db = freshDb();
		const { id, a, b } = await twoTabs(db);
		let writing = true;
		let compactions = 0;
		const compactor = (async () => {
			while (writing) {
				await Promise.all([a.store.compact(), b.store.compact()]);
				compactions += 2;
				await new Promise((resolve) => setTimeout(resolve, 1));
			}
		})();
		const flusher = (async () => {
			while (writing) {
				await Promise.all([a.store.flush(), b.store.flush()]);
				await new Promise((resolve) => setTimeout(resolve, 5));
			}
		})();
		await Promise.all([addNotes(a.plan, 'A', 200), addNotes(b.plan, 'B', 200)]);
		writing = false;
		await Promise.all([compactor, flusher]);
		await Promise.all([a.store.close(), b.store.close()]);

		const expected = [
			...Array.from({ length: 200 }, (_, i) => `A ${i}`),
			...Array.from({ length: 200 }, (_, i) => `B ${i}`)
		].sort();
		const json = await storedPlan(db, id);
		console.log(
			JSON.stringify({ concurrentCompactions: compactions, stored: await storedBytes(db, id) })
		);
		expect(compactions).toBeGreaterThan(4);
		expect(texts(json)).toEqual(expected);

		// One more compaction after everything settled still holds every note, in one row.
		const { plan, store } = await openPlan(db, id);
		await store.compact();
		await store.close();
		expect(texts(plan.toJSON())).toEqual(expected);
		expect((await storedBytes(db, id)).rows).toBe(1);
		expect(texts(await storedPlan(db, id))).toEqual(expected);
	});
});

describe('storage full', () => {
	const full = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));

	it('says so, keeps editing in memory, and saves everything once space is back', async () => {
		const db = freshDb();
		const id = await createWorkshop(db, input);
		const { plan, store } = await openPlan(db, id);
		const seen: StorageStatus['kind'][] = [];
		store.subscribe((status) => seen.push(status.kind));
		const before = await storedBytes(db, id);

		const table = db.updates;
		const bulkAdd = table.bulkAdd;
		// The table refuses the way a full disk does, with the DOMException name the browser raises.
		// (A DevTools quota override only takes hold if set before the origin's first IndexedDB use
		// in the browser session, which a test page shared by many spec files cannot promise.)
		table.bulkAdd = full as unknown as typeof table.bulkAdd;
		try {
			plan.add('notes', { text: 'first while full' });
			const refusedAt = performance.now();
			await expect
				.poll(() => store.status.kind, { timeout: 1_000, interval: 20 })
				.toBe('storage-full');
			console.log(
				JSON.stringify({ storageFullShownAfterMs: Math.round(performance.now() - refusedAt) })
			);

			for (let i = 0; i < 20; i++) plan.add('notes', { text: `while full ${i}` });
			plan.setPurposeText('statement', 'Still editable');
			expect(plan.count('notes')).toBe(21);
			expect(plan.purpose.statement).toBe('Still editable');
			// A retry happens meanwhile and is refused again: the state stays named, nothing is dropped.
			await new Promise((resolve) => setTimeout(resolve, 2_300));
			expect(store.status).toMatchObject({ kind: 'storage-full' });
			expect(store.pending).toBeGreaterThanOrEqual(22);
			expect(await storedBytes(db, id)).toEqual(before);
		} finally {
			table.bulkAdd = bulkAdd;
		}

		await expect.poll(() => store.status.kind, { timeout: 5_000, interval: 50 }).toBe('saved');
		expect(store.pending).toBe(0);
		plan.add('notes', { text: 'after space came back' });
		await store.close();
		expect(seen).toContain('storage-full');

		const json = await storedPlan(db, id);
		expect(json.notes).toHaveLength(22);
		expect(json.notes.map((note) => note.text)).toContain('first while full');
		expect(json.notes.map((note) => note.text)).toContain('after space came back');
		expect(json.purpose.statement).toBe('Still editable');
	});

	it('goes on saving edits made while the retry that frees it is being written', async () => {
		const db = freshDb();
		const id = await createWorkshop(db, input);
		const { plan, store } = await openPlan(db, id);
		const table = db.updates;
		const bulkAdd = table.bulkAdd;
		table.bulkAdd = full as unknown as typeof table.bulkAdd;
		plan.add('notes', { text: 'refused at first' });
		await expect
			.poll(() => store.status.kind, { timeout: 1_000, interval: 20 })
			.toBe('storage-full');

		// Space comes back; someone types while the retry is on its way to the disk.
		let typedDuringRetry = false;
		table.bulkAdd = ((...args: Parameters<typeof bulkAdd>) => {
			if (!typedDuringRetry) {
				typedDuringRetry = true;
				plan.add('notes', { text: 'typed during the retry' });
			}
			return bulkAdd.apply(table, args);
		}) as typeof bulkAdd;
		try {
			await expect.poll(() => typedDuringRetry, { timeout: 5_000, interval: 50 }).toBe(true);
			await expect.poll(() => store.status.kind, { timeout: 3_000, interval: 50 }).toBe('saved');
			// Read while the store is still open: closing flushes, which would hide a stuck queue.
			expect(store.pending).toBe(0);
			const texts = (await storedPlan(db, id)).notes.map((note) => note.text).sort();
			expect(texts).toEqual(['refused at first', 'typed during the retry']);
		} finally {
			table.bulkAdd = bulkAdd;
			await store.close();
		}
	});
});
