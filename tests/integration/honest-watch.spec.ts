import { afterEach, describe, expect, it } from 'vitest';
import { startRelay, temporaryDataDir, type RunningRelay } from './helpers/relay-harness';
import { expectHonestStored, expectHonestUnharmed, startHonestWatch } from './helpers/honest-watch';
import { recordFigures } from '../helpers/reliability';

describe('the honest watch every attack test uses', () => {
	let relay: RunningRelay | null = null;
	const dir = temporaryDataDir();
	afterEach(async () => {
		await relay?.stop();
		dir.remove();
	});

	it('measures a quiet relay: every edit arrives and is stored, latency and /healthz are low', async () => {
		relay = await startRelay(dir.path);
		const watch = await startHonestWatch({ url: relay.url, httpUrl: relay.httpUrl });
		await new Promise((resolve) => setTimeout(resolve, 2_000));
		const figures = await watch.stop();
		expectHonestUnharmed(figures);
		await relay.relay.flush();
		expectHonestStored(dir.path, figures);
		// The watch's sockets leave from their own address, so an attack's limits never hit them.
		expect(relay.logs.some((entry) => entry.ip === '127.0.0.2')).toBe(true);
		recordFigures('honest-watch-baseline', { ...figures });
	}, 40_000);

	it('notices a relay whose event loop is blocked', async () => {
		relay = await startRelay(dir.path);
		const watch = await startHonestWatch({ url: relay.url, httpUrl: relay.httpUrl });
		for (let round = 0; round < 3; round += 1) {
			await new Promise((resolve) => setTimeout(resolve, 300));
			const until = Date.now() + 400;
			while (Date.now() < until) {
				// The relay shares this process: it answers nothing meanwhile.
			}
		}
		await new Promise((resolve) => setTimeout(resolve, 300));
		const figures = await watch.stop();
		expect(() => expectHonestUnharmed(figures)).toThrow();
		expect(figures.latencyMs.max).toBeGreaterThan(300);
	}, 40_000);
});
