/** Runs `run` once the page is idle (what it was drawing has painted), or after `within` ms. */
export function whenIdle(run: () => void, within: number): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(run, { timeout: within });
		return () => cancelIdleCallback(handle);
	}
	const handle = setTimeout(run, 0);
	return () => clearTimeout(handle);
}
