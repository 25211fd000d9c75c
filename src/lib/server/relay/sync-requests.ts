/**
 * Answers to full-sync requests (SyncStep1) are what a small frame can make large: a 31-byte
 * request on a 16 MiB document makes the relay encode and queue 16 MiB. Two rules keep that
 * bounded. A document connection has at most one request whose answer has not been written to
 * the network yet (more are dropped: the pending answer already brings the client up to date,
 * and later changes reach it as updates anyway). And answers for large documents are encoded at
 * most `perAddress` at a time per client address; further ones wait until one is written, so a
 * peer that stops reading holds a bounded amount of the relay's memory, whatever it sends.
 */
export class ReplySlots {
	readonly #perAddress: number;
	readonly #busy = new Map<string, number>();
	readonly #waiting = new Map<string, (() => void)[]>();

	constructor(perAddress: number) {
		this.#perAddress = perAddress;
	}

	/** Runs `job` now if `address` has a free slot, else when one frees; it must `release` after. */
	acquire(address: string, job: () => void): void {
		const busy = this.#busy.get(address) ?? 0;
		if (busy < this.#perAddress) {
			this.#busy.set(address, busy + 1);
			job();
			return;
		}
		const queue = this.#waiting.get(address) ?? [];
		queue.push(job);
		this.#waiting.set(address, queue);
	}

	release(address: string): void {
		const next = this.#waiting.get(address)?.shift();
		if (next) {
			// The slot passes straight to the next job.
			if (this.#waiting.get(address)?.length === 0) this.#waiting.delete(address);
			next();
			return;
		}
		const busy = (this.#busy.get(address) ?? 1) - 1;
		if (busy <= 0) this.#busy.delete(address);
		else this.#busy.set(address, busy);
	}

	/** Addresses holding or waiting for a slot (for stats and tests). */
	get addresses(): number {
		return new Set([...this.#busy.keys(), ...this.#waiting.keys()]).size;
	}
}

/** `holding`: this request holds one of its address's reply slots. */
type Pending = { holding: boolean };

/** One socket's outstanding sync requests, per document. */
export class SyncRequests {
	readonly #address: string;
	readonly #slots: ReplySlots;
	readonly #pending = new Map<string, Pending>();
	#closed = false;

	constructor(address: string, slots: ReplySlots) {
		this.#address = address;
		this.#slots = slots;
	}

	/**
	 * A request arrived for `documentName`; `deliver` hands it to the sync engine. False (nothing
	 * delivered) while an earlier request on that document is still unanswered.
	 */
	request(documentName: string, large: boolean, deliver: () => void): boolean {
		if (this.#pending.has(documentName)) return false;
		const pending: Pending = { holding: false };
		this.#pending.set(documentName, pending);
		if (!large) {
			deliver();
			return true;
		}
		this.#slots.acquire(this.#address, () => {
			// The socket closed or the document left while this request waited for its turn.
			if (this.#closed || this.#pending.get(documentName) !== pending) {
				this.#slots.release(this.#address);
				return;
			}
			pending.holding = true;
			deliver();
		});
		return true;
	}

	/** The answer for `documentName` has been written to the network. */
	answered(documentName: string): void {
		const pending = this.#pending.get(documentName);
		if (!pending) return;
		this.#pending.delete(documentName);
		if (pending.holding) this.#slots.release(this.#address);
	}

	/** The document left the socket: its request will not be answered. */
	forget(documentName: string): void {
		this.answered(documentName);
	}

	close(): void {
		this.#closed = true;
		for (const name of [...this.#pending.keys()]) this.answered(name);
	}

	get pendingCount(): number {
		return this.#pending.size;
	}
}
