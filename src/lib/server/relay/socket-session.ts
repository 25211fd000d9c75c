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
	#unestablishedFrames = 0;
	#unestablishedBytes = 0;
	readonly #warned = new Set<string>();
	readonly #rates = new Map<string, FrameRate>();
	readonly #limits: SessionLimits;
	/** Full-sync requests whose answer is not written yet. */
	readonly requests: SyncRequests;
	/** Called when the last established document leaves (the socket must sign in again). */
	onEmpty: (() => void) | null = null;

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

	/** The access of an established document; undefined while it is not established. */
	accessTo(documentName: string): Access | undefined {
		return this.#established.has(documentName) ? this.#granted.get(documentName) : undefined;
	}

	establish(documentName: string): void {
		this.#established.add(documentName);
		this.#forgetUnestablished(documentName);
	}

	release(documentName: string): void {
		const was = this.#established.delete(documentName);
		this.#granted.delete(documentName);
		this.#rates.delete(documentName);
		this.requests.forget(documentName);
		this.#forgetUnestablished(documentName);
		if (was && this.#established.size === 0) this.onEmpty?.();
	}

	/**
	 * Counts a frame for a document that is not established; false once over either budget. The
	 * budget is the socket's, across documents: what Hocuspocus holds in memory until each sign-in
	 * is decided. (A device signing in to many documents over one socket does it a few at a time.)
	 */
	charge(documentName: string, bytes: number, limits: { frames: number; bytes: number }): boolean {
		const entry = this.#unestablished.get(documentName) ?? { frames: 0, bytes: 0 };
		entry.frames += 1;
		entry.bytes += bytes;
		this.#unestablished.set(documentName, entry);
		this.#unestablishedFrames += 1;
		this.#unestablishedBytes += bytes;
		return this.#unestablishedFrames <= limits.frames && this.#unestablishedBytes <= limits.bytes;
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
		this.#unestablishedFrames -= entry.frames;
		this.#unestablishedBytes -= entry.bytes;
	}
}
