import { AsyncResource } from 'node:async_hooks';

export interface StoreSchedulerOptions {
	debounceMs: number;
	maxDebounceMs: number;
	/** Stores one document; returns false when it failed and should be tried again later. */
	store: (name: string) => boolean;
	/**
	 * Whether this process may store `name` now, when relays share rooms (see store-leases). When
	 * not, the store waits as a failed one does, and whoever holds the lock calls `storeNow` again
	 * once it may. Without it every store goes ahead.
	 */
	storeLock?: (name: string) => boolean;
}

/**
 * Debounced stores per document: one after a quiet period, and at least one per `maxDebounceMs`
 * while a document keeps changing.
 *
 * A store is scheduled while the relay handles some socket's frame, and a timer would carry that
 * socket's async context along: whatever the store prints (its own log lines included) would be
 * taken for the sync engine's report about that socket (see library-errors) and rate-limited with
 * the socket's violations. Stores run in the scheduler's own context instead, the relay's.
 */
export class StoreScheduler {
	readonly #options: StoreSchedulerOptions;
	readonly #pending = new Map<string, { since: number; timer: NodeJS.Timeout }>();
	readonly #context = new AsyncResource('StoreScheduler');

	constructor(options: StoreSchedulerOptions) {
		this.#options = options;
	}

	#later(name: string, delay: number): NodeJS.Timeout {
		return setTimeout(() => this.#context.runInAsyncScope(() => this.storeNow(name)), delay);
	}

	get pendingCount(): number {
		return this.#pending.size;
	}

	isPending(name: string): boolean {
		return this.#pending.has(name);
	}

	schedule(name: string): void {
		const now = Date.now();
		const entry = this.#pending.get(name);
		const since = entry?.since ?? now;
		if (entry) clearTimeout(entry.timer);
		const { debounceMs, maxDebounceMs } = this.#options;
		const delay = Math.max(0, Math.min(debounceMs, since + maxDebounceMs - now));
		this.#pending.set(name, { since, timer: this.#later(name, delay) });
	}

	/**
	 * Stores `name` now if a store is pending; false only when that store failed or must wait for
	 * the store lock. `force` skips the lock: a relay's last stores as it stops.
	 */
	storeNow(name: string, force = false): boolean {
		const entry = this.#pending.get(name);
		if (!entry) return true;
		clearTimeout(entry.timer);
		this.#pending.delete(name);
		const { storeLock } = this.#options;
		if ((force || !storeLock || storeLock(name)) && this.#options.store(name)) return true;
		// Keep the original start, so a failing document is retried at the slower cadence.
		this.#pending.set(name, {
			since: entry.since,
			timer: this.#later(name, this.#options.maxDebounceMs)
		});
		return false;
	}

	/** Stores `name` now if pending, as the scheduler's own timers do (see the class comment). */
	retry(name: string): void {
		this.#context.runInAsyncScope(() => this.storeNow(name));
	}

	/** Stores everything pending (`force`: whether or not the store lock allows); returns how many failed. */
	flush(force = false): number {
		let failed = 0;
		for (const name of [...this.#pending.keys()]) if (!this.storeNow(name, force)) failed += 1;
		return failed;
	}

	dispose(): void {
		for (const { timer } of this.#pending.values()) clearTimeout(timer);
		this.#pending.clear();
	}
}
