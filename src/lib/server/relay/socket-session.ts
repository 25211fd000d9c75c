import type { Access } from './authorize';

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

	constructor(id: number, ip: string) {
		this.id = id;
		this.ip = ip;
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
		this.#established.delete(documentName);
		this.#granted.delete(documentName);
		this.#forgetUnestablished(documentName);
	}

	/** Counts a frame for a document that is not established; false once over either budget. */
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
