import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { PlanDoc } from '../../src/lib/doc/plan-doc';

/** Two devices that exchange their full state, in both directions. */
function exchange(a: PlanDoc, b: PlanDoc): void {
	const toB = Y.encodeStateAsUpdate(a.ydoc, Y.encodeStateVector(b.ydoc));
	const toA = Y.encodeStateAsUpdate(b.ydoc, Y.encodeStateVector(a.ydoc));
	Y.applyUpdate(b.ydoc, toB);
	Y.applyUpdate(a.ydoc, toA);
}

describe('concurrent drags of one stakeholder', () => {
	// A drop writes influence and interest in one transaction. When two people drop the same dot
	// at once, Yjs resolves each key by the same client order, so both keys come from the same
	// drop: the dot never lands at a mix of two positions.
	it.each([1, 2, 3, 4, 5, 6, 7, 8])('ends at one of the two drops everywhere (seed %i)', (seed) => {
		const a = new PlanDoc(new Y.Doc());
		const b = new PlanDoc(new Y.Doc());
		a.ydoc.clientID = seed * 7919;
		b.ydoc.clientID = seed * 104_729;
		const id = a.add('stakeholders', { name: 'Parents' });
		exchange(a, b);

		const dropA = { influence: 10 + seed, interest: 90 - seed };
		const dropB = { influence: 80 - seed, interest: 20 + seed };
		a.update('stakeholders', id, dropA);
		b.update('stakeholders', id, dropB);
		exchange(a, b);

		const onA = a.get('stakeholders', id)!;
		const onB = b.get('stakeholders', id)!;
		const position = (s: typeof onA) => ({ influence: s.influence, interest: s.interest });
		expect(position(onA)).toEqual(position(onB));
		expect([dropA, dropB]).toContainEqual(position(onA));
	});
});

describe('marks of the public edition', () => {
	it('merge as a set and are undone like any edit', () => {
		const a = new PlanDoc(new Y.Doc());
		const b = new PlanDoc(new Y.Doc());
		const id = a.add('stakeholders', { name: 'Rival' });
		exchange(a, b);
		a.setInternal(`stakeholders:${id}`, true);
		b.setInternal(`stakeholders:${id}`, true);
		b.stopCapturing();
		b.setInternal('commitment.privacyRules', true);
		exchange(a, b);
		expect([...a.internal].sort()).toEqual(['commitment.privacyRules', `stakeholders:${id}`]);
		expect(a.toJSON().internal).toEqual(b.toJSON().internal);
		b.undo();
		exchange(a, b);
		expect(a.toJSON().internal).toEqual([`stakeholders:${id}`]);
		expect(() => a.setInternal('<script>', true)).toThrow();
	});
});
