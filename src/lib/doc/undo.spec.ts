import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { PlanDoc } from './plan-doc';
import { TxOrigin } from './origins';

/** Two devices on one plan, with updates passed by hand. */
function pair() {
	const a = new PlanDoc();
	const b = new PlanDoc();
	const remote = new TxOrigin('remote');
	a.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
		if (origin !== remote) Y.applyUpdate(b.ydoc, update, remote);
	});
	b.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
		if (origin !== remote) Y.applyUpdate(a.ydoc, update, remote);
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
		const source = new PlanDoc();
		source.add('values', { text: 'Openness' });
		const plan = new PlanDoc();
		Y.applyUpdate(plan.ydoc, Y.encodeStateAsUpdate(source.ydoc), new TxOrigin('storage'));
		expect(plan.undo()).toBe(false);
		expect(plan.list('values')).toHaveLength(1);
	});

	it('groups typing into one step, and a drag ends with its own step', () => {
		const plan = new PlanDoc();
		const id = plan.add('notes', { text: '' });
		plan.stopCapturing();
		for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) plan.setText('notes', id, 'text', text);
		plan.stopCapturing();
		for (const x of [10, 20, 30]) plan.update('notes', id, { x });
		plan.stopCapturing();
		plan.undo();
		expect(plan.get('notes', id)).toMatchObject({ text: 'Hello', x: 0 });
		plan.undo();
		expect(plan.get('notes', id)?.text).toBe('');
	});
});
