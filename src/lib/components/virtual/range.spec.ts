import { describe, expect, it } from 'vitest';
import { rowOffsets, visibleRows } from './range';

describe('rowOffsets', () => {
	it.each([
		{ name: 'no rows', count: 0, heights: [], estimate: 10, gap: 0, want: [0] },
		{ name: 'estimates', count: 3, heights: [], estimate: 10, gap: 0, want: [0, 10, 20, 30] },
		{
			name: 'measured and gaps',
			count: 3,
			heights: [5, undefined, 20],
			estimate: 10,
			gap: 2,
			want: [0, 7, 19, 41]
		}
	])('$name', ({ count, heights, estimate, gap, want }) => {
		expect([...rowOffsets(count, (i) => heights[i], estimate, gap)]).toEqual(want);
	});
});

describe('visibleRows', () => {
	const hundred = rowOffsets(100, () => undefined, 10);
	it.each([
		{
			name: 'empty',
			offsets: rowOffsets(0, () => 1, 1),
			top: 0,
			height: 50,
			overscan: 0,
			want: { start: 0, end: 0, before: 0, after: 0 }
		},
		{
			name: 'top',
			offsets: hundred,
			top: 0,
			height: 50,
			overscan: 0,
			want: { start: 0, end: 6, before: 0, after: 940 }
		},
		{
			name: 'middle with overscan',
			offsets: hundred,
			top: 500,
			height: 50,
			overscan: 20,
			want: { start: 48, end: 58, before: 480, after: 420 }
		},
		{
			name: 'past the end',
			offsets: hundred,
			top: 5_000,
			height: 50,
			overscan: 0,
			want: { start: 99, end: 100, before: 990, after: 0 }
		},
		{
			name: 'taller than all',
			offsets: hundred,
			top: 0,
			height: 5_000,
			overscan: 0,
			want: { start: 0, end: 100, before: 0, after: 0 }
		}
	])('$name', ({ offsets, top, height, overscan, want }) => {
		expect(visibleRows(offsets, top, height, overscan)).toEqual(want);
	});

	it('always covers the viewport', () => {
		const offsets = rowOffsets(1_000, (i) => 5 + (i % 7) * 3, 10, 4);
		for (let top = 0; top < 10_000; top += 37) {
			const range = visibleRows(offsets, top, 300, 0, 4);
			expect(offsets[range.start]).toBeLessThanOrEqual(top);
			expect(offsets[range.end] ?? Infinity).toBeGreaterThanOrEqual(
				Math.min(top + 300, offsets[1_000] ?? 0)
			);
		}
	});
});
