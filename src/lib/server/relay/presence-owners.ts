import { FrameRate } from './frame-rate';
import type { ClientOwner } from './presence-guard';

/** Departed ids remembered per document, so their person can take them back and nobody else. */
export const RETIRED_PER_DOCUMENT = 256;
/** Echoes a socket may owe at most: a provider that stopped reading cannot bank more. */
export const MAX_ECHO_CREDIT = 1_024;
/**
 * Changes of its own presence a socket may send per document: the relay sends each to everyone
 * in the room, so one change costs as much as the room is large. The app sends at most 20 a
 * second (pointer and drag positions are paced), plus a few of its other fields.
 */
export const PRESENCE_RATE = { perSecond: 40, burst: 80 } as const;

/**
 * The owner of ids set through another relay process (rooms shared through Redis): no socket of
 * this process is that one, so no socket here may set them (see clockLimit), unless it is the
 * same person signing in again here.
 */
export const OTHER_PROCESS = -1;

interface SocketPresence {
	/** The broadcasts counted so far, and the echoes it may still send for free. */
	at: number;
	credit: number;
	/** Its own presence changes. */
	changes: FrameRate;
}

class DocumentOwners {
	readonly owners = new Map<number, ClientOwner>();
	readonly bySocket = new Map<number, Set<number>>();
	/** Ids whose socket left, oldest first. */
	readonly retired = new Set<number>();
	/** Presence frames the relay sent to every connection of the document. */
	broadcasts = 0;
	readonly sockets = new Map<number, SocketPresence>();
}

/**
 * Which socket owns which presence client id, per document. A socket owns the ids whose first
 * update it sent (see judgePresence); when it leaves the document they are retired, remembered
 * with who owned them, up to RETIRED_PER_DOCUMENT per document. A document's entry goes when its
 * last connection does.
 */
export class PresenceOwners {
	readonly #documents = new Map<string, DocumentOwners>();
	readonly #retiredLimit: number;
	readonly #rate: { perSecond: number; burst: number };

	constructor(
		retiredLimit = RETIRED_PER_DOCUMENT,
		rate: { perSecond: number; burst: number } = PRESENCE_RATE
	) {
		this.#retiredLimit = retiredLimit;
		this.#rate = rate;
	}

	#document(documentName: string): DocumentOwners {
		let document = this.#documents.get(documentName);
		if (!document) {
			document = new DocumentOwners();
			this.#documents.set(documentName, document);
		}
		return document;
	}

	/**
	 * The socket joined the document. Providers send back every presence update they receive; such
	 * an echo changes nothing and costs the sender nothing, up to one per frame the relay sent it
	 * (and one for the presence it got on joining).
	 */
	join(documentName: string, socket: number): void {
		const document = this.#document(documentName);
		const changes = new FrameRate(this.#rate.perSecond, this.#rate.burst);
		document.sockets.set(socket, { at: document.broadcasts, credit: 1, changes });
	}

	/** Whether the socket may change its presence once more now; if so it is counted. */
	takeChange(documentName: string, socket: number): boolean {
		return this.#documents.get(documentName)?.sockets.get(socket)?.changes.take() ?? false;
	}

	/** The relay sent a presence update to every connection of the document. */
	broadcast(documentName: string): void {
		const document = this.#documents.get(documentName);
		if (document) document.broadcasts += 1;
	}

	/** Whether the socket may send one more echo for free; if so it is counted. */
	takeEcho(documentName: string, socket: number): boolean {
		const document = this.#documents.get(documentName);
		const echo = document?.sockets.get(socket);
		if (!document || !echo) return false;
		echo.credit = Math.min(MAX_ECHO_CREDIT, echo.credit + document.broadcasts - echo.at);
		echo.at = document.broadcasts;
		if (echo.credit < 1) return false;
		echo.credit -= 1;
		return true;
	}

	owner(documentName: string, clientId: number): ClientOwner | undefined {
		return this.#documents.get(documentName)?.owners.get(clientId);
	}

	ownedBy(documentName: string, socket: number): number {
		return this.#documents.get(documentName)?.bySocket.get(socket)?.size ?? 0;
	}

	claim(documentName: string, clientId: number, socket: number, identity: string | null): void {
		const document = this.#document(documentName);
		const previous = document.owners.get(clientId);
		if (previous?.socket != null) document.bySocket.get(previous.socket)?.delete(clientId);
		document.retired.delete(clientId);
		document.owners.set(clientId, { socket, identity });
		let ids = document.bySocket.get(socket);
		if (!ids) {
			ids = new Set();
			document.bySocket.set(socket, ids);
		}
		ids.add(clientId);
	}

	/**
	 * Another process set the id's presence: it belongs to that process's socket, signed in as
	 * `identity` (read from the state, which that process checked against its sender's token).
	 * An id a socket of this process owns stays its own.
	 */
	claimElsewhere(documentName: string, clientId: number, identity: string | null): void {
		const document = this.#document(documentName);
		const previous = document.owners.get(clientId);
		if (previous && previous.socket !== null && previous.socket !== OTHER_PROCESS) return;
		document.retired.delete(clientId);
		document.owners.set(clientId, { socket: OTHER_PROCESS, identity });
	}

	/**
	 * An id owned through another process lost its presence (its socket left there): retired as
	 * a departed local one is. Returns the ids forgotten to make room (see `release`).
	 */
	releaseElsewhere(documentName: string, clientId: number): number[] {
		const document = this.#documents.get(documentName);
		const owner = document?.owners.get(clientId);
		if (!document || owner?.socket !== OTHER_PROCESS) return [];
		owner.socket = null;
		document.retired.add(clientId);
		return this.#trimRetired(document);
	}

	/**
	 * The socket left the document: its ids are retired. Returns the ids forgotten to make room,
	 * so the caller can drop what the sync engine still keeps about them.
	 */
	release(documentName: string, socket: number): number[] {
		const document = this.#documents.get(documentName);
		document?.sockets.delete(socket);
		const ids = document?.bySocket.get(socket);
		if (!document || !ids) return [];
		document.bySocket.delete(socket);
		for (const clientId of ids) {
			const owner = document.owners.get(clientId);
			if (owner) owner.socket = null;
			document.retired.add(clientId);
		}
		return this.#trimRetired(document);
	}

	#trimRetired(document: DocumentOwners): number[] {
		const forgotten: number[] = [];
		for (const clientId of document.retired) {
			if (document.retired.size <= this.#retiredLimit) break;
			document.retired.delete(clientId);
			document.owners.delete(clientId);
			forgotten.push(clientId);
		}
		return forgotten;
	}

	/** Nobody is connected to the document any more. */
	forget(documentName: string): void {
		this.#documents.delete(documentName);
	}

	/** Documents with an entry (for tests and stats). */
	get documents(): number {
		return this.#documents.size;
	}
}
