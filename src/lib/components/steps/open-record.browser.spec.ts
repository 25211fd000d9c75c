import { describe, expect, it } from 'vitest';
import { loadMapsAfterFirstFrame } from './open-record';

/** Holds the main thread for `ms`, as laying out or mounting a large map does. */
function busy(ms: number): void {
	const end = performance.now() + ms;
	while (performance.now() < end) {
		// Nothing gets through meanwhile.
	}
}

describe('loadMapsAfterFirstFrame', () => {
	it('lays the map out in a task of its own, then mounts it in another', async () => {
		const tasks: number[] = [];
		const observer = new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) tasks.push(entry.duration);
		});
		observer.observe({ type: 'longtask' });
		const laidOut: string[] = [];
		const loaded = await loadMapsAfterFirstFrame(
			async () => 'maps',
			(maps) => {
				laidOut.push(maps);
				busy(70);
			}
		);
		expect(laidOut).toEqual(['maps']);
		// What mounting the map costs, in the task that receives it.
		busy(70);
		await new Promise((resolve) => setTimeout(resolve, 100));
		observer.disconnect();
		// Two long tasks of about 70 ms, never one of both (about 140 ms).
		expect(tasks.filter((duration) => duration >= 65).length).toBeGreaterThanOrEqual(2);
		expect(Math.max(...tasks)).toBeLessThan(130);
		expect(loaded).toBe('maps');
	});

	it('mounts at once after loading when there is nothing to lay out first', async () => {
		await expect(loadMapsAfterFirstFrame(async () => 'maps')).resolves.toBe('maps');
	});
});
