import { monitorEventLoopDelay } from 'node:perf_hooks';

/** The histogram's timer interval; every sample includes it. */
export const RESOLUTION_MS = 10;

/** How late a sample of the histogram was: what it measured beyond the timer's interval, in ms. */
export function lateMs(/** @type {number} */ nanoseconds) {
	return Math.max(0, Math.round((nanoseconds - RESOLUTION_MS * 1e6) / 1e4) / 100);
}

/**
 * Answers the capacity bench's `{ type: 'loop' }` messages (IPC) with this process's event-loop
 * delay since the previous one (how late its timer fired, beyond the interval): how long a ready callback waited for the loop, which is what
 * every frame a busy relay handles waits on top of its own work.
 */
export function reportEventLoopDelay() {
	const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
	histogram.enable();
	const ms = (/** @type {number} */ nanoseconds) => lateMs(nanoseconds);
	process.on('message', (/** @type {{ type?: string, id?: number }} */ message) => {
		if (message?.type !== 'loop') return;
		process.send?.({
			type: 'loop',
			id: message.id,
			p50Ms: ms(histogram.percentile(50)),
			p99Ms: ms(histogram.percentile(99)),
			maxMs: ms(histogram.max),
			meanMs: ms(histogram.mean)
		});
		histogram.reset();
	});
}
