import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FullStateCache } from './full-state-cache';

/** The plan a client gets from the cache's answer. */
function answered(cache: FullStateCache, doc: Y.Doc): Record<string, unknown> | null {
	const answer = cache.answer(doc);
	if (!answer) return null;
	const client = new Y.Doc();
	for (const update of [...answer.updates, answer.state]) Y.applyUpdate(client, update);
	return client.getMap('plan').toJSON();
}

function bigDoc(): Y.Doc {
	const doc = new Y.Doc();
	doc.getMap('plan').set('notes', 'x'.repeat(4_000));
	return doc;
}

describe('FullStateCache with stores that take a while', () => {
	it('keeps the updates applied after the mark when a store (or compaction) ends', () => {
		const cache = new FullStateCache(1_000);
		const doc = bigDoc();
		cache.remember(doc, Y.encodeStateAsUpdate(doc));
		const changes: Uint8Array[] = [];
		doc.on('update', (update: Uint8Array) => changes.push(update));

		doc.getMap('plan').set('stored', 1);
		const mark = cache.mark(doc);
		const update = Y.mergeUpdates(changes.splice(0));
		// Applied while the store is under way: not in what it stores.
		doc.getMap('plan').set('during', 2);
		cache.stored(doc, update, mark);
		expect(answered(cache, doc)).toEqual(doc.getMap('plan').toJSON());

		// A compaction encodes at its mark; what comes after stays on top of its state.
		const compactMark = cache.mark(doc);
		const state = Y.encodeStateAsUpdate(doc);
		doc.getMap('plan').set('afterCompaction', 3);
		cache.remember(doc, state, [], compactMark);
		expect(answered(cache, doc)).toEqual(doc.getMap('plan').toJSON());
	});

	it('keeps nothing rather than a state missing updates it did not hold', () => {
		const cache = new FullStateCache(1_000);
		const doc = new Y.Doc();
		// Too small to cache at first: the cache holds no updates for it.
		cache.remember(doc, Y.encodeStateAsUpdate(doc));
		doc.getMap('plan').set('notes', 'x'.repeat(4_000));
		const mark = cache.mark(doc);
		const state = Y.encodeStateAsUpdate(doc);
		doc.getMap('plan').set('during', 1);
		cache.remember(doc, state, [], mark);
		expect(cache.answer(doc)).toBeNull();
		cache.remember(doc, Y.encodeStateAsUpdate(doc));
		expect(answered(cache, doc)).toEqual(doc.getMap('plan').toJSON());
	});
});
