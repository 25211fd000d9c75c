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
 * Runs `run` once what the page is drawing now has painted: a frame's callbacks run before its
 * paint, a task queued from one after it. Where there are no frames (Node), in a task of its own.
 */
export function afterPaint(run: () => void): () => void {
	if (typeof requestAnimationFrame !== 'function') {
		const timer = setTimeout(run);
		return () => clearTimeout(timer);
	}
	let cancel = () => {};
	const frame = requestAnimationFrame(() => {
		const timer = setTimeout(run);
		cancel = () => clearTimeout(timer);
	});
	cancel = () => cancelAnimationFrame(frame);
	return () => cancel();
}

/** Runs `run` once what the page is drawing has painted and the page is idle (or `within` ms on). */
export function whenPaintedAndIdle(run: () => void, within: number): () => void {
	if (typeof requestAnimationFrame !== 'function') return whenIdle(run, within);
	let cancel = afterPaint(() => (cancel = whenIdle(run, within)));
	return () => cancel();
}
