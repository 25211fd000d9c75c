import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { compatibility, migrate, type Migration } from './migrations';
import { PlanDoc } from './plan-doc';
import { SCHEMA_VERSION } from './schema';

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
