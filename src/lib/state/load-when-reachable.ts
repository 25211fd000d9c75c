/**
 * Loads a part of the app that is fetched on first use (a dynamic import), trying again until it
 * arrives. A workshop shared on a first visit while offline asks for the relay client before the
 * service worker has kept it: the import fails, and without another try the workshop would never
 * connect once the network is back, short of a reload. Tries again as soon as the browser says it
 * is online, or after a growing wait; stops when `cancelled` says the caller is gone.
 */
export async function loadWhenReachable<T>(
	load: () => Promise<T>,
	options: {
		cancelled?: () => boolean;
		/** Where `online` is announced: the window in a page (tests pass their own). */
		network?: EventTarget | null;
		waitsMs?: readonly number[];
	} = {}
): Promise<T | null> {
	const network = options.network ?? (typeof window === 'undefined' ? null : window);
	const waits = options.waitsMs ?? [1_000, 3_000, 10_000, 30_000];
	for (let attempt = 0; ; attempt++) {
		if (options.cancelled?.()) return null;
		try {
			return await load();
		} catch (error) {
			if (options.cancelled?.()) return null;
			console.warn('A part of the app could not be loaded; trying again.', error);
		}
		const wait = waits[Math.min(attempt, waits.length - 1)] ?? 30_000;
		await new Promise<void>((resolve) => {
			const done = () => {
				clearTimeout(timer);
				network?.removeEventListener('online', done);
				resolve();
			};
			const timer = setTimeout(done, wait);
			network?.addEventListener('online', done);
		});
	}
}
