import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { DocStore, loadStoredDoc } from './doc-store';
import { stashedFor, stashKey, stashUnsaved } from './unsaved-stash';
import { stashedEntries } from './stashed-entries';
import { freshDatabases } from '../../../tests/helpers/fresh-db';
import type { CanalDb } from './db';

// Chromium's own IndexedDB and localStorage: a page leaving is a `pagehide` event here, and the
// next page's opening is a second DocStore on the same database.

const freshDb = freshDatabases();

afterEach(() => {
	localStorage.clear();
});

function typed(text: string): Uint8Array {
	const ydoc = new Y.Doc();
	ydoc.getText('purpose').insert(0, text);
	return Y.encodeStateAsUpdate(ydoc);
}

async function storedText(db: CanalDb, docId: string): Promise<string> {
	const ydoc = await loadStoredDoc(db, docId);
	const text = ydoc.getText('purpose').toString();
	ydoc.destroy();
	return text;
}

/** As a session's catalog fields: the plan's title, handed out once per change. */
function titleOnChange(ydoc: Y.Doc) {
	let written = '';
	return () => {
		const title = ydoc.getText('title').toString();
		if (title === written) return null;
		written = title;
		return { title, updatedAt: Date.now() };
	};
}

describe('edits a leaving page had not stored', () => {
	it('are stashed when the page goes while their write is in flight', async () => {
		const db = freshDb();
		const ydoc = new Y.Doc();
		const store = await DocStore.open(db, 'w1', ydoc);
		ydoc.getText('purpose').insert(0, 'Grow the newsletter');
		// The write has started (Dexie awaits before its transaction): the page leaves now.
		expect(store.pending + (store.status.kind === 'saving' ? 1 : 0)).toBeGreaterThan(0);
		window.dispatchEvent(new PageTransitionEvent('pagehide'));
		const stashes = stashedFor('w1');
		expect(stashes).toHaveLength(1);
		const copy = new Y.Doc();
		Y.applyUpdate(copy, stashes[0]!.update);
		expect(copy.getText('purpose').toString()).toBe('Grow the newsletter');
		await store.close();
	});

	it('carry the catalog fields their save would have written, for the list to show', async () => {
		const db = freshDb();
		const ydoc = new Y.Doc();
		const store = await DocStore.open(db, 'w1', ydoc, titleOnChange(ydoc));
		ydoc.getText('title').insert(0, 'Library week');
		window.dispatchEvent(new PageTransitionEvent('pagehide'));
		expect(stashedEntries().get('w1')).toMatchObject({ title: 'Library week' });
		// The stash still carries the plan's update, read as before.
		const copy = new Y.Doc();
		Y.applyUpdate(copy, stashedFor('w1')[0]!.update);
		expect(copy.getText('title').toString()).toBe('Library week');
		await store.close();
	});

	it('keep catalog fields whose write was refused for the next write', async () => {
		const db = freshDb();
		await db.workshops.add({
			id: 'w1',
			title: 'Joined workshop',
			organisation: '',
			facilitator: '',
			createdAt: 1,
			updatedAt: 1,
			role: 'participant'
		});
		const ydoc = new Y.Doc();
		const store = await DocStore.open(db, 'w1', ydoc, titleOnChange(ydoc));
		// The first write with the title fails (its transaction is refused once).
		const transaction = db.transaction.bind(db);
		let refusals = 1;
		db.transaction = ((...args: unknown[]) =>
			refusals-- > 0
				? Promise.reject(new Error('refused'))
				: (transaction as (...all: unknown[]) => unknown)(...args)) as typeof db.transaction;
		// Its fields are handed out as the write starts, then the write is refused.
		ydoc.getText('title').insert(0, 'Library week');
		// The next write has no new title to hand out, and still writes the one refused.
		await store.flush();
		expect(refusals).toBe(-1);
		expect(store.status.kind).toBe('saved');
		expect((await db.workshops.get('w1'))?.title).toBe('Library week');
		await store.close();
	});

	it('stash nothing when everything is stored', async () => {
		const db = freshDb();
		const ydoc = new Y.Doc();
		const store = await DocStore.open(db, 'w1', ydoc);
		ydoc.getText('purpose').insert(0, 'Stored');
		await store.flush();
		window.dispatchEvent(new PageTransitionEvent('pagehide'));
		expect(stashedFor('w1')).toEqual([]);
		await store.close();
	});

	it('are stored by the next opening, and the stash goes', async () => {
		const db = freshDb();
		stashUnsaved(stashKey('w1', 'gone'), [typed('Reach local schools')]);
		const ydoc = new Y.Doc();
		const store = await DocStore.open(db, 'w1', ydoc);
		expect(ydoc.getText('purpose').toString()).toBe('Reach local schools');
		expect(await storedText(db, 'w1')).toBe('Reach local schools');
		expect(stashedFor('w1')).toEqual([]);
		await store.close();
	});

	it('from two tabs leaving at once are both kept', async () => {
		const db = freshDb();
		const first = new Y.Doc();
		const second = new Y.Doc();
		first.getText('purpose').insert(0, 'One. ');
		Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
		second.getText('purpose').insert(5, 'Two.');
		const a = await DocStore.open(db, 'w1', new Y.Doc());
		const b = await DocStore.open(db, 'w1', new Y.Doc());
		stashUnsaved(stashKey('w1', 'tab-a'), [Y.encodeStateAsUpdate(first)]);
		stashUnsaved(stashKey('w1', 'tab-b'), [Y.encodeStateAsUpdate(second)]);
		await a.close();
		await b.close();
		const ydoc = new Y.Doc();
		await (await DocStore.open(db, 'w1', ydoc)).close();
		expect(ydoc.getText('purpose').toString()).toBe('One. Two.');
		expect(await storedText(db, 'w1')).toBe('One. Two.');
	});

	it('leave no trace when damaged, and the plan still opens', async () => {
		const db = freshDb();
		localStorage.setItem(stashKey('w1', 'garbled'), 'not base64 at all!');
		localStorage.setItem(stashKey('w1', 'not-yjs'), btoa('\u0001\u00ff\u00ff\u00ff\u00ff'));
		stashUnsaved(stashKey('w2', 'other'), [typed('Another plan')]);
		const ydoc = new Y.Doc();
		const store = await DocStore.open(db, 'w1', ydoc);
		expect(ydoc.getText('purpose').toString()).toBe('');
		expect(stashedFor('w1')).toEqual([]);
		// Another document's stash waits for that document.
		expect(stashedFor('w2')).toHaveLength(1);
		await store.close();
	});
});

describe('a purged workshop', () => {
	it('takes its stashes with it, and only its own', async () => {
		const { purgeDeleted, deleteWorkshop, createWorkshop } = await import('./workshops');
		const db = freshDb();
		const id = await createWorkshop(db, {
			title: 'Spring',
			organisation: 'Riverside',
			facilitator: 'Inès'
		});
		stashUnsaved(stashKey(id, 'gone'), [typed('Plan')]);
		stashUnsaved(stashKey(`${id}/drafts/ana`, 'gone'), [typed('Draft')]);
		stashUnsaved(stashKey(`${id}x`, 'gone'), [typed('A workshop whose id starts the same')]);
		await deleteWorkshop(db, id);
		expect(await purgeDeleted(db, Date.now() + 1)).toEqual([id]);
		expect(stashedFor(id)).toEqual([]);
		expect(stashedFor(`${id}/drafts/ana`)).toEqual([]);
		expect(stashedFor(`${id}x`)).toHaveLength(1);
	});
});
