import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { compatibility, migrate, type Migration } from './migrations';
import { PlanDoc } from './plan-doc';
import { ROOT, SCHEMA_VERSION } from './schema';

function legacyDoc(): Y.Doc {
	// A plan written before versions were recorded: content, no schemaVersion.
	const ydoc = new Y.Doc();
	ydoc.getMap('meta').set('title', 'Old workshop');
	return ydoc;
}

describe('migrations', () => {
	it('upgrades an unversioned plan to the current schema, once', () => {
		const ydoc = legacyDoc();
		expect(compatibility(ydoc)).toEqual({ kind: 'older', version: 0 });
		expect(migrate(ydoc)).toEqual({ from: 0, to: SCHEMA_VERSION });
		expect(compatibility(ydoc)).toEqual({ kind: 'current' });
		expect(new PlanDoc(ydoc).meta).toMatchObject({ title: 'Old workshop', createdAt: 0 });
		expect(migrate(ydoc)).toBeNull();
	});

	it('leaves empty documents alone: their content may still be on its way', () => {
		const ydoc = new Y.Doc();
		expect(migrate(ydoc)).toBeNull();
		expect(ydoc.store.clients.size).toBe(0);
	});

	it('recognises a plan from a newer Canal and does not touch it', () => {
		const ydoc = legacyDoc();
		ydoc.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1);
		const before = Y.encodeStateVector(ydoc);
		expect(compatibility(ydoc)).toEqual({ kind: 'newer', version: SCHEMA_VERSION + 1 });
		expect(migrate(ydoc)).toBeNull();
		expect(Y.encodeStateVector(ydoc)).toEqual(before);
	});

	it('runs steps in order, and two devices migrating at once converge', () => {
		const steps: Migration[] = [
			{ to: 1, describe: 'one', run: (doc) => doc.getMap('meta').set('a', 1) },
			{
				to: 2,
				describe: 'two',
				run: (doc) => doc.getMap('meta').set('b', doc.getMap('meta').get('a'))
			}
		];
		const a = legacyDoc();
		const b = new Y.Doc();
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		migrate(a, steps, 2);
		migrate(b, steps, 2);
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		expect(a.getMap('meta').toJSON()).toEqual(b.getMap('meta').toJSON());
		expect(a.getMap('meta').toJSON()).toMatchObject({ a: 1, b: 1, schemaVersion: 2 });
	});
});

/** A version-1 plan with one note per stored x/y pair. */
function versionOneNotes(pairs: readonly (readonly [unknown, unknown])[]): Y.Doc {
	const ydoc = new Y.Doc();
	ydoc.getMap(ROOT.meta).set('schemaVersion', 1);
	const notes = ydoc.getMap<Y.Map<unknown>>(ROOT.record('notes'));
	pairs.forEach(([x, y], index) => {
		const note = new Y.Map<unknown>();
		note.set('step', 'purpose');
		note.set('text', new Y.Text(`note ${index}`));
		note.set('x', x);
		note.set('y', y);
		notes.set(`stickynote${index}`, note);
	});
	return ydoc;
}

describe('version 2: one position per note', () => {
	it.each([
		{ stored: [0, 0], position: null, why: 'version 1 wrote (0, 0) for every note: not placed' },
		{ stored: [40, 260], position: [40, 260], why: 'a real pair becomes the position' },
		{ stored: [-5, 0], position: [-5, 0], why: 'one non-zero coordinate is enough' },
		{ stored: [Number.NaN, 3], position: null, why: 'an unreadable pair places nothing' },
		{ stored: ['1', 2], position: null, why: 'text is not a coordinate' },
		{
			stored: [5e9, -5e9],
			position: [1_000_000, -1_000_000],
			why: 'far values are clamped on read'
		}
	])('$why', ({ stored, position }) => {
		const ydoc = versionOneNotes([stored as [unknown, unknown]]);
		expect(migrate(ydoc)).toEqual({ from: 1, to: SCHEMA_VERSION });
		const note = new PlanDoc(ydoc).get('notes', 'stickynote0');
		expect(note?.position ?? null).toEqual(position);
		const raw = ydoc.getMap<Y.Map<unknown>>(ROOT.record('notes')).get('stickynote0');
		expect([raw?.has('x'), raw?.has('y')]).toEqual([false, false]);
	});

	it('two devices migrating the same notes at once agree', () => {
		const a = versionOneNotes([
			[10, 20],
			[0, 0],
			[7, -7]
		]);
		const b = new Y.Doc();
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		migrate(a);
		migrate(b);
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		const positions = (ydoc: Y.Doc) =>
			new PlanDoc(ydoc).list('notes').map((note) => [note.id, note.position]);
		expect(positions(a)).toEqual(positions(b));
		expect(positions(a)).toEqual([
			['stickynote0', [10, 20]],
			['stickynote1', null],
			['stickynote2', [7, -7]]
		]);
	});
});
