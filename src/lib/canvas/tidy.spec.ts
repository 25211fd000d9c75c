import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { scatteredNotes, shuffled } from '../../../tests/factories/canvas-notes';
import { Random } from '../../../tests/factories/random';
import { findOverlap, rectAt, type Point, type Rect } from './geometry';
import { NOTE_SIZE } from './metrics';
import { grownToFit, readingOrder, tidy, type PlacedNote } from './tidy';

const n = (id: string, x: number, y: number): PlacedNote => ({ id, x, y });
const small = { noteSize: { width: 100, height: 50 }, gap: 10, padding: 5, header: 20 };

function noOverlap(positions: Map<string, Point>, size = NOTE_SIZE): boolean {
	return findOverlap([...positions.values()].map((p) => rectAt(p, size))) === null;
}

describe('readingOrder', () => {
	it.each([
		['one row, left to right', [n('a', 50, 0), n('b', 0, 10)], ['b', 'a']],
		['rows top to bottom', [n('a', 0, 100), n('b', 50, 0)], ['b', 'a']],
		['a note just below the row top joins the row', [n('a', 200, 0), n('b', 0, 24)], ['b', 'a']],
		['a note half a note lower starts a new row', [n('a', 200, 0), n('b', 0, 25)], ['a', 'b']],
		['same place: by id', [n('b', 0, 0), n('a', 0, 0)], ['a', 'b']],
		['hostile coordinates sort as clamped', [n('a', NaN, NaN), n('b', 0, -Infinity)], ['b', 'a']],
		['a repeated id counts once', [n('a', 0, 0), n('a', 500, 500)], ['a']]
	])('%s', (_, notes, expected) => {
		expect(readingOrder(notes, 25).map((note) => note.id)).toEqual(expected);
	});
});

describe('tidy', () => {
	it('lays nothing out for no notes', () => {
		expect(tidy([], null)).toEqual({ positions: new Map(), bounds: null });
	});

	it('fills a frame row by row below its name, in reading order', () => {
		const frame: Rect = { x: 1000, y: 500, width: 240, height: 300 };
		const notes = [n('c', 1100, 700), n('a', 1010, 530), n('b', 1150, 540), n('d', 1000, 900)];
		expect(tidy(notes, frame, small)).toEqual({
			positions: new Map([
				['a', { x: 1005, y: 525 }],
				['b', { x: 1115, y: 525 }],
				['c', { x: 1005, y: 585 }],
				['d', { x: 1115, y: 585 }]
			]),
			bounds: { x: 1005, y: 525, width: 210, height: 110 }
		});
	});

	it('uses one column in a frame narrower than a note', () => {
		const frame: Rect = { x: 0, y: 0, width: 50, height: 50 };
		const { positions } = tidy([n('a', 0, 0), n('b', 0, 0)], frame, small);
		expect([...positions.values()]).toEqual([
			{ x: 5, y: 25 },
			{ x: 5, y: 85 }
		]);
	});

	it('lays a selection out about square from its top-left corner', () => {
		const notes = [n('a', 300, 40), n('b', -20, 90), n('c', 10, 300), n('d', 0, 500), n('e', 5, 5)];
		const { positions, bounds } = tidy(notes, null, small);
		expect([...positions.keys()]).toEqual(['e', 'a', 'b', 'c', 'd']);
		expect(positions.get('e')).toEqual({ x: -20, y: 5 });
		expect(positions.get('a')).toEqual({ x: 90, y: 5 });
		expect(positions.get('b')).toEqual({ x: 200, y: 5 });
		expect(positions.get('c')).toEqual({ x: -20, y: 65 });
		expect(bounds).toEqual({ x: -20, y: 5, width: 320, height: 110 });
	});

	it.each([
		['a pile of 40 in a frame', 40, 0, { x: 0, y: 0, width: 900, height: 400 }],
		['200 scattered notes as a selection', 200, 2_000, null],
		['300 scattered notes in a frame', 300, 3_000, { x: -50, y: -50, width: 2_000, height: 2_000 }]
	])('%s: no overlap, deterministic whatever the input order', (_, count, spread, frame) => {
		const notes = scatteredNotes(count, spread, count);
		const result = tidy(notes, frame);
		expect(result.positions.size).toBe(count);
		expect(noOverlap(result.positions)).toBe(true);
		expect(tidy(notes, frame)).toEqual(result);
		expect(tidy(shuffled(notes, new Random(3)), frame)).toEqual(result);
	});

	it('lays out notes with hostile coordinates at clamped, finite places', () => {
		const notes = [n('a', NaN, Infinity), n('b', -Infinity, 5e9), n('c', 0, 0)];
		const { positions } = tidy(notes, null);
		for (const place of positions.values()) {
			expect(Number.isFinite(place.x) && Number.isFinite(place.y)).toBe(true);
		}
		expect(noOverlap(positions)).toBe(true);
		expect(positions.get('c')).toEqual({ x: -1_000_000, y: 0 });
	});

	it('leaves a tidied board as it is when tidied again', () => {
		const frame: Rect = { x: 0, y: 0, width: 800, height: 800 };
		const first = tidy(scatteredNotes(30, 700, 8), frame).positions;
		const again = tidy(
			[...first].map(([id, p]) => n(id, p.x, p.y)),
			frame
		).positions;
		expect(again).toEqual(first);
	});

	it.each([100, 1_000])('prints how long tidying %i notes takes', (count) => {
		const notes = scatteredNotes(count, 3_000, 11);
		const frame: Rect = { x: 0, y: 0, width: 3_000, height: 3_000 };
		tidy(notes, frame);
		const start = performance.now();
		const result = tidy(notes, frame);
		const ms = performance.now() - start;
		console.log(`tidy of ${count} notes: ${ms.toFixed(2)} ms`);
		expect(result.positions.size).toBe(count);
	});
});

describe('grownToFit', () => {
	const frame: Rect = { x: 0, y: 0, width: 100, height: 100 };
	it.each([
		['no content', null, frame],
		['content inside', { x: 30, y: 30, width: 10, height: 10 }, frame],
		[
			'content below',
			{ x: 30, y: 90, width: 10, height: 100 },
			{ x: 0, y: 0, width: 100, height: 200 }
		],
		[
			'content left and above',
			{ x: -50, y: -50, width: 10, height: 10 },
			{ x: -60, y: -60, width: 160, height: 160 }
		]
	])('%s', (_, content, expected) => {
		expect(grownToFit(frame, content, 10)).toEqual(expected);
	});
});
