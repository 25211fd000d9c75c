import { describe, expect, it } from 'vitest';
import type { Box, Point } from '../domain/plan';
import { isId } from '../domain/ids';
import {
	boardLayout,
	frameIdFor,
	patchLayout,
	unsavedPlaces,
	type BoardLayout
} from './board-layout';
import { frameOf } from './frames';
import { centreOf, findOverlap } from './geometry';

interface NoteSpec {
	id: string;
	cluster?: string;
	position?: Point | null;
	order?: number;
	z?: string;
}
const note = ({ id, cluster = '', position = null, order = 0, z = '' }: NoteSpec) => ({
	id,
	cluster,
	position,
	order,
	z
});
const frame = (id: string, name: string, rect: Box, order = 0) => ({
	id,
	name,
	rect,
	order,
	z: ''
});

/** An old plan: 30 notes in three clusters and some ungrouped, none placed. */
const oldWall = Array.from({ length: 30 }, (_, index) =>
	note({
		id: `note${String(index).padStart(4, '0')}`,
		cluster: ['', 'Ideas', 'Risks', 'Quick wins'][index % 4] ?? '',
		order: index
	})
);

function expectWhole(layout: BoardLayout) {
	expect(findOverlap(layout.notes.map((n) => n.rect))).toBeNull();
	for (const laid of layout.notes) {
		expect(frameOf(centreOf(laid.rect), layout.frames)?.name ?? '').toBe(laid.cluster);
	}
}

describe('boardLayout', () => {
	it('places an old wall by cluster, with no overlap, each note inside its group', () => {
		const layout = boardLayout('purpose', oldWall, []);
		expect(layout.notes).toHaveLength(30);
		expect(layout.frames.map((f) => f.name).sort()).toEqual(['Ideas', 'Quick wins', 'Risks']);
		expect(layout.notes.every((n) => !n.stored) && layout.frames.every((f) => !f.stored)).toBe(
			true
		);
		expectWhole(layout);
	});

	it('is the same whatever order the notes arrive in', () => {
		const a = boardLayout('purpose', oldWall, []);
		const b = boardLayout('purpose', [...oldWall].reverse(), []);
		expect(b).toEqual(a);
	});

	it.each([
		{ position: [400, -80] as Point, expected: { x: 400, y: -80 } },
		{ position: [5e6, 0] as Point, expected: { x: 1_000_000, y: 0 } }
	])('keeps a stored position ($position)', ({ position, expected }) => {
		const layout = boardLayout('purpose', [note({ id: 'placed01', position })], []);
		expect(layout.notes[0]).toMatchObject({ id: 'placed01', stored: true, rect: expected });
	});

	it('puts an unplaced note of a stored frame inside that frame, below its placed notes', () => {
		const notes = [
			note({ id: 'placed01', cluster: 'Press', position: [24, 64] }),
			note({ id: 'newnote1', cluster: 'Press', order: 1 })
		];
		const layout = boardLayout('purpose', notes, [frame('framepress', 'Press', [0, 0, 220, 220])]);
		const added = layout.notes.find((n) => n.id === 'newnote1');
		expect(added?.stored).toBe(false);
		expect(added?.rect.y).toBeGreaterThanOrEqual(64 + 120);
		expect(layout.frames).toHaveLength(1);
		expectWhole(layout);
	});

	it('puts notes of clusters without a frame below everything stored', () => {
		const notes = [
			note({ id: 'placed01', cluster: 'Press', position: [0, 500] }),
			note({ id: 'loosenote', cluster: 'Later', order: 1 })
		];
		const layout = boardLayout('purpose', notes, [
			frame('framepress', 'Press', [-20, 440, 220, 220])
		]);
		const loose = layout.notes.find((n) => n.id === 'loosenote');
		expect(loose?.rect.y).toBeGreaterThan(660);
		expect(layout.frames.find((f) => f.name === 'Later')).toMatchObject({
			id: frameIdFor('purpose', 'Later'),
			stored: false
		});
	});

	it('once its computed places are written, nothing moves and everything is stored', () => {
		const before = boardLayout('goals', oldWall, []);
		const { positions, frames } = unsavedPlaces(before);
		expect(positions.size).toBe(30);
		const after = boardLayout(
			'goals',
			oldWall.map((n) => ({ ...n, position: positions.get(n.id) ?? null })),
			frames.map((f, index) => ({ ...f, order: index, z: '' }))
		);
		expect(after.notes.map((n) => [n.id, n.rect])).toEqual(before.notes.map((n) => [n.id, n.rect]));
		expect(after.frames.map((f) => [f.id, f.rect])).toEqual(
			before.frames.map((f) => [f.id, f.rect])
		);
		expect(after.notes.every((n) => n.stored) && after.frames.every((f) => f.stored)).toBe(true);
		expect(unsavedPlaces(after)).toEqual({ positions: new Map(), frames: [] });
	});

	it('draws each repeated id once', () => {
		const twice = [note({ id: 'samenote' }), note({ id: 'samenote', position: [5, 5] })];
		expect(boardLayout('purpose', twice, []).notes).toHaveLength(1);
	});

	it('is empty for an empty board', () => {
		expect(boardLayout('purpose', [], [])).toEqual({ notes: [], frames: [], bounds: null });
	});
});

describe('frameIdFor', () => {
	it.each([
		['purpose', 'Ideas'],
		['stakeholders', 'Ideas'],
		['purpose', 'Idea'],
		['purpose', ''],
		['purpose', '🙂 Idées'.repeat(40)]
	] as const)('gives %s / %s a record id of its own, the same every time', (step, cluster) => {
		const id = frameIdFor(step, cluster);
		expect(isId(id)).toBe(true);
		expect(frameIdFor(step, cluster)).toBe(id);
	});

	it('differs between steps and names', () => {
		const ids = new Set(
			['purpose', 'goals'].flatMap((step) =>
				['Ideas', 'Idea', 'Risks', 'ideas'].map((name) => frameIdFor(step as 'purpose', name))
			)
		);
		expect(ids.size).toBe(8);
	});
});

