import { describe, expect, it } from 'vitest';
import type { Box, Point } from '../domain/plan';
import { isId } from '../domain/ids';
import { boardLayout, frameIdFor, unsavedPlaces, type BoardLayout } from './board-layout';
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
