import type { Access } from './authorize';
import { FrameRate } from './frame-rate';
import { ReplySlots, SyncRequests } from './sync-requests';

export interface SessionLimits {
	framesPerSecond: number;
	frameBurst: number;
}

/** What the relay knows about one WebSocket, shared with the Hocuspocus hooks via its context. */
export class SocketSession {
	readonly id: number;
	readonly ip: string;
	readonly openedAt = Date.now();
	/** What each token granted, from authentication on. */
	readonly #granted = new Map<string, Access>();
	/** Documents whose Hocuspocus connection is fully set up (authenticated and loaded). */
	readonly #established = new Set<string>();
	/** Frames and bytes sent for documents that are not established yet. */
	readonly #unestablished = new Map<string, { frames: number; bytes: number }>();
	#unestablishedBytes = 0;
	#refusals = 0;
	readonly #warned = new Set<string>();
	readonly #rates = new Map<string, FrameRate>();
	readonly #limits: SessionLimits;
	/** Full-sync requests whose answer is not written yet. */
	readonly requests: SyncRequests;
	/** Called when the last established document leaves (the socket must sign in again). */
	onEmpty: (() => void) | null = null;
	/** Full-sync requests sent before their document's sign-in was decided, one per document. */
	readonly held = new Map<string, Uint8Array>();
	/** Whether the address's allowance of new sockets had room for this one (shared relays ask Redis). */
	admitted: Promise<boolean> = Promise.resolve(true);
	/** Closes the socket (set by the relay once it accepted it). */
	close: ((code: number, reason: string) => void) | null = null;
	/** Called once a document is established (its held request can be answered). */
	onEstablished: ((documentName: string) => void) | null = null;

	constructor(id: number, ip: string, limits: SessionLimits, slots: ReplySlots) {
		this.id = id;
		this.ip = ip;
		this.#limits = limits;
		this.requests = new SyncRequests(ip, slots);
	}

	get establishedCount(): number {
		return this.#established.size;
	}

	/** The frame rate of an established document connection. */
	rateFor(documentName: string): FrameRate {
		let rate = this.#rates.get(documentName);
		if (!rate) {
			rate = new FrameRate(this.#limits.framesPerSecond, this.#limits.frameBurst);
			this.#rates.set(documentName, rate);
		}
		return rate;
	}

	grant(documentName: string, access: Access): void {
		this.#granted.set(documentName, access);
	}

	/** What the socket holds or is signing in to (documents it was granted), for DocumentSlots. */
	granted(): IterableIterator<Access> {
		return this.#granted.values();
	}

	/** The access of an established document; undefined while it is not established. */
	accessTo(documentName: string): Access | undefined {
		return this.#established.has(documentName) ? this.#granted.get(documentName) : undefined;
	}

	establish(documentName: string): void {
		this.#established.add(documentName);
		this.#forgetUnestablished(documentName);
		this.onEstablished?.(documentName);
	}

	release(documentName: string): void {
		const was = this.#established.delete(documentName);
		this.#granted.delete(documentName);
		this.#rates.delete(documentName);
		this.requests.forget(documentName);
		this.held.delete(documentName);
		this.#forgetUnestablished(documentName);
		if (was && this.#established.size === 0) this.onEmpty?.();
	}

	/**
	 * Counts a frame for a document that is not established; false once over a budget: frames per
	 * document (a sign-in takes two or three), documents signing in at once, and bytes across all
	 * of them (what Hocuspocus holds in memory until each sign-in is decided). Per document, so a
	 * facilitator's device opening dozens of small ballots at once over its one socket fits.
	 */
	charge(
		documentName: string,
		bytes: number,
		limits: { frames: number; bytes: number; documents: number }
	): boolean {
		let entry = this.#unestablished.get(documentName);
		if (!entry) {
			if (this.#unestablished.size >= limits.documents) return false;
			entry = { frames: 0, bytes: 0 };
			this.#unestablished.set(documentName, entry);
		}
		entry.frames += 1;
		entry.bytes += bytes;
		this.#unestablishedBytes += bytes;
		return entry.frames <= limits.frames && this.#unestablishedBytes <= limits.bytes;
	}

	/** A sign-in was refused: its frames are dropped with it. Returns the socket's refusals so far. */
	refused(documentName: string): number {
		this.#forgetUnestablished(documentName);
		this.held.delete(documentName);
		this.#refusals += 1;
		return this.#refusals;
	}

	/** True the first time for a key, so a repeated offence is logged once per socket. */
	firstTime(key: string): boolean {
		if (this.#warned.has(key)) return false;
		this.#warned.add(key);
		return true;
	}

	#forgetUnestablished(documentName: string): void {
		const entry = this.#unestablished.get(documentName);
		if (!entry) return;
		this.#unestablished.delete(documentName);
		this.#unestablishedBytes -= entry.bytes;
	}
}
