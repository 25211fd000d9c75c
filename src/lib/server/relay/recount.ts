import type { Awaitable } from './storage';

/**
 * Runs `recount` when asked, at most once per `everyMs`: a caller within that time of the last
 * recount (or while one runs) gets that one. Relays sharing a storage check the rooms and bytes
 * every process stored before a new room is registered; a burst of registrations costs one
 * recount per interval, not one each.
 */
export class Recount {
	readonly #recount: () => Awaitable<void>;
	readonly #everyMs: number;
	readonly #now: () => number;
	#startedAt = -Infinity;
	#running: Promise<void> | null = null;

	constructor(recount: () => Awaitable<void>, everyMs: number, now: () => number = Date.now) {
		this.#recount = recount;
		this.#everyMs = everyMs;
		this.#now = now;
	}

	/** Resolves once the totals are at most `everyMs` old; rejects when the recount failed. */
	fresh(): Promise<void> {
		if (this.#running) return this.#running;
		const now = this.#now();
		if (now - this.#startedAt < this.#everyMs) return Promise.resolve();
		this.#startedAt = now;
		// Started on the next tick, so a recount that throws at once still ends what it started.
		const running = Promise.resolve()
			.then(() => this.#recount())
			.catch((error: unknown) => {
				// A failed recount counts for nothing: the next caller tries again.
				this.#startedAt = -Infinity;
				throw error;
			})
			.finally(() => {
				this.#running = null;
			});
		this.#running = running;
		return running;
	}
}
