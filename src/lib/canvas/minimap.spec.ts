import { describe, expect, it } from 'vitest';
import type { Rect } from './geometry';
import { minimapPicture } from './minimap';

const r = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });
const SIZE = { width: 160, height: 100 };

/** The picture's runs as [x, y, length], in drawing order. */
function runs(d: string): [number, number, number][] {
	return [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)].map((match) => [
		Number(match[1]),
		Number(match[2]),
		Number(match[3])
	]);
}

describe('minimapPicture', () => {
	it.each([
		{
			name: 'one note filling the wall: a run per row, as wide as the wall fits',
			rects: [r(0, 0, 100, 50)],
			bounds: r(0, 0, 100, 50),
			scale: 1.6,
			rows: 80,
			perRow: [[0, 160]]
		},
		{
			name: 'two notes with a gap: two runs per row',
			rects: [r(0, 0, 40, 10), r(60, 0, 40, 10)],
			bounds: r(0, 0, 100, 10),
			scale: 1.6,
			rows: 16,
			perRow: [
				[0, 64],
				[96, 64]
			]
		},
		{
			name: 'touching notes: one run',
			rects: [r(-50, -20, 50, 20), r(0, -20, 50, 20)],
			bounds: r(-50, -20, 100, 20),
			scale: 1.6,
			rows: 32,
			perRow: [[0, 160]]
		}
	])('$name', ({ rects, bounds, scale, rows, perRow }) => {
		const picture = minimapPicture(rects, bounds, SIZE);
		expect(picture.scale).toBeCloseTo(scale);
		const found = runs(picture.d);
		expect(found).toHaveLength(rows * perRow.length);
		for (let row = 0; row < rows; row++) {
			const inRow = found.filter(([, y]) => y === row).map(([x, , length]) => [x, length]);
			expect(inRow).toEqual(perRow);
		}
	});

	it('shows a note far smaller than a pixel as one cell', () => {
		const picture = minimapPicture(
			[r(0, 0, 10, 10), r(99_990, 49_990, 10, 10)],
			r(0, 0, 1e5, 5e4),
			SIZE
		);
		expect(runs(picture.d)).toEqual([
			[0, 0, 1],
			[159, 79, 1]
		]);
	});

	it('keeps a note on the picture when rounding would put it past the edge', () => {
		const picture = minimapPicture([r(100, 50, 0, 0)], r(0, 0, 100, 50), SIZE);
		expect(runs(picture.d)).toEqual([[159, 79, 1]]);
	});

	it('draws a wall of 20,000 notes as at most one run per minimap row and gap', () => {
		const rects = Array.from({ length: 20_000 }, (_, index) =>
			r((index % 13) * 176, Math.floor(index / 13) * 136, 160, 120)
		);
		const bounds = r(0, 0, 13 * 176 - 16, Math.ceil(20_000 / 13) * 136 - 16);
		const picture = minimapPicture(rects, bounds, SIZE);
		// The wall is tall and narrow: 100 rows of the picture, each one run (gaps are far below a pixel).
		expect(runs(picture.d).length).toBeLessThanOrEqual(100);
		expect(runs(picture.d).length).toBeGreaterThan(90);
	});

	it('draws nothing for no notes', () => {
		expect(minimapPicture([], r(0, 0, 100, 100), SIZE).d).toBe('');
	});
});
