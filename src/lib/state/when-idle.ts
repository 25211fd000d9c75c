/** Runs `run` once the page is idle (what it was drawing has painted), or after `within` ms. */
export function whenIdle(run: () => void, within: number): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(run, { timeout: within });
		return () => cancelIdleCallback(handle);
	}
	const handle = setTimeout(run, 0);
	return () => clearTimeout(handle);
}

/**
 * Runs `run` once what the page is drawing now has painted (a frame's callbacks run before its
 * paint, a task queued from one after it) and the page is idle, or `within` ms after that paint.
 */
export function whenPaintedAndIdle(run: () => void, within: number): () => void {
	let cancel = () => {};
	if (typeof requestAnimationFrame !== 'function') return whenIdle(run, within);
	const frame = requestAnimationFrame(() => {
		const timer = setTimeout(() => (cancel = whenIdle(run, within)));
		cancel = () => clearTimeout(timer);
	});
	cancel = () => cancelAnimationFrame(frame);
	return () => cancel();
}
