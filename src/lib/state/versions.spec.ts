import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PlanDoc } from '../doc/plan-doc';
import { VersionsDoc } from '../doc/versions-doc';
import { CanalDb } from '../storage/db';
import { listVersions } from '../storage/version-store';
import type { Role } from '../sync/protocol';
import { mergeVersions } from './versions-merge';
import { versionMaker } from './version-maker';
import { VersionsController } from './versions.svelte';
import { CompareHost } from '../doc/compare-host';
import { encodeVersion } from '../doc/version-codec';

// The app's own maker: the version codec, and the differ's summary (in place: Node has no Worker).
const compare = new CompareHost();
const maker = versionMaker(compare);

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

let dbCount = 0;

/** One device: its own database, its own copy of the plan and a controller. */
function device(name: string, plan: Y.Doc = new Y.Doc(), roomBudget?: number) {
	const db = new CanalDb(`versions-${name}-${++dbCount}`);
	if (plan.getMap('meta').size === 0)
		PlanDoc.create({ title: 'Spring', organisation: 'Riverside', facilitator: 'Inès' }, plan);
	let clock = 1_000;
	const versions = new VersionsController(
		db,
		'workshop0000001',
		plan,
		maker,
		() => name,
		() => {
			clock += 1_000;
			return clock;
		},
		roomBudget
	);
	cleanups.push(() => {
		versions.destroy();
		db.close();
	});
	return { db, plan: new PlanDoc(plan), versions };
}

/** Two room documents wired together, as the relay would deliver every update. */
function linkedRoom(): [VersionsDoc, VersionsDoc] {
	const a = new VersionsDoc();
	const b = new VersionsDoc();
	a.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
		if (origin !== 'wire') Y.applyUpdate(b.ydoc, update, 'wire');
	});
	b.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
		if (origin !== 'wire') Y.applyUpdate(a.ydoc, update, 'wire');
	});
	return [a, b];
}

const settled = (controller: VersionsController) => controller.load();

describe('mergeVersions', () => {
	it.each([
		[
			'a facilitator publishes what the room lacks',
			['a', 'b'],
			['b', 'c'],
			[],
			true,
			{ store: ['c'], drop: [], publish: ['a'] }
		],
		[
			'a participant only reads',
			['a', 'b'],
			['b', 'c'],
			[],
			false,
			{ store: ['c'], drop: [], publish: [] }
		],
		[
			'a deletion in the room wins',
			['a', 'b'],
			['b'],
			['a'],
			true,
			{ store: [], drop: ['a'], publish: [] }
		],
		['nothing deleted comes back', [], ['x'], ['x'], false, { store: [], drop: [], publish: [] }]
	] as const)('%s', (_, local, room, deleted, publishes, expected) => {
		expect(mergeVersions(local, { ids: room, deleted: new Set(deleted) }, publishes)).toEqual(
			expected
		);
	});
});

