import { describe, expect, it } from 'vitest';
import { loadWhenReachable } from './load-when-reachable';

describe('loadWhenReachable', () => {
	it('tries again at once when the network comes back', async () => {
		const network = new EventTarget();
		let calls = 0;
		const loading = loadWhenReachable(
			async () => {
				calls++;
				if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
				return 'relay client';
			},
			{ network, waitsMs: [60_000] }
		);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(calls).toBe(1);
		const started = performance.now();
		network.dispatchEvent(new Event('online'));
		expect(await loading).toBe('relay client');
		expect(calls).toBe(2);
		expect(performance.now() - started).toBeLessThan(1_000);
	});

	it('tries again after its waits without being told', async () => {
		let calls = 0;
		const result = await loadWhenReachable(
			async () => {
				if (++calls < 3) throw new Error('offline');
				return calls;
			},
			{ network: new EventTarget(), waitsMs: [10, 20] }
		);
		expect(result).toBe(3);
	});

	it('gives up, with null, once its caller is gone', async () => {
		let gone = false;
		let calls = 0;
		const loading = loadWhenReachable(
			async () => {
				calls++;
				throw new Error('offline');
			},
			{ network: new EventTarget(), waitsMs: [10], cancelled: () => gone }
		);
		await new Promise((resolve) => setTimeout(resolve, 35));
		gone = true;
		expect(await loading).toBeNull();
		const after = calls;
		await new Promise((resolve) => setTimeout(resolve, 40));
		expect(calls).toBe(after);
	});
});
