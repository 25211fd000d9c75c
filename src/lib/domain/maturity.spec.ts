import { describe, expect, it } from 'vitest';
import { maturityResults } from './maturity';
import type { MaturityRating } from './plan';

const rating = (memberId: string, score: number): MaturityRating => ({
	memberId,
	dimension: 'planning',
	score
});

describe('maturityResults', () => {
	it.each([
		['no ratings', [], { count: 0, mean: null, disagreement: false }],
		[
			'agreement',
			[rating('a', 3), rating('b', 3), rating('c', 4)],
			{ count: 3, min: 3, max: 4, disagreement: false }
		],
		['a 2 and a 4', [rating('a', 2), rating('b', 4)], { count: 2, mean: 3, disagreement: true }],
		['the extremes', [rating('a', 1), rating('b', 5)], { min: 1, max: 5, disagreement: true }]
	] as const)('%s', (_, ratings, expected) => {
		const planning = maturityResults(ratings).find((result) => result.dimension === 'planning');
		expect(planning).toMatchObject(expected);
	});

	it('reports all four dimensions with a histogram per score', () => {
		const results = maturityResults([rating('a', 2), rating('b', 2), rating('c', 5)]);
		expect(results.map((result) => result.dimension)).toEqual([
			'planning',
			'presences',
			'commitment',
			'relationships'
		]);
		expect(results[0]?.histogram).toEqual([0, 2, 0, 0, 1]);
	});
});
