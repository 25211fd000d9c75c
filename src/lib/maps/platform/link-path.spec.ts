import { linkHorizontal } from 'd3';
import { describe, expect, it } from 'vitest';
import { horizontalLink } from './link-path';

const d3Link = linkHorizontal<
	{ source: [number, number]; target: [number, number] },
	[number, number]
>();

describe('horizontalLink', () => {
	it.each([
		['whole numbers', [0, 0], [100, 50]],
		['two decimals', [10.25, 20.5], [300.13, 40.07]],
		['a midpoint past three decimals', [10.255, 1], [11.001, 2]],
		['sums that are not exact in binary', [0.1, 0.2], [0.2, 0.7]],
		['right to left, upwards', [420.5, 900.75], [12.25, 3.5]],
		['negative places', [-5.5, -10], [5.5, -0.25]],
		['more than three decimals', [1.23456, 2.34567], [3.45678, 4.56789]],
		['the same point', [7, 7], [7, 7]]
	] as const)('draws the curve d3 draws: %s', (_name, source, target) => {
		expect(horizontalLink(source, target)).toBe(
			d3Link({ source: [...source], target: [...target] })
		);
	});
});
