import { encodeBallotList } from '../../sync/protocol';

/** A facilitator's connection to a room's facilitation document (a Hocuspocus Connection). */
export interface BallotListener {
	sendStateless(payload: string): void;
}

/**
 * Tells each facilitator connection which ballots its room has: once when it connects, and again
 * after ballots are created. Creations close together (a room of people voting at once) send one
 * list, `delayMs` after the first.
 */
export class BallotLists {
	/** Per room, each listening socket's connection. */
	readonly #listeners = new Map<string, Map<number, BallotListener>>();
	readonly #pending = new Map<string, NodeJS.Timeout>();
	readonly #list: (roomId: string) => string[];
	readonly #delayMs: number;

	constructor(list: (roomId: string) => string[], delayMs = 50) {
		this.#list = list;
		this.#delayMs = delayMs;
	}

	add(roomId: string, socket: number, listener: BallotListener): void {
		let listeners = this.#listeners.get(roomId);
		if (!listeners) {
			listeners = new Map();
			this.#listeners.set(roomId, listeners);
		}
		listeners.set(socket, listener);
		listener.sendStateless(encodeBallotList(this.#list(roomId)));
	}

	remove(roomId: string, socket: number): void {
		const listeners = this.#listeners.get(roomId);
		if (!listeners?.delete(socket) || listeners.size > 0) return;
		this.#listeners.delete(roomId);
		clearTimeout(this.#pending.get(roomId));
		this.#pending.delete(roomId);
	}

	/** A ballot was created in the room. */
	changed(roomId: string): void {
		if (!this.#listeners.has(roomId) || this.#pending.has(roomId)) return;
		const timer = setTimeout(() => {
			this.#pending.delete(roomId);
			const listeners = this.#listeners.get(roomId);
			if (!listeners) return;
			const payload = encodeBallotList(this.#list(roomId));
			for (const listener of listeners.values()) listener.sendStateless(payload);
		}, this.#delayMs);
		timer.unref();
		this.#pending.set(roomId, timer);
	}

	stop(): void {
		for (const timer of this.#pending.values()) clearTimeout(timer);
		this.#pending.clear();
		this.#listeners.clear();
	}
}
