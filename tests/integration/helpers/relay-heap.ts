import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const MiB = 1024 * 1024;

/** The heap in use after a full collection, in MiB: what the relay (in this process) retains. */
export async function settledHeapMiB(): Promise<number> {
	// Twice, a tick apart: finalisers and weak references let go of more on the second pass.
	collectGarbage();
	await new Promise((resolve) => setImmediate(resolve));
	collectGarbage();
	return Math.round((process.memoryUsage().heapUsed / MiB) * 10) / 10;
}

/** Peak RSS growth of this process (relay and test) while the sampler runs, in MiB. */
export function sampleRss(): { stop(): number } {
	const start = process.memoryUsage().rss;
	let peak = start;
	const timer = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage().rss);
	}, 50);
	return {
		stop() {
			clearInterval(timer);
			peak = Math.max(peak, process.memoryUsage().rss);
			return Math.round((peak - start) / MiB);
		}
	};
}
