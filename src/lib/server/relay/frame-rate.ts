/**
 * A token bucket: `burst` frames at once, refilled at `perSecond`. One per document connection,
 * so a socket that multiplexes a facilitator's plan and hundreds of ballots pays per document,
 * and a flood on one document cannot hide behind quiet ones.
 */
export class FrameRate {
	readonly #perMs: number;
	readonly #burst: number;
	readonly #now: () => number;
	#tokens: number;
	#at: number;

	constructor(perSecond: number, burst: number, now: () => number = Date.now) {
		this.#perMs = perSecond / 1_000;
		this.#burst = burst;
		this.#now = now;
		this.#tokens = burst;
		this.#at = now();
	}

	/** Takes one frame's token; false when the bucket is empty (the frame is over the rate). */
	take(): boolean {
		const now = this.#now();
		this.#tokens = Math.min(this.#burst, this.#tokens + (now - this.#at) * this.#perMs);
		this.#at = now;
		if (this.#tokens < 1) return false;
		this.#tokens -= 1;
		return true;
	}
}
