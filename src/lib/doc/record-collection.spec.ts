import * as Y from 'yjs';
import { describe, expect, it, vi } from 'vitest';
import { Random } from '../../../tests/factories/random';
import { PlanDoc } from './plan-doc';
import { TxOrigin } from './origins';

/** What a device that loads the same state reads from scratch. */
function fresh(ydoc: Y.Doc): PlanDoc {
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc), new TxOrigin('storage'));
	return new PlanDoc(copy);
}

describe('RecordCollection', () => {
	// The list is patched in place or appended to when it can be, and sorted when it must:
	// whatever the mix of changes, it reads as a fresh read of the same state would.
	it.each([1, 2, 3])(
		'lists records as a fresh read does after random changes (seed %i)',
		(seed) => {
			const random = new Random(seed);
			const ydoc = new Y.Doc();
			const plan = new PlanDoc(ydoc);
			const other = new Y.Doc();
			const peer = new PlanDoc(other);
			const ids: string[] = [];
			const stakeholders = [plan.add('stakeholders', { name: 'First' })];
			for (let step = 0; step < 200; step++) {
				const id = ids[random.int(0, ids.length - 1)];
				const roll = random.int(0, 9);
				if (roll <= 2 || !id)
					ids.push(plan.add('notes', { step: 'listening', text: `note ${step}` }));
				else if (roll === 3) plan.update('notes', id, { order: random.int(-5, 50) / 2 });
				else if (roll === 4) plan.update('notes', id, { position: [step, -step] });
				else if (roll === 5) plan.setText('notes', id, 'text', `edited ${step}`);
				else if (roll === 6) plan.remove('notes', id);
				else if (roll === 7) {
					// A peer's record with an order anywhere in the list arrives by sync.
					peer.add('notes', { step: 'listening', text: `peer ${step}`, order: random.int(0, 40) });
					Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(ydoc)));
				} else if (roll === 8) {
					const goal = plan.add('goals', { statement: `goal ${step}` });
					plan.setLink('goals', goal, 'stakeholderIds', stakeholders[0]!, true);
				} else {
					plan.batch(() => {
						plan.setText('notes', id, 'text', `batched ${step}`);
						ids.push(plan.add('notes', { step: 'listening', text: `batched new ${step}` }));
					});
				}
				// Read now and then, so changes pile up between reads as they do between frames.
				if (random.chance(0.15)) {
					const reread = fresh(ydoc);
					expect(plan.list('notes')).toEqual(reread.list('notes'));
					expect(plan.list('goals')).toEqual(reread.list('goals'));
				}
			}
			expect(plan.list('notes')).toEqual(fresh(ydoc).list('notes'));
		},
		30_000
	);

	it('keeps the objects of records a change did not touch', () => {
		const plan = new PlanDoc();
		const first = plan.add('notes', { text: 'one' });
		const second = plan.add('notes', { text: 'two' });
		const before = plan.list('notes');
		plan.setText('notes', second, 'text', 'two, edited');
		const after = plan.list('notes');
		expect(after).not.toBe(before);
		expect(after[0]).toBe(before[0]);
		expect(after[0]?.id).toBe(first);
		expect(after[1]).toMatchObject({ id: second, text: 'two, edited' });
		// Nothing changed since: the same list.
		expect(plan.list('notes')).toBe(after);
	});

	it('re-reads links after their target is deleted and after it comes back', () => {
		const ydoc = new Y.Doc();
		const plan = new PlanDoc(ydoc);
		const stakeholder = plan.add('stakeholders', { name: 'Press' });
		const goal = plan.add('goals', { statement: 'Be heard' });
		plan.setLink('goals', goal, 'stakeholderIds', stakeholder, true);
		const saved = Y.encodeStateAsUpdate(ydoc);
		expect(plan.get('goals', goal)?.stakeholderIds).toEqual([stakeholder]);
		plan.remove('stakeholders', stakeholder);
		expect(plan.get('goals', goal)?.stakeholderIds).toEqual([]);
		expect(plan.list('goals')).toEqual(fresh(ydoc).list('goals'));
		expect(saved.byteLength).toBeGreaterThan(0);
	});

	it('reads no record before one is asked for, then reads them as they are then', () => {
		const ydoc = new Y.Doc();
		const writer = new PlanDoc(ydoc);
		const kept = writer.add('notes', { step: 'listening', text: 'kept' });
		const gone = writer.add('notes', { step: 'goals', text: 'gone' });
		writer.add('stakeholders', { name: 'Press' });
		const copy = new Y.Doc();
		Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc), new TxOrigin('storage'));

		const read = vi.spyOn(Y.Map.prototype, 'get');
		const plan = new PlanDoc(copy);
		expect(plan.count('notes')).toBe(2);
		expect(plan.values('notes', 'step').sort()).toEqual(['goals', 'listening']);
		// Counting and one field of each: no record was read whole (a note has seven fields).
		expect(read.mock.calls.length).toBeLessThan(7);
		read.mockRestore();

		const changed = vi.fn();
		plan.subscribe('notes', changed);
		Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc), new TxOrigin('storage'));
		writer.remove('notes', gone);
		writer.setText('notes', kept, 'text', 'kept, edited');
		Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc, Y.encodeStateVector(copy)));
		expect(changed).toHaveBeenCalled();
		expect(plan.list('notes')).toEqual(fresh(ydoc).list('notes'));
		expect(plan.list('notes').map((note) => note.text)).toEqual(['kept, edited']);
		expect(plan.values('notes', 'step')).toEqual(['listening']);
		expect(plan.list('stakeholders')).toEqual(fresh(ydoc).list('stakeholders'));
	});

	it.each([4, 5])(
		'finds a step’s notes as a fresh read does, before and after the whole list is read (seed %i)',
		(seed) => {
			const random = new Random(seed);
			const ydoc = new Y.Doc();
			const writer = new PlanDoc(ydoc);
			const target = writer.add('stakeholders', { name: 'Press' });
			const ids: string[] = [];
			const steps = ['listening', 'goals'] as const;
			for (let i = 0; i < 20; i++)
				ids.push(writer.add('notes', { step: steps[i % 2]!, text: `note ${i}`, order: i }));
			const copy = new Y.Doc();
			const sync = () =>
				Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc, Y.encodeStateVector(copy)));
			sync();
			const plan = new PlanDoc(copy);
			for (let round = 0; round < 60; round++) {
				const id = ids[random.int(0, ids.length - 1)]!;
				const roll = random.int(0, 5);
				if (roll === 0)
					ids.push(writer.add('notes', { step: steps[round % 2]!, text: `new ${round}` }));
				else if (roll === 1) writer.update('notes', id, { step: steps[random.int(0, 1)]! });
				else if (roll === 2) writer.setText('notes', id, 'text', `edited ${round}`);
				else if (roll === 3) writer.update('notes', id, { order: random.int(-5, 40) });
				else if (roll === 4 && writer.get('notes', id)) writer.remove('notes', id);
				else writer.update('notes', id, { cluster: `cluster ${round}` });
				if (round === 10) writer.remove('stakeholders', target);
				sync();
				const reread = fresh(ydoc);
				for (const step of steps)
					expect(plan.where('notes', 'step', step)).toEqual(
						reread.list('notes').filter((note) => note.step === step)
					);
				// Half-way, the whole list is read (the board's canvas does); then again by `where`.
				if (round === 30) expect(plan.list('notes')).toEqual(reread.list('notes'));
			}
			expect(plan.list('notes')).toEqual(fresh(ydoc).list('notes'));
			writer.add('notes', { step: 'goals', text: 'last' });
			sync();
			expect(plan.where('notes', 'step', 'goals')).toEqual(
				fresh(ydoc)
					.list('notes')
					.filter((note) => note.step === 'goals')
			);
		},
		30_000
	);
	it('takes a step’s notes as the whole list when they are every note: the canvas reads nothing again', () => {
		const ydoc = new Y.Doc();
		const writer = new PlanDoc(ydoc);
		for (let i = 0; i < 30; i++)
			writer.add('notes', { step: 'listening', text: `note ${i}`, order: (i * 7) % 30 });
		const plan = fresh(ydoc);
		const found = plan.where('notes', 'step', 'listening');
		const keys = vi.spyOn(Y.Map.prototype, 'keys');
		const get = vi.spyOn(Y.Map.prototype, 'get');
		try {
			expect(plan.list('notes')).toEqual(found);
			expect(keys).not.toHaveBeenCalled();
			expect(get).not.toHaveBeenCalled();
		} finally {
			keys.mockRestore();
			get.mockRestore();
		}
		expect(plan.list('notes')).toEqual(fresh(ydoc).list('notes'));
	});

	it.each([6, 7])(
		'keeps a board that holds every note as a fresh read after remote edits (seed %i)',
		(seed) => {
			const random = new Random(seed);
			const ydoc = new Y.Doc();
			const writer = new PlanDoc(ydoc);
			const ids: string[] = [];
			for (let i = 0; i < 20; i++)
				ids.push(writer.add('notes', { step: 'listening', text: `note ${i}`, order: i }));
			const copy = new Y.Doc();
			const sync = () =>
				Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc, Y.encodeStateVector(copy)));
			sync();
			const plan = new PlanDoc(copy);
			// Read first as the board reads it: every note is on it.
			expect(plan.where('notes', 'step', 'listening')).toEqual(fresh(ydoc).list('notes'));
			for (let round = 0; round < 60; round++) {
				const id = ids[random.int(0, ids.length - 1)]!;
				const roll = random.int(0, 5);
				if (roll === 0) ids.push(writer.add('notes', { step: 'listening', text: `new ${round}` }));
				else if (roll === 1) writer.update('notes', id, { step: 'goals' });
				else if (roll === 2) writer.setText('notes', id, 'text', `edited ${round}`);
				else if (roll === 3) writer.update('notes', id, { order: random.int(-5, 40) });
				else if (roll === 4 && writer.get('notes', id)) writer.remove('notes', id);
				else writer.update('notes', id, { z: `a${random.int(1, 9)}` });
				sync();
				const reread = fresh(ydoc).list('notes');
				if (random.chance(0.5)) expect(plan.list('notes')).toEqual(reread);
				expect(plan.where('notes', 'step', 'listening')).toEqual(
					reread.filter((note) => note.step === 'listening')
				);
			}
			expect(plan.list('notes')).toEqual(fresh(ydoc).list('notes'));
		},
		30_000
	);
});
