import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../domain/limits';
import { characterCount } from '../domain/text';
import { DraftsDoc, readDraft, type Draft } from './drafts-doc';

const round = 'round0001';

describe('DraftsDoc', () => {
	it('adds, edits and removes a person’s drafts, in writing order', () => {
		const doc = new DraftsDoc();
		let changes = 0;
		doc.subscribe(() => changes++);
		const second = doc.add({ round, step: 'purpose', text: 'second', color: 'pink' }, 20);
		const first = doc.add({ round, step: 'purpose', text: 'first', color: 'blue' }, 10);
		doc.add({ round: 'round0002', step: 'goals', text: 'other round', color: 'green' }, 5);
		expect(doc.of(round).map((draft) => draft.text)).toEqual(['first', 'second']);
		doc.update(first, { text: 'first, edited', color: 'orange' });
		expect(doc.of(round)[0]).toEqual({
			id: first,
			round,
			step: 'purpose',
			text: 'first, edited',
			color: 'orange',
			created: 10
		});
		doc.remove([first, second]);
		expect(doc.of(round)).toEqual([]);
		expect(doc.all).toHaveLength(1);
		expect(changes).toBe(5);
	});

	it('clips a text to a note’s limit', () => {
		const doc = new DraftsDoc();
		const id = doc.add({
			round,
			step: 'purpose',
			text: 'x'.repeat(TEXT_LIMITS.long + 50),
			color: 'yellow'
		});
		expect(characterCount(doc.all[0]?.text ?? '')).toBe(TEXT_LIMITS.long);
		doc.update(id, { text: 'y'.repeat(TEXT_LIMITS.long + 1) });
		expect(characterCount(doc.all[0]?.text ?? '')).toBe(TEXT_LIMITS.long);
	});

	it('edits nothing that is gone', () => {
		const doc = new DraftsDoc();
		doc.update('missing0001', { text: 'ghost' });
		expect(doc.all).toEqual([]);
	});

	it('reaches its owner’s other device through Yjs updates', () => {
		const a = new DraftsDoc();
		const b = new DraftsDoc(new Y.Doc());
		a.add({ round, step: 'listening', text: 'hello', color: 'green' });
		Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(a.ydoc));
		expect(b.all.map((draft) => draft.text)).toEqual(['hello']);
	});

	const good = { round, step: 'purpose', text: 'ok', color: 'blue', created: 3 };
	it.each<[string, string, unknown, Partial<Draft> | null]>([
		['a good draft', 'draft00001', good, { text: 'ok', color: 'blue', created: 3 }],
		['a bad id', 'x', good, null],
		['no object', 'draft00001', 'text', null],
		['a list', 'draft00001', [good], null],
		['no round', 'draft00001', { ...good, round: undefined }, null],
		['an unknown step', 'draft00001', { ...good, step: 'admin' }, null],
		['a text that is no string', 'draft00001', { ...good, text: 42 }, { text: '' }],
		['an unknown colour', 'draft00001', { ...good, color: 'red' }, { color: 'yellow' }],
		['a created time of NaN', 'draft00001', { ...good, created: Number.NaN }, { created: 0 }]
	])('reads %s', (_name, id, stored, expected) => {
		const draft = readDraft(id, stored);
		if (expected === null) expect(draft).toBeNull();
		else expect(draft).toMatchObject(expected);
	});

	it('drops malformed entries written by a foreign device', () => {
		const doc = new DraftsDoc();
		doc.ydoc.getMap('drafts').set('bad', { round, step: 'purpose' });
		doc.ydoc.getMap('drafts').set('fine000001', { ...good });
		expect(doc.all.map((draft) => draft.id)).toEqual(['fine000001']);
	});
});
