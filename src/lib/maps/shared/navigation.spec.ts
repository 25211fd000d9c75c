import { describe, expect, it } from 'vitest';
import { firstPoint, nearestInDirection, type Direction } from './navigation';
import { nudge, pointAt, valuesAt } from './axes';

//   a(0,0)    b(10,0)
//   c(0,10)   d(10,10)   e(30,2)
const points = [
	{ id: 'a', x: 0, y: 0 },
	{ id: 'b', x: 10, y: 0 },
	{ id: 'c', x: 0, y: 10 },
	{ id: 'd', x: 10, y: 10 },
	{ id: 'e', x: 30, y: 2 }
];

describe('nearestInDirection', () => {
	const cases: [string, Direction, string | null][] = [
		['a', 'right', 'b'],
		['a', 'down', 'c'],
		['a', 'left', null],
		['a', 'up', null],
		['b', 'right', 'e'],
		['d', 'up', 'b'],
		['d', 'left', 'c'],
		['e', 'left', 'b'],
		['c', 'right', 'd']
	];
	it.each(cases)('from %s going %s reaches %s', (from, direction, expected) => {
		const start = points.find((point) => point.id === from)!;
		expect(nearestInDirection(points, start, direction)?.id ?? null).toBe(expected);
	});

	it('reaches dots lying exactly on top of the current one, in list order', () => {
		const stacked = [
			{ id: 'x', x: 5, y: 5 },
			{ id: 'y', x: 5, y: 5 }
		];
		expect(nearestInDirection(stacked, stacked[0]!, 'right')?.id).toBe('y');
	});

	it('starts at the top left', () => {
		expect(firstPoint(points)?.id).toBe('a');
		expect(firstPoint([])).toBeNull();
	});
});

describe('axes', () => {
	// Interest 0–100 over x 100–500; influence 0–100 over y 400 (bottom) – 0 (top).
	const axes = {
		x: { field: 'interest', min: 0, max: 100, from: 100, to: 500 },
		y: { field: 'influence', min: 0, max: 100, from: 400, to: 0 }
	};
	const cases: [number, number, { x: number; y: number }][] = [
		[100, 400, { x: 0, y: 0 }],
		[500, 0, { x: 100, y: 100 }],
		[300, 200, { x: 50, y: 50 }],
		[-50, 900, { x: 0, y: 0 }],
		[9999, -9999, { x: 100, y: 100 }],
		[301.2, 97.7, { x: 50, y: 76 }]
	];
	it.each(cases)('a drop at (%d, %d) reads as %o', (x, y, expected) => {
		expect(valuesAt(axes, x, y)).toEqual(expected);
	});

	it('maps values back to the same point', () => {
		expect(pointAt(axes, 25, 75)).toEqual({ x: 200, y: 100 });
		expect(valuesAt(axes, 200, 100)).toEqual({ x: 25, y: 75 });
	});

	it('keeps nudges inside the axes', () => {
		expect(nudge(axes, { x: 98, y: 3 }, 5, -5)).toEqual({ x: 100, y: 0 });
	});
});
