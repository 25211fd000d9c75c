import { describe, expect, it } from 'vitest';
import type { Peer } from '../sync/presence';
import { presenceState } from '../../../tests/factories/presence';
import { dragsOf, editorsOf, sameMarks } from './peer-marks';

function peer(clientId: number, patch: Partial<Peer> = {}): Peer {
	return {
		...presenceState({ name: `P${clientId}`, role: 'participant' }),
		clientId,
		self: false,
		...patch
	};
}

describe('editorsOf', () => {
	it.each([
		{ name: 'nobody editing', peers: [peer(1), peer(2)], out: [] },
		{
			name: 'this device is never listed',
			peers: [peer(1, { self: true, editing: 'a' })],
			out: []
		},
		{
			name: 'two people on one record, in presence order',
			peers: [peer(1, { editing: 'a' }), peer(2, { editing: 'b' }), peer(3, { editing: 'a' })],
			out: [
				['a', [1, 3]],
				['b', [2]]
			]
		}
	])('$name', ({ peers, out }) => {
		const editors = editorsOf(peers);
		expect([...editors].map(([id, list]) => [id, list.map((p) => p.clientId)])).toEqual(out);
	});
});

describe('dragsOf', () => {
	it('lists the dots others drag, with who drags them', () => {
		const drags = dragsOf([
			peer(1, { self: true, dragging: { id: 'a', x: 1, y: 2 } }),
			peer(2, { name: 'Ana', dragging: { id: 'b', x: 30, y: 40 } })
		]);
		expect([...drags.values()]).toEqual([{ id: 'b', x: 30, y: 40, name: 'Ana', color: '#0f5c6e' }]);
	});
});

describe('sameMarks', () => {
	const drag = (x: number) => dragsOf([peer(2, { dragging: { id: 'b', x, y: 1 } })]);
	const editing = (...ids: number[]) => editorsOf(ids.map((id) => peer(id, { editing: 'a' })));
	it.each([
		{ name: 'equal drags', a: drag(1), b: drag(1), same: true },
		{ name: 'a drag moved', a: drag(1), b: drag(2), same: false },
		{ name: 'no drags', a: dragsOf([]), b: dragsOf([]), same: true },
		{ name: 'a drag ended', a: drag(1), b: dragsOf([]), same: false },
		{ name: 'the same editors', a: editing(1, 2), b: editing(1, 2), same: true },
		{ name: 'one more editor', a: editing(1), b: editing(1, 2), same: false },
		{ name: 'editors in another order', a: editing(1, 2), b: editing(2, 1), same: false }
	])('$name', ({ a, b, same }) => {
		expect(sameMarks<object>(a, b)).toBe(same);
	});
});
