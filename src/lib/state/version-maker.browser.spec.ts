import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { largeWorkshop } from '../../../tests/factories/workshop';
import { CompareHost } from '../doc/compare-host';
import { TxOrigin } from '../doc/origins';
import { PlanDoc } from '../doc/plan-doc';
import { decodeVersionDoc } from '../doc/version-codec';
import { summarizeChanges } from '../domain/versions';
import { CanalDb } from '../storage/db';
import { DocStore } from '../storage/doc-store';
import { versionMaker } from './version-maker';

// Real Chromium: the real compare worker keeps its copy of the plan, loaded from the real
// IndexedDB and kept current by the page's updates, while the plan is edited here and by a peer.

const ID = 'workshop0000001';
const remote = new TxOrigin('remote');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The large workshop saved on this device, opened again as a session opens it. */
async function openedLargeWorkshop() {
	const db = new CanalDb(`t-${crypto.randomUUID()}`);
	cleanups.push(() => db.delete());
	const first = new Y.Doc();
	const saving = await DocStore.open(db, ID, first);
	largeWorkshop(2, first);
	await saving.close();
	const ydoc = new Y.Doc();
	const store = await DocStore.open(db, ID, ydoc);
	cleanups.push(() => store.close());
	// Another device with the same plan: its edits arrive as the relay delivers them.
	const peer = new Y.Doc();
	Y.applyUpdate(peer, Y.encodeStateAsUpdate(first));
	peer.on('update', (update: Uint8Array) => Y.applyUpdate(ydoc, update, remote));
	first.destroy();
	return { db, ydoc, store, plan: new PlanDoc(ydoc), peer: new PlanDoc(peer) };
}

/** Some edits of every kind, deletions included (they add no structs, only a delete set). */
function edit(plan: PlanDoc, round: number): void {
	const [stakeholder, doomed] = plan.list('stakeholders').slice(round * 2, round * 2 + 2);
	plan.update('stakeholders', stakeholder!.id, { influence: (round * 17) % 100, placed: true });
	plan.remove('stakeholders', doomed!.id);
	const note = plan.list('notes')[round]!;
	plan.setText('notes', note.id, 'text', note.text.slice(0, 5));
	plan.add('goals', { statement: `Goal of round ${round}` });
}

/** The worker's copy, as the bytes of a version it saved, loaded into a document. */
async function copyOf(host: CompareHost): Promise<Y.Doc> {
	const { bytes } = await host.save(null);
	return (await decodeVersionDoc(bytes)).doc;
}

describe('the compare worker’s copy of the plan', () => {
	it('equals the live plan after edits before, while and after it loads, here and by a peer', async () => {
		const { ydoc, store, plan, peer } = await openedLargeWorkshop();
		const host = new CompareHost();
		cleanups.push(() => host.destroy());
		versionMaker(host, store);
		// Queued for storage, not yet written, when the copy starts.
		edit(plan, 0);
		edit(peer, 1);
		host.warm();
		// While storage is written and read, and the copy loads in the worker.
		for (let round = 2; round < 8; round++) {
			edit(round % 2 ? peer : plan, round);
			await new Promise((resolve) => setTimeout(resolve, round * 3));
		}
		const copy = await copyOf(host);
		expect(Y.equalSnapshots(Y.snapshot(copy), Y.snapshot(ydoc))).toBe(true);
		expect(new PlanDoc(copy).toJSON()).toEqual(plan.toJSON());

		// And after: the copy follows every later update.
		edit(plan, 8);
		edit(peer, 9);
		const later = await copyOf(host);
		expect(Y.equalSnapshots(Y.snapshot(later), Y.snapshot(ydoc))).toBe(true);
		copy.destroy();
		later.destroy();
	}, 120_000);

	it('compares a version with now and sums up a new version from the copy', async () => {
		const { store, plan } = await openedLargeWorkshop();
		const host = new CompareHost();
		cleanups.push(() => host.destroy());
		const maker = versionMaker(host, store);
		const first = await maker.make(store.ydoc, null);
		expect(first.summary).toBe('First saved version');
		expect(await maker.compareWithNow(store.ydoc, first.bytes)).toEqual({
			status: 'ok',
			changes: { steps: [] },
			readOnly: false,
			notes: []
		});
		const [moved, removed] = plan.list('stakeholders');
		plan.update('stakeholders', moved!.id, { influence: moved!.influence >= 50 ? 10 : 90 });
		plan.remove('stakeholders', removed!.id);
		const withNow = await maker.compareWithNow(store.ydoc, first.bytes);
		expect(withNow.status === 'ok' && summarizeChanges(withNow.changes)).toBe(
			'1 stakeholder removed, 1 moved'
		);
		const second = await maker.make(store.ydoc, first.bytes);
		expect(second.summary).toBe('1 stakeholder removed, 1 moved');
		expect(host.started).toBe(1);
	}, 120_000);
});
