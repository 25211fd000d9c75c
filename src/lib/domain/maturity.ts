import type { MaturityRating } from './plan';
import { keysOf, MATURITY_DIMENSIONS, type MaturityDimension } from './vocabulary';

export interface DimensionResult {
	dimension: MaturityDimension;
	count: number;
	min: number | null;
	max: number | null;
	mean: number | null;
	/** How many people gave each score, index 0 for score 1. */
	histogram: [number, number, number, number, number];
	/** The group sees the team differently: a topic to discuss, not noise to average away. */
	disagreement: boolean;
}

/** Two ratings this far apart on the 1–5 scale (a 2 and a 4) count as wide disagreement. */
export const DISAGREEMENT_SPREAD = 2;

/** Per-dimension spread of the ratings: the spread matters as much as the mean. */
export function maturityResults(ratings: readonly MaturityRating[]): DimensionResult[] {
	return keysOf(MATURITY_DIMENSIONS).map((dimension) => {
		const scores = ratings
			.filter((rating) => rating.dimension === dimension)
			.map((rating) => rating.score);
		const histogram: DimensionResult['histogram'] = [0, 0, 0, 0, 0];
		for (const score of scores) histogram[Math.round(score) - 1]! += 1;
		if (scores.length === 0) {
			return {
				dimension,
				count: 0,
				min: null,
				max: null,
				mean: null,
				histogram,
				disagreement: false
			};
		}
		const min = Math.min(...scores);
		const max = Math.max(...scores);
		const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
		return {
			dimension,
			count: scores.length,
			min,
			max,
			mean,
			histogram,
			disagreement: max - min >= DISAGREEMENT_SPREAD
		};
	});
}
