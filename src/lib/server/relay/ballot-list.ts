import { encodeBallotList } from '../../sync/protocol';
import type { Awaitable } from './storage';

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
	readonly #list: (roomId: string) => Awaitable<string[]>;
	readonly #delayMs: number;
	/** A list that could not be read is reported here; the next ballot created sends it again. */
	onError: (error: unknown) => void = () => {};

	constructor(list: (roomId: string) => Awaitable<string[]>, delayMs = 50) {
		this.#list = list;
		this.#delayMs = delayMs;
	}

	/** Sends the room's list through `send`: at once when storage answers at once (SQLite). */
	#withList(roomId: string, send: (payload: string) => void): void {
		let ids;
		try {
			ids = this.#list(roomId);
		} catch (error) {
			this.onError(error);
			return;
		}
		if (!(ids instanceof Promise)) {
			send(encodeBallotList(ids));
			return;
		}
		ids.then((list) => send(encodeBallotList(list)), this.onError);
	}

	add(roomId: string, socket: number, listener: BallotListener): void {
		let listeners = this.#listeners.get(roomId);
		if (!listeners) {
			listeners = new Map();
			this.#listeners.set(roomId, listeners);
		}
		listeners.set(socket, listener);
		this.#withList(roomId, (payload) => {
			if (this.#listeners.get(roomId)?.get(socket) === listener) listener.sendStateless(payload);
		});
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
			if (!this.#listeners.has(roomId)) return;
			this.#withList(roomId, (payload) => {
				for (const listener of this.#listeners.get(roomId)?.values() ?? []) {
					listener.sendStateless(payload);
				}
			});
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