describe('VersionsController, on one device', () => {
	it('saves versions newest first with a summary, size and default name; deletes free them', async () => {
		const { db, plan, versions } = device('Inès');
		await versions.load();
		expect(await versions.save('Signed off in March')).toBe(true);
		plan.add('stakeholders', { name: 'Council' });
		plan.add('stakeholders', { name: 'Parents' });
		expect(await versions.save('  ')).toBe(true);
		expect(versions.versions.map((v) => v.summary)).toEqual([
			'2 stakeholders added',
			'First saved version'
		]);
		const [latest, first] = versions.versions;
		expect(first?.name).toBe('Signed off in March');
		expect(latest?.name).toMatch(/^Version of /);
		expect(latest?.author).toBe('Inès');
		expect(latest?.size).toBeGreaterThan(first?.size ?? Infinity);
		expect((await versions.read(first!.id))?.bytes.byteLength).toBe(first?.size);

		await versions.remove(first!.id);
		expect(versions.versions.map((v) => v.id)).toEqual([latest!.id]);
		expect((await listVersions(db, 'workshop0000001')).versions).toHaveLength(1);
	});

	it('keeps a version storage full refused, says so, and saves it on retry', async () => {
		const { db, versions } = device('Inès');
		await versions.load();
		const bulkPut = db.versions.bulkPut;
		db.versions.bulkPut = (() =>
			Promise.reject(new DOMException('full', 'QuotaExceededError'))) as unknown as typeof bulkPut;
		expect(await versions.save('March')).toBe(false);
		expect(versions.error).toMatch(/storage is full/);
		expect(versions.retryPending).toBe(true);
		// Listed meanwhile, from memory: nothing is lost.
		expect(versions.versions.map((v) => v.name)).toEqual(['March']);
		db.versions.bulkPut = bulkPut;
		expect(await versions.retry()).toBe(true);
		expect(versions.error).toBeNull();
		expect((await listVersions(db, 'workshop0000001')).versions.map((v) => v.name)).toEqual([
			'March'
		]);
	});

	it('skips a corrupt stored version and counts it, keeping the list', async () => {
		const { db, versions } = device('Inès');
		await versions.save('Good');
		await db.versions.put({
			id: 'broken000000',
			docId: 'workshop0000001',
			name: 'Broken',
			createdAt: 99_999,
			author: 'x',
			schemaVersion: 1,
			summary: '',
			size: 3,
			bytes: 'not bytes' as unknown as Uint8Array
		});
		await settled(versions);
		expect(versions.versions.map((v) => v.name)).toEqual(['Good']);
		expect(versions.corrupt).toBe(1);
	});
});

