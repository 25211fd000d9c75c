import { describe, expect, it } from 'vitest';
import {
	clampCoordinate,
	clampSize,
	containsPoint,
	containsRect,
	inflateRect,
	intersectionOf,
	overlaps,
	readPoint,
	readRect,
	rectBetween,
	snapToGrid,
	storedPoint,
	unionOf,
	type Rect
} from './geometry';

const r = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });

describe('clampCoordinate', () => {
	it.each([
		[0, 0],
		[-0, 0],
		[12.5, 12.5],
		[-999_999, -999_999],
		[1_000_000, 1_000_000],
		[1_000_001, 1_000_000],
		[-5e300, -1_000_000],
		[Infinity, 1_000_000],
		[-Infinity, -1_000_000],
		[NaN, 0]
	])('%s → %s', (value, expected) => {
		expect(clampCoordinate(value)).toBe(expected);
	});
});

describe('clampSize', () => {
	it.each([
		[10, 10],
		[0, 0],
		[-3, 0],
		[NaN, 0],
		[Infinity, 2_000_000],
		[3_000_000, 2_000_000]
	])('%s → %s', (value, expected) => {
		expect(clampSize(value)).toBe(expected);
	});
});

describe('readPoint', () => {
	it.each([
		[[10, 20], { x: 10, y: 20 }],
		[[-0, 0], { x: 0, y: 0 }],
		[[NaN, Infinity], { x: 0, y: 1_000_000 }],
		[[-1e12, 1e12], { x: -1_000_000, y: 1_000_000 }],
		[[1, 2, 3], null],
		[[1], null],
		[[], null],
		[['1', 2], null],
		[[1, null], null],
		[{ x: 1, y: 2 }, null],
		['[1,2]', null],
		[null, null],
		[undefined, null],
		[42, null]
	])('%j → %j', (value, expected) => {
		expect(readPoint(value)).toEqual(expected);
	});

	it('gives deep-equal results for the same input', () => {
		expect(readPoint([NaN, -Infinity])).toEqual(readPoint([NaN, -Infinity]));
	});
});

describe('readRect', () => {
	it.each([
		[[1, 2, 30, 40], r(1, 2, 30, 40)],
		[[NaN, 2e9, -30, Infinity], r(0, 1_000_000, 0, 2_000_000)],
		[[1, 2, 3], null],
		[[1, 2, 3, '4'], null],
		[null, null]
	])('%j → %j', (value, expected) => {
		expect(readRect(value)).toEqual(expected);
	});
});

describe('storedPoint', () => {
	it.each([
		[{ x: 3, y: -4 }, [3, -4]],
		[{ x: NaN, y: 5e6 }, [0, 1_000_000]]
	])('%j → %j', (point, expected) => {
		expect(storedPoint(point)).toEqual(expected);
	});

	it('reads back what it stores', () => {
		expect(readPoint(storedPoint({ x: 7, y: 8 }))).toEqual({ x: 7, y: 8 });
	});
});

describe('rectBetween', () => {
	it.each([
		[{ x: 0, y: 0 }, { x: 10, y: 5 }, r(0, 0, 10, 5)],
		[{ x: 10, y: 5 }, { x: 0, y: 0 }, r(0, 0, 10, 5)],
		[{ x: 10, y: 0 }, { x: 0, y: 5 }, r(0, 0, 10, 5)]
	])('%j to %j → %j', (a, b, expected) => {
		expect(rectBetween(a, b)).toEqual(expected);
	});
});

describe('unionOf', () => {
	it.each([
		[[], null],
		[[r(1, 2, 3, 4)], r(1, 2, 3, 4)],
		[[r(0, 0, 10, 10), r(20, -5, 5, 5)], r(0, -5, 25, 15)]
	])('%j → %j', (rects, expected) => {
		expect(unionOf(rects)).toEqual(expected);
	});
});

describe('intersectionOf and overlaps', () => {
	it.each([
		['apart', r(0, 0, 10, 10), r(20, 0, 10, 10), null],
		['touching edges', r(0, 0, 10, 10), r(10, 0, 10, 10), null],
		['touching corners', r(0, 0, 10, 10), r(10, 10, 10, 10), null],
		['crossing', r(0, 0, 10, 10), r(5, 5, 10, 10), r(5, 5, 5, 5)],
		['nested', r(0, 0, 10, 10), r(2, 3, 4, 5), r(2, 3, 4, 5)],
		['same', r(1, 1, 2, 2), r(1, 1, 2, 2), r(1, 1, 2, 2)],
		['empty', r(0, 0, 10, 10), r(5, 5, 0, 0), null]
	])('%s', (_, a, b, expected) => {
		expect(intersectionOf(a, b)).toEqual(expected);
		expect(intersectionOf(b, a)).toEqual(expected);
		expect(overlaps(a, b)).toBe(expected !== null);
		expect(overlaps(b, a)).toBe(expected !== null);
	});
});

describe('containsPoint', () => {
	const rect = r(0, 0, 10, 10);
	it.each([
		[{ x: 5, y: 5 }, true],
		[{ x: 0, y: 0 }, true],
		[{ x: 10, y: 5 }, false],
		[{ x: 5, y: 10 }, false],
		[{ x: -1, y: 5 }, false]
	])('%j → %s', (point, expected) => {
		expect(containsPoint(rect, point)).toBe(expected);
	});
});

describe('containsRect', () => {
	const outer = r(0, 0, 10, 10);
	it.each([
		[r(0, 0, 10, 10), true],
		[r(2, 2, 3, 3), true],
		[r(5, 5, 10, 1), false],
		[r(-1, 0, 2, 2), false]
	])('%j → %s', (inner, expected) => {
		expect(containsRect(outer, inner)).toBe(expected);
	});
});

describe('inflateRect', () => {
	it.each([
		[r(10, 10, 10, 10), 5, r(5, 5, 20, 20)],
		[r(10, 10, 10, 10), -2, r(12, 12, 6, 6)],
		[r(10, 10, 10, 10), -20, r(15, 15, 0, 0)]
	])('%j by %s → %j', (rect, by, expected) => {
		expect(inflateRect(rect, by)).toEqual(expected);
	});
});

describe('snapToGrid', () => {
	it.each([
		[{ x: 9, y: 31 }, 20, { x: 0, y: 40 }],
		[{ x: -9, y: -11 }, 20, { x: 0, y: -20 }],
		[{ x: 7, y: 7 }, 0, { x: 7, y: 7 }]
	])('%j on %s → %j', (point, step, expected) => {
		expect(snapToGrid(point, step)).toEqual(expected);
	});
});
