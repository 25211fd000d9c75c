import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildExample } from './build-example';
import { loadExample } from '../content/load-example';
import { PlanDoc } from '../doc/plan-doc';
import { CanalDb } from './db';
import { DocStore, loadStoredDoc, storedBytes } from './doc-store';
import { createExampleWorkshop } from './example';
import { createWorkshop, listWorkshops } from './workshops';

let db: CanalDb;
let name = 0;

beforeEach(() => {
	db = new CanalDb(`example-test-${++name}`);
});
afterEach(() => {
	db.close();
});

const NOW = Date.UTC(2026, 8, 14, 9, 30);

describe('createExampleWorkshop', () => {
	it('stores the example as an ordinary workshop that loads back whole', async () => {
		const id = await createExampleWorkshop(db, NOW, 'en');
		const stored = new PlanDoc(await loadStoredDoc(db, id));
		expect(stored.toJSON()).toEqual(
			buildExample(await loadExample('en'), new Y.Doc(), NOW).toJSON()
		);
		expect(await storedBytes(db, id)).toMatchObject({ rows: 1 });
		expect(await listWorkshops(db)).toEqual([
			{
				id,
				title: 'Example: Riverside Libraries social media strategy',
				organisation: 'Riverside Libraries',
				facilitator: 'Inès Moreau',
				createdAt: NOW,
				updatedAt: NOW,
				role: 'facilitator'
			}
		]);
	});

	it('is written in the language asked for, and stays so in the catalog', async () => {
		const id = await createExampleWorkshop(db, NOW, 'de');
		const german = await loadExample('de');
		const stored = new PlanDoc(await loadStoredDoc(db, id)).toJSON();
		expect(stored.meta.title).toBe('Beispiel: Social-Media-Strategie der Riverside-Bibliotheken');
		expect(stored.purpose).toEqual(german.purpose);
		expect(stored.notes.map((note) => note.text)).toEqual(german.notes.map((note) => note.text));
		expect((await listWorkshops(db))[0]).toMatchObject({
			id,
			title: german.meta.title,
			organisation: 'Riverside-Bibliotheken'
		});
	});

	it('lists among the other workshops, newest first', async () => {
		await createWorkshop(db, { title: 'Spring', organisation: '', facilitator: '' }, NOW - 1000);
		const id = await createExampleWorkshop(db, NOW, 'en');
		expect((await listWorkshops(db)).map((entry) => entry.id)[0]).toBe(id);
	});

	it('makes two independent workshops when called twice', async () => {
		const first = await createExampleWorkshop(db, NOW, 'en');
		const second = await createExampleWorkshop(db, NOW + 1, 'en');
		expect(first).not.toBe(second);
		expect(await listWorkshops(db)).toHaveLength(2);

		const ydoc = new Y.Doc();
		const store = await DocStore.open(db, first, ydoc);
		const plan = new PlanDoc(ydoc);
		plan.add('stakeholders', { name: 'Only in the first' });
		await store.close();

		const names = (id: string) =>
			loadStoredDoc(db, id).then((doc) => new PlanDoc(doc).list('stakeholders').map((s) => s.name));
		expect(await names(first)).toContain('Only in the first');
		expect(await names(second)).not.toContain('Only in the first');
	});
});
