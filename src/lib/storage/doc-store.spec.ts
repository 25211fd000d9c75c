import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CanalDb } from './db';
import { DocStore, loadStoredDoc } from './doc-store';

let db: CanalDb;
let name = 0;

beforeEach(() => {
	db = new CanalDb(`doc-store-${++name}`);
});
afterEach(() => db.close());

/** An update as the relay would send it: made elsewhere, applied with a foreign origin. */
function remoteUpdate(key: string, value: string): Uint8Array {
	const elsewhere = new Y.Doc();
	elsewhere.getMap('drafts').set(key, value);
	return Y.encodeStateAsUpdate(elsewhere);
}

describe('DocStore on a document that is already connected', () => {
	it('saves what arrives while it is still reading the saved rows', async () => {
		const earlier = new Y.Doc();
		const first = await DocStore.open(db, 'connected', earlier);
		earlier.getMap('drafts').set('saved', 'before');
		await first.close();

		const ydoc = new Y.Doc();
		const opening = DocStore.open(db, 'connected', ydoc);
		// The relay answers before IndexedDB does.
		Y.applyUpdate(ydoc, remoteUpdate('relay', 'during'), 'relay');
		const store = await opening;
		await store.close();

		const stored = (await loadStoredDoc(db, 'connected')).getMap('drafts').toJSON();
		expect(stored).toEqual({ saved: 'before', relay: 'during' });
		expect(store.status.kind).toBe('saved');
	});
});

describe('DocStore opening', () => {
	it('loads the saved rows without encoding them again for update listeners, and saves what follows', async () => {
		const earlier = new Y.Doc();
		const first = await DocStore.open(db, 'loaded', earlier);
		earlier.getMap('drafts').set('saved', 'before');
		await first.close();

		const ydoc = new Y.Doc();
		// Yjs encodes a transaction's update only while the document has `update` listeners.
		const listenedDuringLoad: boolean[] = [];
		ydoc.on('afterTransaction', (transaction: Y.Transaction) => {
			if (transaction.changed.size > 0) listenedDuringLoad.push(ydoc._observers.has('update'));
		});
		const store = await DocStore.open(db, 'loaded', ydoc);
		expect(ydoc.getMap('drafts').toJSON()).toEqual({ saved: 'before' });
		expect(listenedDuringLoad).toEqual([false]);

		ydoc.getMap('drafts').set('after', 'opening');
		await store.close();
		const stored = (await loadStoredDoc(db, 'loaded')).getMap('drafts').toJSON();
		expect(stored).toEqual({ saved: 'before', after: 'opening' });
	});
});
