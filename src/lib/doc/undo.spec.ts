import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { PlanDoc } from './plan-doc';
import { ReadOnlyPlanError } from './errors';
import { originKind, TxOrigin } from './origins';

/** Two devices on one plan, with updates passed by hand. */
function pair() {
	const [docA, docB] = [new Y.Doc(), new Y.Doc()];
	const a = new PlanDoc(docA);
	const b = new PlanDoc(docB);
	const remote = new TxOrigin('remote');
	docA.on('update', (update: Uint8Array, origin: unknown) => {
		if (origin !== remote) Y.applyUpdate(docB, update, remote);
	});
	docB.on('update', (update: Uint8Array, origin: unknown) => {
		if (origin !== remote) Y.applyUpdate(docA, update, remote);
	});
	return { a, b };
}

describe('undo', () => {
	it('undoes and redoes this device’s own edits', () => {
		const plan = new PlanDoc();
		const id = plan.add('stakeholders', { name: 'Members' });
		plan.stopCapturing();
		plan.update('stakeholders', id, { influence: 90 });
		plan.undo();
		expect(plan.get('stakeholders', id)?.influence).toBe(50);
		plan.undo();
		expect(plan.get('stakeholders', id)).toBeUndefined();
		plan.redo();
		plan.redo();
		expect(plan.get('stakeholders', id)?.influence).toBe(90);
	});

	it('never undoes someone else’s change', () => {
		const { a, b } = pair();
		const id = a.add('stakeholders', { name: 'Members' });
		a.stopCapturing();
		b.setText('stakeholders', id, 'concerns', 'Opening hours');
		b.update('stakeholders', id, { interest: 75 });
		a.setText('stakeholders', id, 'hopes', 'More events');
		a.undo(); // a's "hopes"
		expect(a.get('stakeholders', id)).toMatchObject({
			hopes: '',
			concerns: 'Opening hours',
			interest: 75
		});
		expect(b.get('stakeholders', id)).toMatchObject({ hopes: '', concerns: 'Opening hours' });
		expect(a.undo()).toBe(true); // a's creation of the record
		expect(a.undo()).toBe(false); // nothing of a's is left; b's edits are not a's to undo
		b.undo();
		expect(b.get('stakeholders', id)).toBeUndefined();
	});

	it('does not undo loads from storage or imports', () => {
		const sourceDoc = new Y.Doc();
		new PlanDoc(sourceDoc).add('values', { text: 'Openness' });
		const ydoc = new Y.Doc();
		const plan = new PlanDoc(ydoc);
		Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(sourceDoc), new TxOrigin('storage'));
		expect(plan.undo()).toBe(false);
		expect(plan.list('values')).toHaveLength(1);
	});

	it('groups typing into one step, and a drag ends with its own step', () => {
		const plan = new PlanDoc();
		const id = plan.add('notes', { text: '' });
		plan.stopCapturing();
		for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) plan.setText('notes', id, 'text', text);
		plan.stopCapturing();
		for (const x of [10, 20, 30]) plan.update('notes', id, { position: [x, 0] });
		plan.stopCapturing();
		plan.undo();
		expect(plan.get('notes', id)).toMatchObject({ text: 'Hello', position: null });
		plan.undo();
		expect(plan.get('notes', id)?.text).toBe('');
	});

	it('leaves the workshop’s title alone: renaming is not a plan edit', () => {
		const plan = PlanDoc.create({ title: 'Spring' });
		plan.setMeta({ title: 'Autumn' });
		expect(plan.undo()).toBe(false);
		expect(plan.meta.title).toBe('Autumn');
	});

	it('undoes a batch of writes as one step, sent as one update', () => {
		const ydoc = new Y.Doc();
		const plan = new PlanDoc(ydoc);
		const id = plan.add('stakeholders', { name: 'Members' });
		plan.stopCapturing();
		let updates = 0;
		ydoc.on('update', () => updates++);
		plan.batch(() => {
			plan.update('stakeholders', id, { influence: 90 });
			plan.setText('stakeholders', id, 'concerns', 'Opening hours');
			plan.rate('ballotabcdefgh12', 'planning', 4);
		});
		expect(updates).toBe(1);
		plan.undo();
		expect(plan.get('stakeholders', id)).toMatchObject({ influence: 50, concerns: '' });
		expect(plan.ratings).toEqual([]);
		expect(plan.canUndo).toBe(true); // the record itself, a step of its own
	});

	it.each(['batch', 'batchOutsideUndo'] as const)(
		'refuses %s on a read-only plan before any of it is written',
		(method) => {
			const plan = new PlanDoc();
			plan.makeReadOnly();
			let ran = false;
			expect(() => plan[method](() => (ran = true))).toThrow(ReadOnlyPlanError);
			expect(ran).toBe(false);
		}
	);

	it('leaves writes outside undo out of every step, but sends and stores them as this device’s', () => {
		const ydoc = new Y.Doc();
		const plan = new PlanDoc(ydoc);
		const id = plan.add('stakeholders', { name: 'Members' });
		plan.stopCapturing();
		const kinds: (string | null)[] = [];
		ydoc.on('update', (_update: Uint8Array, origin: unknown) => kinds.push(originKind(origin)));
		plan.batchOutsideUndo(() => {
			plan.update('stakeholders', id, { influence: 90 });
			plan.update('stakeholders', id, { interest: 10 });
		});
		// One update, from this device: storage keeps it and the relay passes it on.
		expect(kinds).toEqual(['local']);
		plan.undo();
		// The undo took back the record, the step before; the fixed values went with it.
		expect(plan.get('stakeholders', id)).toBeUndefined();
		plan.redo();
		expect(plan.get('stakeholders', id)).toMatchObject({ influence: 90, interest: 10 });
		expect(plan.canRedo).toBe(false);
	});

	it('tells history listeners when steps are added, undone, redone or cleared', () => {
		const plan = new PlanDoc();
		let changes = 0;
		const stop = plan.onHistory(() => changes++);
		plan.add('values', { text: 'Openness' });
		expect([changes, plan.canUndo, plan.canRedo]).toEqual([1, true, false]);
		plan.undo();
		expect(plan.canRedo).toBe(true);
		plan.redo();
		plan.clearHistory();
		expect([plan.canUndo, plan.canRedo]).toEqual([false, false]);
		const heard = changes;
		expect(heard).toBeGreaterThanOrEqual(4);
		stop();
		plan.add('values', { text: 'Care' });
		expect(changes).toBe(heard);
	});
});