describe('VersionsController, shared', () => {
	function room(roles: [Role, Role]) {
		const [docA, docB] = linkedRoom();
		const plan = new Y.Doc();
		const a = device('Inès', plan);
		const copy = new Y.Doc();
		Y.applyUpdate(copy, Y.encodeStateAsUpdate(plan));
		const b = device('Ben', copy);
		cleanups.push(() => {
			docA.destroy();
			docB.destroy();
		});
		return {
			a,
			b,
			docA,
			docB,
			attach: () =>
				Promise.all([a.versions.attach(docA, roles[0]), b.versions.attach(docB, roles[1])])
		};
	}

	it('publishes the facilitator’s versions, saved before and after sharing; others keep them', async () => {
		const { a, b, docB, attach } = room(['facilitator', 'participant']);
		await a.versions.save('Before sharing');
		await attach();
		await a.versions.save('Live');
		await settled(a.versions);
		await settled(b.versions);
		expect(docB.versions.map((v) => v.name)).toEqual(['Live', 'Before sharing']);
		expect(b.versions.versions.map((v) => v.name)).toEqual(['Live', 'Before sharing']);
		// Kept on the participant's device: readable offline.
		const stored = await listVersions(b.db, 'workshop0000001');
		expect(stored.versions.map((v) => v.name)).toEqual(['Live', 'Before sharing']);
		expect(b.versions.canSave).toBe(false);
		expect(b.versions.canRestore).toBe(true);
	});

	it('lets only the facilitator save and delete; a deletion reaches every device', async () => {
		const { a, b, docA, attach } = room(['facilitator', 'observer']);
		await attach();
		expect(await b.versions.save('Observer')).toBe(false);
		await b.versions.remove('anything');
		expect(docA.versions).toEqual([]);
		expect(b.versions.canRestore).toBe(false);

		await a.versions.save('March');
		await settled(b.versions);
		const [march] = b.versions.versions;
		expect(march?.name).toBe('March');
		await a.versions.remove(march!.id);
		await settled(a.versions);
		await settled(b.versions);
		expect(b.versions.versions).toEqual([]);
		expect((await listVersions(b.db, 'workshop0000001')).versions).toEqual([]);
		// The bytes are gone from the room document, not only hidden.
		expect(Y.encodeStateAsUpdate(docA.ydoc).byteLength).toBeLessThan(march!.size);
	});

	it('saves a version when the room leaves a step, only when the facilitator asked', async () => {
		const { a, attach } = room(['facilitator', 'participant']);
		await attach();
		a.versions.stepChanged('purpose');
		a.versions.stepChanged('maturity');
		await settled(a.versions);
		expect(a.versions.versions).toEqual([]);
		a.versions.setAutoSave(true);
		a.versions.stepChanged('stakeholders');
		await settled(a.versions);
		expect(a.versions.versions.map((v) => v.name)).toEqual(['End of step 2: Where we stand']);
	});

	it('remembers "save at the end of each step" for the workshop on this device', async () => {
		const ydoc = new Y.Doc();
		const lead = device('Inès', ydoc);
		lead.versions.setRole('facilitator');
		await lead.versions.load();
		expect(lead.versions.autoSave).toBe(false);
		await lead.versions.setAutoSave(true);
		// The page reloads: a new controller over the same database reads it back.
		const again = new VersionsController(lead.db, 'workshop0000001', ydoc, maker, () => 'Inès');
		cleanups.push(() => again.destroy());
		again.setRole('facilitator');
		await again.load();
		expect(again.autoSave).toBe(true);
		// Another workshop on the same device does not inherit it.
		const other = new VersionsController(lead.db, 'workshop0000002', ydoc, maker, () => 'Inès');
		cleanups.push(() => other.destroy());
		await other.load();
		expect(other.autoSave).toBe(false);
		// A participant's device never saves versions, whatever it stored.
		const joined = new VersionsController(lead.db, 'workshop0000001', ydoc, maker, () => 'Amara');
		cleanups.push(() => joined.destroy());
		joined.setRole('participant');
		await joined.load();
		expect(joined.autoSave).toBe(false);
		await again.setAutoSave(false);
		const off = new VersionsController(lead.db, 'workshop0000001', ydoc, maker, () => 'Inès');
		cleanups.push(() => off.destroy());
		await off.load();
		expect(off.autoSave).toBe(false);
	});

	it('never sends the room more versions than its budget: the rest stay on the device, said', async () => {
		const doc = new VersionsDoc();
		cleanups.push(() => doc.destroy());
		const plan = new Y.Doc();
		PlanDoc.create({ title: 'Spring', organisation: 'Riverside', facilitator: 'Inès' }, plan);
		const first = await encodeVersion(plan);
		// Room for one version of this plan, not two.
		const lead = device('Inès', plan, 2 * (first.byteLength + 1_024) - 1);
		await lead.versions.attach(doc, 'facilitator');
		expect(await lead.versions.save('One')).toBe(true);
		expect(await lead.versions.save('Two')).toBe(true);
		expect(doc.versions.map((v) => v.name)).toEqual(['One']);
		expect(lead.versions.error).toMatch(/versions are full/);
		expect((await listVersions(lead.db, 'workshop0000001')).versions).toHaveLength(2);
	});
});

describe('versions decoded ahead', () => {
	it('hands the newest two versions’ bytes to the maker to decode, newest first', async () => {
		const handed: Uint8Array[][] = [];
		const db = new CanalDb(`versions-prepare-${++dbCount}`);
		const ydoc = new Y.Doc();
		const plan = PlanDoc.create({ title: 'Spring' }, ydoc);
		let clock = 1_000;
		const versions = new VersionsController(
			db,
			'workshop0000001',
			ydoc,
			{ ...maker, prepare: (bytes) => handed.push([...bytes]) },
			() => 'Inès',
			() => (clock += 1_000)
		);
		cleanups.push(() => {
			versions.destroy();
			db.close();
		});
		await versions.load();
		await versions.prepare();
		expect(handed).toEqual([]);
		for (const name of ['Monday', 'Tuesday', 'Wednesday']) {
			plan.setPurposeText('statement', name);
			await versions.save(name);
		}
		await versions.prepare();
		const [wednesday, tuesday] = await Promise.all(
			versions.versions.slice(0, 2).map((version) => versions.read(version.id))
		);
		expect(versions.versions.map((version) => version.name)).toEqual([
			'Wednesday',
			'Tuesday',
			'Monday'
		]);
		expect(handed).toEqual([[wednesday!.bytes, tuesday!.bytes]]);
	});
});
