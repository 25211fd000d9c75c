const windowMs = 60_000;
/** Beyond this many tracked addresses, expired windows are swept so the map cannot grow forever. */
const sweepAbove = 10_000;

/** Counts new connections per client address in fixed one-minute windows. */
export class ConnectionThrottle {
	readonly #limit: number;
	readonly #now: () => number;
	readonly #windows = new Map<string, { start: number; count: number }>();

	constructor(limitPerMinute: number, now: () => number = Date.now) {
		this.#limit = limitPerMinute;
		this.#now = now;
	}

	/** Records a new connection from `address`; false when that address is over its limit. */
	admit(address: string): boolean {
		const now = this.#now();
		if (this.#windows.size > sweepAbove) this.#sweep(now);
		const window = this.#windows.get(address);
		if (!window || now - window.start >= windowMs) {
			this.#windows.set(address, { start: now, count: 1 });
			return this.#limit >= 1;
		}
		window.count += 1;
		return window.count <= this.#limit;
	}

	#sweep(now: number): void {
		for (const [address, window] of this.#windows) {
			if (now - window.start >= windowMs) this.#windows.delete(address);
		}
	}
}

/** Open sockets per client address, so one address cannot hold every file the process has. */
export class OpenSockets {
	readonly #open = new Map<string, number>();

	count(address: string): number {
		return this.#open.get(address) ?? 0;
	}

	add(address: string): void {
		this.#open.set(address, this.count(address) + 1);
	}

	remove(address: string): void {
		const left = this.count(address) - 1;
		if (left <= 0) this.#open.delete(address);
		else this.#open.set(address, left);
	}
}
