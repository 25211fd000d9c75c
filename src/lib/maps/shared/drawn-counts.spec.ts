import { describe, expect, it } from 'vitest';
import { DOT_UNITS, drawnCounts, sceneUnits } from './drawn-counts';

describe('drawnCounts', () => {
	it.each([
		{ name: 'nothing yet', units: 0, want: { links: 0, nodes: 0 } },
		{ name: 'part of the links', units: 700, want: { links: 700, nodes: 0 } },
		{
			name: 'the links and a partial dot',
			units: 1_500 + DOT_UNITS - 1,
			want: { links: 1_500, nodes: 0 }
		},
		{
			name: 'the links and some dots',
			units: 1_500 + 10 * DOT_UNITS,
			want: { links: 1_500, nodes: 10 }
		},
		{ name: 'more than the scene', units: 1_000_000, want: { links: 1_500, nodes: 340 } },
		{ name: 'complete', units: Infinity, want: { links: 1_500, nodes: 340 } }
	])('$name', ({ units, want }) => {
		expect(drawnCounts(units, 1_500, 340)).toEqual(want);
	});

	it('reaches the whole scene at exactly its units', () => {
		const total = sceneUnits(1_500, 340);
		expect(drawnCounts(total, 1_500, 340)).toEqual({ links: 1_500, nodes: 340 });
		expect(drawnCounts(total - 1, 1_500, 340)).toEqual({ links: 1_500, nodes: 339 });
	});
});
