import { describe, expect, it } from 'vitest';
import { FrameRate } from './frame-rate';

describe('FrameRate', () => {
	const cases = [
		{ name: 'a burst is taken at once', steps: [{ at: 0, frames: 4, admitted: 4 }] },
		{ name: 'beyond the burst is refused', steps: [{ at: 0, frames: 6, admitted: 4 }] },
		{
			name: 'the rate refills',
			steps: [
				{ at: 0, frames: 4, admitted: 4 },
				{ at: 500, frames: 4, admitted: 1 },
				{ at: 1_500, frames: 4, admitted: 2 }
			]
		},
		{
			name: 'a long pause refills no more than the burst',
			steps: [
				{ at: 0, frames: 4, admitted: 4 },
				{ at: 60_000, frames: 10, admitted: 4 }
			]
		}
	];
	for (const { name, steps } of cases) {
		it(name, () => {
			let now = 0;
			const rate = new FrameRate(2, 4, () => now);
			for (const step of steps) {
				now = step.at;
				let admitted = 0;
				for (let i = 0; i < step.frames; i += 1) if (rate.take()) admitted += 1;
				expect(admitted, `at ${step.at} ms`).toBe(step.admitted);
			}
		});
	}
});