describe('patchLayout', () => {
	type N = ReturnType<typeof note>;
	const wall = (count: number, placed: (index: number) => Point | null) =>
		Array.from({ length: count }, (_, index) =>
			note({
				id: `note${String(index).padStart(5, '0')}`,
				cluster: ['', 'Ideas', 'Risks'][index % 3] ?? '',
				order: index,
				position: placed(index)
			})
		);
	const frames = [frame('frame0001', 'Risks', [3000, 0, 400, 300])];
	const stored = (notes: N[]) => {
		const { positions } = unsavedPlaces(boardLayout('purpose', notes, frames));
		return notes.map((n) => ({ ...n, position: n.position ?? positions.get(n.id) ?? null }));
	};

	it('keeps the very layout when only what it does not read changed', () => {
		const before = wall(40, () => null);
		const previous = boardLayout('purpose', before, frames);
		// A text edit is a new record object with the same layout fields.
		const after = before.map((n, index) => (index === 7 ? { ...n } : n));
		expect(patchLayout(previous, before, after, frames, frames)?.layout).toBe(previous);
	});

	it.each([
		{
			name: 'a placed note added to a stored wall',
			before: wall(50, (i) => [i * 10, 0]),
			change: (notes: N[]) => [
				...notes,
				note({ id: 'note99999', order: 99, position: [5, 5], z: 'a1' })
			]
		},
		{
			name: 'the first write: every computed place stored, and a note added',
			before: wall(60, () => null),
			change: (notes: N[]) => [
				...stored(notes),
				note({ id: 'note99999', order: 99, position: [5, 5] })
			]
		},
		{
			name: 'notes moved and brought to the front on a stored wall',
			before: wall(30, (i) => [i * 200, 0]),
			change: (notes: N[]) =>
				notes.map((n, i) =>
					i % 7 === 0 ? { ...n, position: [i, 900] as Point, z: i === 0 ? 'a5' : n.z } : n
				)
		},
		{
			name: 'the last notes deleted from a stored wall',
			before: wall(30, (i) => [i * 200, 0]),
			change: (notes: N[]) => notes.slice(0, 27)
		}
	])('gives boardLayout’s answer: $name', ({ before, change }) => {
		const after = change(before);
		const previous = boardLayout('purpose', before, frames);
		const patched = patchLayout(previous, before, after, frames, frames);
		expect(patched).not.toBeNull();
		expect(patched!.layout).toEqual(boardLayout('purpose', after, frames));
	});

	it('gives boardLayout’s answer when the first write also stores the computed frames', () => {
		const before = wall(45, () => null);
		const previous = boardLayout('purpose', before, frames);
		const computed = unsavedPlaces(previous).frames.map(({ id, name, rect }, index) =>
			frame(id, name, rect, 10 + index)
		);
		const framesAfter = [...frames, ...computed];
		const after = stored(before);
		const patched = patchLayout(previous, before, after, frames, framesAfter);
		expect(patched?.layout).toEqual(boardLayout('purpose', after, framesAfter));
	});

	it('keeps the rectangles of computed places stored where they were', () => {
		const before = wall(20, () => null);
		const previous = boardLayout('purpose', before, frames);
		const patched = patchLayout(previous, before, stored(before), frames, frames)!;
		const rects = new Map(previous.notes.map((n) => [n.id, n.rect]));
		expect(patched.layout.notes.every((n) => n.stored && rects.get(n.id) === n.rect)).toBe(true);
		expect(patched.removed).toHaveLength(20);
		expect(patched.added).toHaveLength(20);
	});

	it.each([
		{
			name: 'a note without a place joins the wall',
			change: (notes: N[]) => [...notes, note({ id: 'note99999', order: 99 })]
		},
		{
			name: 'a note taken out of the middle',
			change: (notes: N[]) => notes.filter((_, i) => i !== 3)
		},
		{
			name: 'a note given back to the layout',
			change: (notes: N[]) => notes.map((n, i) => (i === 3 ? { ...n, position: null } : n))
		},
		{
			name: 'an id that is already there',
			change: (notes: N[]) => [...notes, { ...notes[0]!, order: 99 }]
		}
	])('leaves it to boardLayout when $name', ({ change }) => {
		const before = wall(10, (i) => [i * 200, 0]);
		const previous = boardLayout('purpose', before, frames);
		expect(patchLayout(previous, before, change(before), frames, frames)).toBeNull();
	});

	it('follows boardLayout over a random run of writes on a stored wall', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		let notes = stored(wall(80, () => null));
		let layout = boardLayout('purpose', notes, frames);
		let next = 100;
		for (let round = 0; round < 200; round++) {
			const roll = random();
			let after: N[];
			if (roll < 0.3)
				after = [
					...notes,
					note({
						id: `note${next}`,
						order: next++,
						position: [Math.round(random() * 4000), Math.round(random() * 4000)]
					})
				];
			else if (roll < 0.5) after = notes.slice(0, -1);
			else {
				const at = Math.floor(random() * notes.length);
				after = notes.map((n, i) =>
					i === at
						? {
								...n,
								position: [Math.round(random() * 4000), 0] as Point,
								z: random() < 0.3 ? `a${Math.floor(random() * 9) + 1}` : n.z
							}
						: n
				);
			}
			const patched = patchLayout(layout, notes, after, frames, frames);
			const whole = boardLayout('purpose', after, frames);
			expect(patched?.layout).toEqual(whole);
			notes = after;
			layout = patched!.layout;
		}
	});
});
