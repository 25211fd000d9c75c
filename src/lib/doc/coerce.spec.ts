import { describe, expect, it } from 'vitest';
import { readBox, readPoint } from './coerce';

describe('canvas places read from stored values', () => {
	it.each([
		[
			[10, -20],
			[10, -20]
		],
		[
			[0.5, 1e6],
			[0.5, 1e6]
		],
		[
			[2e6, -Infinity],
			[1e6, -1e6]
		],
		[[Number.NaN, 1], null],
		[[1, 2, 3], null],
		[[1], null],
		['10,20', null],
		[{ 0: 1, 1: 2, length: 2 }, null],
		[null, null],
		[undefined, null]
	])('point %j reads as %j', (stored, expected) => {
		expect(readPoint(stored)).toEqual(expected);
	});

	it.each([
		[
			[0, 0, 400, 300],
			[0, 0, 400, 300]
		],
		[
			[-10, 5, -3, 20],
			[-10, 5, 0, 20]
		],
		[
			[3e6, 0, 9e9, 1],
			[1e6, 0, 2e6, 1]
		],
		[[0, 0, Number.NaN, 1], null],
		[[0, 0, 1], null],
		['0 0 1 1', null]
	])('box %j reads as %j', (stored, expected) => {
		expect(readBox(stored)).toEqual(expected);
	});
});
