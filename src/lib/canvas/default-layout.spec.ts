import { describe, expect, it } from 'vitest';
import { shuffled, unplacedNotes } from '../../../tests/factories/canvas-notes';
import { Random } from '../../../tests/factories/random';
import {
	compareListOrder,
	defaultLayout,
	gridColumns,
	originBelow,
	type UnplacedNote
} from './default-layout';
import { frameOf } from './frames';
import { containsRect, findOverlap, rectAt, type Rect } from './geometry';
import { NOTE_SIZE, ROW_WIDTH } from './metrics';

const note = (id: string, cluster: string | null, order: number): UnplacedNote => ({
	id,
	cluster,
	order
});

function checkLayout(notes: readonly UnplacedNote[]) {
	const layout = defaultLayout(notes);
	const ids = new Set(notes.map((n) => n.id));
	expect(layout.positions.size).toBe(ids.size);
	const rects = [...layout.positions.values()].map((p) => rectAt(p, NOTE_SIZE));
	expect(findOverlap(rects)).toBeNull();
	expect(findOverlap(layout.areas.map((area) => area.rect))).toBeNull();
	const frames = layout.areas.map((area, index) => ({ id: String(index), rect: area.rect }));
	for (const n of notes) {
		const rect = rectAt(layout.positions.get(n.id) as { x: number; y: number }, NOTE_SIZE);
		const area = layout.areas.find((a) => a.cluster === (n.cluster || null));
		expect(area).toBeDefined();
		expect(containsRect((area as { rect: Rect }).rect, rect)).toBe(true);
		const frame = frameOf(rect, frames);
		expect(layout.areas[Number(frame?.id)]?.cluster).toBe(n.cluster || null);
	}
	return layout;
}

describe('gridColumns', () => {
	it.each([
		[0, 10, 1],
		[1, 10, 1],
		[4, 10, 2],
		[5, 10, 3],
		[100, 10, 10],
		[100, 0.5, 1]
	])('%i notes, at most %s columns → %i', (count, max, expected) => {
		expect(gridColumns(count, max)).toBe(expected);
	});
});

describe('compareListOrder', () => {
	it.each([
		[note('a', null, 1), note('b', null, 2), -1],
		[note('b', null, 1), note('a', null, 1), 1],
		[note('a', null, NaN), note('b', null, 5), 1],
		[note('a', null, NaN), note('b', null, Infinity), -1],
		[note('a', null, 3), note('a', null, 3), 0]
	])('%j vs %j → %i', (a, b, expected) => {
		expect(compareListOrder(a, b)).toBe(expected);
	});
});

describe('defaultLayout', () => {
	it('lays out nothing for no notes', () => {
		expect(defaultLayout([])).toEqual({ positions: new Map(), areas: [] });
	});

	it('puts ungrouped notes first, then clusters in the order of their first note, notes in list order', () => {
		const layout = defaultLayout(
			[
				note('n1', 'Later', 5),
				note('n2', 'Early', 1),
				note('n3', null, 3),
				note('n4', 'Early', 2),
				note('n5', '', 4)
			],
			{ noteSize: { width: 100, height: 50 }, gap: 10, padding: 5, header: 20, frameGap: 30 }
		);
		expect(layout.areas).toEqual([
			{ cluster: null, rect: { x: 0, y: 0, width: 220, height: 80 } },
			{ cluster: 'Early', rect: { x: 250, y: 0, width: 220, height: 80 } },
			{ cluster: 'Later', rect: { x: 500, y: 0, width: 110, height: 80 } }
		]);
		expect(layout.positions).toEqual(
			new Map([
				['n3', { x: 5, y: 25 }],
				['n5', { x: 115, y: 25 }],
				['n2', { x: 255, y: 25 }],
				['n4', { x: 365, y: 25 }],
				['n1', { x: 505, y: 25 }]
			])
		);
	});

	it('wraps rows of frames at the target width and starts at the origin', () => {
		const notes = ['A', 'B', 'C'].map((cluster, i) => note(`n${i}`, cluster, i));
		const layout = defaultLayout(notes, {
			noteSize: { width: 100, height: 100 },
			padding: 0,
			header: 0,
			frameGap: 10,
			rowWidth: 220,
			origin: { x: 1000, y: -50 }
		});
		expect(layout.areas.map((area) => area.rect)).toEqual([
			{ x: 1000, y: -50, width: 100, height: 100 },
			{ x: 1110, y: -50, width: 100, height: 100 },
			{ x: 1000, y: 60, width: 100, height: 100 }
		]);
	});

	it('gives named clusters without notes a frame of their own', () => {
		const layout = defaultLayout([note('n1', 'B', 1)], { clusters: ['A', 'B', ''] });
		expect(layout.areas.map((area) => area.cluster)).toEqual(['A', 'B']);
		expect(layout.areas[0]?.rect.width).toBe(layout.areas[1]?.rect.width);
	});

	it('places a repeated id once', () => {
		const layout = defaultLayout([note('n1', 'A', 1), note('n1', 'B', 0)]);
		expect(layout.positions.size).toBe(1);
		expect(layout.areas.map((area) => area.cluster)).toEqual(['B']);
	});

	it.each([
		['500 notes in 12 clusters', 500, 12, 1],
		['60 notes in 3 clusters', 60, 3, 2],
		['40 notes in no cluster', 40, 0, 3],
		['200 notes in 40 clusters', 200, 40, 4]
	])('%s: no overlaps, every note inside its own frame', (_, count, clusters, seed) => {
		const layout = checkLayout(unplacedNotes(count, clusters, seed));
		for (const area of layout.areas.slice(1)) {
			// A row is never wider than the target unless a single frame is.
			if (area.rect.x > 0) expect(area.rect.x + area.rect.width).toBeLessThanOrEqual(ROW_WIDTH);
		}
	});

	it('is deterministic whatever order the notes arrive in', () => {
		const notes = unplacedNotes(300, 8, 5);
		const first = defaultLayout(notes);
		expect(defaultLayout(notes)).toEqual(first);
		expect(defaultLayout(shuffled(notes, new Random(9)))).toEqual(first);
	});

	it('puts unreadable orders last, by id', () => {
		const notes = [
			note('b', 'A', NaN),
			note('a', 'A', Infinity),
			note('c', 'A', -Infinity),
			note('d', 'A', 5)
		];
		const layout = checkLayout(notes);
		expect([...layout.positions.keys()]).toEqual(['d', 'a', 'b', 'c']);
	});
});

describe('originBelow', () => {
	it.each([
		[[], { x: 0, y: 0 }],
		[[{ x: -40, y: 10, width: 160, height: 120 }], { x: -40, y: 194 }],
		[
			[
				{ x: 100, y: -300, width: 160, height: 120 },
				{ x: 500, y: 200, width: 160, height: 120 }
			],
			{ x: 100, y: 384 }
		]
	])('below %j → %j', (placed, expected) => {
		expect(originBelow(placed)).toEqual(expected);
	});

	it('keeps the laid-out notes clear of the placed ones', () => {
		const placed = [{ x: 0, y: 0, width: 160, height: 120 }];
		const layout = defaultLayout(unplacedNotes(50, 3, 6), { origin: originBelow(placed) });
		const rects = [...layout.positions.values()].map((p) => rectAt(p, NOTE_SIZE));
		expect(findOverlap([...placed, ...rects])).toBeNull();
	});
});
