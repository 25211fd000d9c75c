import { AsyncResource } from 'node:async_hooks';

export interface StoreSchedulerOptions {
	debounceMs: number;
	maxDebounceMs: number;
	/**
	 * Stores one document (`compact`: whole); resolves to false when it failed and should be tried
	 * again later.
	 */
	store: (name: string, compact: boolean) => boolean | Promise<boolean>;
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
 *
 * Two stores of one document never overlap (a store on PostgreSQL takes a while): the second
 * starts once the first is done, and `flush` waits for those under way too.
 */
export class StoreScheduler {
	readonly #options: StoreSchedulerOptions;
	readonly #pending = new Map<string, { since: number; timer: NodeJS.Timeout }>();
	readonly #context = new AsyncResource('StoreScheduler');
	/** The store under way per document, last in line. */
	readonly #running = new Map<string, Promise<boolean>>();

	constructor(options: StoreSchedulerOptions) {
		this.#options = options;
	}

	#later(name: string, delay: number): NodeJS.Timeout {
		return setTimeout(() => this.#context.runInAsyncScope(() => void this.storeNow(name)), delay);
	}

	/** Runs one store of `name` once the one under way (if any) is done. */
	#run(name: string, compact: boolean): Promise<boolean> {
		const previous = this.#running.get(name);
		const store = () => this.#options.store(name, compact);
		let started: Promise<boolean>;
		if (previous) {
			started = previous.then(store);
		} else {
			// Nothing under way (always so on SQLite, which stores synchronously): it starts now.
			try {
				started = Promise.resolve(store());
			} catch (error) {
				started = Promise.reject(error as Error);
			}
		}
		const done = started.then(
			(ok) => ok,
			() => false
		);
		this.#running.set(name, done);
		void done.then(() => {
			if (this.#running.get(name) === done) this.#running.delete(name);
		});
		return done;
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
	 * Stores `name` now if a store is pending (else waits for the one under way); false only when
	 * that store failed or must wait for the store lock. `force` skips the lock: a relay's last
	 * stores as it stops.
	 */
	async storeNow(name: string, force = false): Promise<boolean> {
		const entry = this.#pending.get(name);
		if (!entry) return this.#running.get(name) ?? true;
		clearTimeout(entry.timer);
		this.#pending.delete(name);
		const { storeLock } = this.#options;
		const mayStore = force || !storeLock || storeLock(name);
		if (mayStore && (await this.#run(name, false))) return true;
		// Keep the original start, so a failing document is retried at the slower cadence.
		clearTimeout(this.#pending.get(name)?.timer);
		this.#pending.set(name, {
			since: entry.since,
			timer: this.#later(name, this.#options.maxDebounceMs)
		});
		return false;
	}

	/** Stores the whole document, after the store under way if any. */
	compact(name: string): Promise<boolean> {
		return this.#run(name, true);
	}

	/** Stores `name` now if pending, as the scheduler's own timers do (see the class comment). */
	retry(name: string): void {
		this.#context.runInAsyncScope(() => void this.storeNow(name));
	}

	/**
	 * Stores everything pending (`force`: whether or not the store lock allows), and waits for the
	 * stores under way; returns how many failed.
	 */
	async flush(force = false): Promise<number> {
		const names = new Set([...this.#pending.keys(), ...this.#running.keys()]);
		const results = await Promise.all([...names].map((name) => this.storeNow(name, force)));
		return results.filter((ok) => !ok).length;
	}

	dispose(): void {
		for (const { timer } of this.#pending.values()) clearTimeout(timer);
		this.#pending.clear();
	}
}
