import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { PlanDoc } from '../../src/lib/doc/plan-doc';

/** Two devices that exchange their full state, in both directions. */
function exchange(a: Y.Doc, b: Y.Doc): void {
	const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
	const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
	Y.applyUpdate(b, toB);
	Y.applyUpdate(a, toA);
}

describe('concurrent drags of one stakeholder', () => {
	// A drop writes influence and interest in one transaction. When two people drop the same dot
	// at once, Yjs resolves each key by the same client order, so both keys come from the same
	// drop: the dot never lands at a mix of two positions.
	it.each([1, 2, 3, 4, 5, 6, 7, 8])('ends at one of the two drops everywhere (seed %i)', (seed) => {
		const [docA, docB] = [new Y.Doc(), new Y.Doc()];
		const a = new PlanDoc(docA);
		const b = new PlanDoc(docB);
		docA.clientID = seed * 7919;
		docB.clientID = seed * 104_729;
		const id = a.add('stakeholders', { name: 'Parents' });
		exchange(docA, docB);

		const dropA = { influence: 10 + seed, interest: 90 - seed };
		const dropB = { influence: 80 - seed, interest: 20 + seed };
		a.update('stakeholders', id, dropA);
		b.update('stakeholders', id, dropB);
		exchange(docA, docB);

		const onA = a.get('stakeholders', id)!;
		const onB = b.get('stakeholders', id)!;
		const position = (s: typeof onA) => ({ influence: s.influence, interest: s.interest });
		expect(position(onA)).toEqual(position(onB));
		expect([dropA, dropB]).toContainEqual(position(onA));
	});
});

describe('marks of the public edition', () => {
	it('merge as a set and are undone like any edit', () => {
		const [docA, docB] = [new Y.Doc(), new Y.Doc()];
		const a = new PlanDoc(docA);
		const b = new PlanDoc(docB);
		const id = a.add('stakeholders', { name: 'Rival' });
		exchange(docA, docB);
		a.setInternal(`stakeholders:${id}`, true);
		b.setInternal(`stakeholders:${id}`, true);
		b.stopCapturing();
		b.setInternal('commitment.privacyRules', true);
		exchange(docA, docB);
		expect([...a.internal].sort()).toEqual(['commitment.privacyRules', `stakeholders:${id}`]);
		expect(a.toJSON().internal).toEqual(b.toJSON().internal);
		b.undo();
		exchange(docA, docB);
		expect(a.toJSON().internal).toEqual([`stakeholders:${id}`]);
		expect(() => a.setInternal('<script>', true)).toThrow();
	});
});
