import { describe, expect, it } from 'vitest';
import { Recount } from './recount';

describe('Recount', () => {
	it('recounts at most once per interval, and shares one that runs', async () => {
		let now = 0;
		let runs = 0;
		const recount = new Recount(
			async () => {
				runs += 1;
				await new Promise((resolve) => setTimeout(resolve, 5));
			},
			1_000,
			() => now
		);
		await Promise.all([recount.fresh(), recount.fresh(), recount.fresh()]);
		expect(runs).toBe(1);
		const cases: [at: number, runs: number][] = [
			[500, 1],
			[999, 1],
			[1_000, 2],
			[1_500, 2],
			[2_100, 3]
		];
		for (const [at, expected] of cases) {
			now = at;
			await recount.fresh();
			expect(runs, `at ${at} ms`).toBe(expected);
		}
	});

	it('tries again at once after a failed recount', async () => {
		let fail = true;
		let runs = 0;
		const recount = new Recount(
			() => {
				runs += 1;
				if (fail) throw new Error('database away');
			},
			60_000,
			() => 0
		);
		await expect(recount.fresh()).rejects.toThrow('database away');
		fail = false;
		await recount.fresh();
		await recount.fresh();
		expect(runs).toBe(2);
	});
});
