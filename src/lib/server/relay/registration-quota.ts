import { createHash, timingSafeEqual } from 'node:crypto';

export const HOUR_MS = 60 * 60 * 1_000;

/**
 * At most so many of something per key (a client address) per window: whether one more is
 * allowed, counting it if so. One process keeps it in memory (HourlyQuota); relays sharing rooms
 * keep it in Redis, so an address gets the same allowance whichever process it reaches.
 */
export interface Quota {
	take(key: string): boolean | Promise<boolean>;
}

/**
 * At most `limit` of something per key (a client address) per hour. The hour is a fixed window
 * that starts with the key's first use: exact enough for "20 rooms an hour", and one small entry
 * per key, dropped once its hour is over. Only what actually happened is counted (a registration
 * refused for another reason costs nothing).
 */
export class HourlyQuota implements Quota {
	readonly #limit: number;
	readonly #windowMs: number;
	readonly #used = new Map<string, { since: number; count: number }>();
	#lastSweep = 0;

	constructor(limit: number, windowMs = HOUR_MS) {
		this.#limit = limit;
		this.#windowMs = windowMs;
	}

	/** Whether `key` may have one more; if so it is counted. */
	take(key: string, now = Date.now()): boolean {
		this.#sweep(now);
		let entry = this.#used.get(key);
		if (!entry || now - entry.since >= this.#windowMs) {
			entry = { since: now, count: 0 };
			this.#used.set(key, entry);
		}
		if (entry.count >= this.#limit) return false;
		entry.count += 1;
		return true;
	}

	/** Keys still counted (for tests and stats). */
	get size(): number {
		return this.#used.size;
	}

	/** Expired windows go at most once per window, so the map holds only the last hour's keys. */
	#sweep(now: number): void {
		if (now - this.#lastSweep < this.#windowMs) return;
		this.#lastSweep = now;
		for (const [key, entry] of this.#used) {
			if (now - entry.since >= this.#windowMs) this.#used.delete(key);
		}
	}
}

function digest(text: string): Buffer {
	return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Whether a token's registration key is the relay's. Both sides are hashed first, so the
 * comparison takes the same time whatever the lengths, and reveals nothing about the key.
 */
export function registrationKeyMatches(expected: string, given: string | undefined): boolean {
	if (given === undefined) return false;
	return timingSafeEqual(digest(expected), digest(given));
}
