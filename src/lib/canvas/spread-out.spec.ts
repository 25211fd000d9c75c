import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { scatteredNotes, shuffled } from '../../../tests/factories/canvas-notes';
import { Random } from '../../../tests/factories/random';
import { findOverlap, rectAt, type Point, type Rect } from './geometry';
import { NOTE_GAP, NOTE_SIZE } from './metrics';
import type { PlacedNote } from './placed-note';
import { spreadOut } from './spread-out';

const n = (id: string, x: number, y: number): PlacedNote => ({ id, x, y });
const pile = (count: number, x = 0, y = 0) =>
	Array.from({ length: count }, (_, i) => n(`p${String(i).padStart(4, '0')}`, x, y));

function rectsOf(positions: Map<string, Point>): Rect[] {
	return [...positions.values()].map((p) => rectAt(p, NOTE_SIZE));
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

describe('spreadOut', () => {
	it.each([
		['nothing', []],
		['one note', [n('a', 5, 5)]],
		['notes apart', [n('a', 0, 0), n('b', 500, 0)]],
		['notes touching', [n('a', 0, 0), n('b', 160, 0)]],
		['notes closer than the gap but not overlapping', [n('a', 0, 0), n('b', 165, 10)]]
	])('leaves %s where they are', (_, notes) => {
		expect(spreadOut(notes)).toEqual(
			new Map(notes.map((note) => [note.id, { x: note.x, y: note.y }]))
		);
	});

	it('moves the second of two stacked notes the shortest way out, keeping the gap', () => {
		expect(spreadOut([n('b', 0, 0), n('a', 0, 0)])).toEqual(
			new Map([
				['a', { x: 0, y: 0 }],
				['b', { x: 0, y: -(NOTE_SIZE.height + NOTE_GAP) }]
			])
		);
	});

	it('keeps the note that overlapped nothing, and moves the lower of an overlapping pair', () => {
		const result = spreadOut([n('free', 1000, 0), n('top', 0, 0), n('low', 20, 30)]);
		expect(result.get('free')).toEqual({ x: 1000, y: 0 });
		expect(result.get('top')).toEqual({ x: 0, y: 0 });
		expect(result.get('low')).toEqual({ x: 20, y: 136 });
	});

	it('keeps moved notes clear of obstacles', () => {
		const wall: Rect = { x: 0, y: -1000, width: 50, height: 3000 };
		const result = spreadOut([n('a', 100, 0), n('b', 100, 0)], { obstacles: [wall] });
		const rects = [...rectsOf(result), wall];
		expect(findOverlap(rects)).toBeNull();
		expect(result.get('b')?.x).toBeGreaterThanOrEqual(100);
	});

	it.each([
		['a pile of 2', 2, 1],
		['a pile of 9', 9, 2],
		['a pile of 25', 25, 3],
		['a pile of 100', 100, 6]
	])('opens %s into a compact cluster with no overlap', (_, count, reach) => {
		const result = spreadOut(pile(count));
		expect(result.size).toBe(count);
		expect(findOverlap(rectsOf(result))).toBeNull();
		// Nobody travels further than `reach` note-widths from the pile.
		for (const place of result.values()) {
			expect(distance(place, { x: 0, y: 0 })).toBeLessThanOrEqual(
				reach * (NOTE_SIZE.width + NOTE_GAP)
			);
		}
	});

	it.each([
		['200 scattered notes', 200, 1_500],
		['400 notes on a crowded wall', 400, 1_000]
	])('%s: no overlap, deterministic whatever the input order', (_, count, spread) => {
		const notes = scatteredNotes(count, spread, count);
		const result = spreadOut(notes);
		expect(findOverlap(rectsOf(result))).toBeNull();
		expect(spreadOut(notes)).toEqual(result);
		const reordered = spreadOut(shuffled(notes, new Random(4)));
		expect(new Map([...reordered].sort())).toEqual(new Map([...result].sort()));
	});

	it('clamps hostile coordinates before spreading', () => {
		const result = spreadOut([n('a', NaN, NaN), n('b', 0, 0)]);
		expect(findOverlap(rectsOf(result))).toBeNull();
		expect(result.get('a')).toEqual({ x: 0, y: 0 });
	});

	it.each([100, 1_000])('prints how long spreading a pile of %i notes takes', (count) => {
		const start = performance.now();
		const result = spreadOut(pile(count));
		console.log(`spread out of a pile of ${count}: ${(performance.now() - start).toFixed(1)} ms`);
		expect(result.size).toBe(count);
	});
});
