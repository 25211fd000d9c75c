import { describe, expect, test } from 'vitest';
import { warmUpComparing } from './compare-warm-up';

describe('warmUpComparing', () => {
	test('compares its small plan for about its budget, then stops', async () => {
		const started = performance.now();
		await warmUpComparing(50);
		// At least one comparison ran the whole budget; a stuck loop would never return.
		expect(performance.now() - started).toBeGreaterThanOrEqual(50);
	}, 60_000);

	test('gives way as soon as it is told to: one comparison, not its whole budget', async () => {
		const started = performance.now();
		let comparisons = 0;
		await warmUpComparing(60_000, () => ++comparisons >= 1);
		expect(comparisons).toBe(1);
		expect(performance.now() - started).toBeLessThan(30_000);
	}, 60_000);
});
