import * as Y from 'yjs';
import { afterEach, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { buildWorkshop, REFERENCE_SIZE } from '../../../tests/factories/workshop';
import { PlanDoc } from '../doc/plan-doc';
import { CanalDb } from './db';
import { DocStore, loadStoredDoc, storedBytes } from './doc-store';
import type { StorageStatus } from './status';
import { createWorkshop } from './workshops';

// Chromium lets the DevTools protocol lower an origin's quota, so IndexedDB itself refuses the
// write with a genuine QuotaExceededError (which Dexie wraps in an AbortError), not a stub.

const databases: CanalDb[] = [];

async function setQuota(quotaSize?: number): Promise<void> {
	await cdp().send('Storage.overrideQuotaForOrigin', {
		origin: location.origin,
		...(quotaSize === undefined ? {} : { quotaSize })
	});
}

afterEach(async () => {
	await setQuota();
	for (const db of databases.splice(0)) await db.delete();
});

it('shows storage full on a real quota refusal and saves everything once space is back', async () => {
	// IndexedDB remembers for a few seconds how much space it was granted, so the lower quota has to
	// be in place before this test's first write. It leaves room for a new database and workshop
	// (about 75 KB in Chromium), not for the plan written after them (several hundred KB).
	await new Promise((resolve) => setTimeout(resolve, Number(import.meta.env.VITE_QWAIT ?? 3000)));
	const { usage = 0 } = await navigator.storage.estimate();
	const quota = usage + 200_000;
	await setQuota(quota);
	const db = new CanalDb(`t-${crypto.randomUUID()}`);
	databases.push(db);
	const id = await createWorkshop(db, {
		title: 'Spring',
		organisation: 'Riverside',
		facilitator: 'Inès'
	});
	const ydoc = new Y.Doc();
	const store = await DocStore.open(db, id, ydoc);
	const seen: StorageStatus['kind'][] = [];
	store.subscribe((status) => seen.push(status.kind));
	const savedBefore = await db.updates.where('docId').equals(id).primaryKeys();

	const startedAt = performance.now();
	const plan = buildWorkshop(REFERENCE_SIZE, 5, ydoc);
	const long = 'a long note that keeps going '.repeat(30);
	for (let i = 0; i < 400; i++) plan.add('notes', { text: `${i} ${long}` });
	await expect.poll(() => store.status.kind, { timeout: 1_000, interval: 20 }).toBe('storage-full');
	console.log(
		JSON.stringify({
			realQuota: { quota, shownAfterMs: Math.round(performance.now() - startedAt) }
		})
	);

	plan.add('notes', { text: 'written while full' });
	expect(plan.count('notes')).toBe(REFERENCE_SIZE.notes + 401);
	expect(store.status.kind).toBe('storage-full');
	// What was saved before the disk filled up is still there. (The plan's first edit may have been
	// saved too: each edit is written at once, and the quota only refuses the bigger writes after it.)
	const savedNow = await db.updates.where('docId').equals(id).primaryKeys();
	expect(savedNow).toEqual(expect.arrayContaining(savedBefore));
	expect((await storedBytes(db, id)).bytes).toBeLessThan(quota);

	await setQuota();
	await expect.poll(() => store.status.kind, { timeout: 5_000, interval: 50 }).toBe('saved');
	await store.close();
	expect(seen).toContain('storage-full');

	const stored = new PlanDoc(await loadStoredDoc(db, id));
	expect(stored.toJSON()).toEqual(plan.toJSON());
	expect(stored.list('notes').map((note) => note.text)).toContain('written while full');
});
