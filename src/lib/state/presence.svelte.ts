import type { Awareness } from 'y-protocols/awareness';
import type { Peer, PresenceState } from '../sync/presence';
import { dragsOf, editorsOf, sameMarks, type PeerDrag, type PeerMark } from './peer-marks';

/**
 * Who is here and what they are doing, read from Yjs awareness, and what this device tells the
 * others. Empty until the workshop is shared and `attach` is called.
 */
export class PresenceController {
	#peers: readonly Peer[] = $state.raw([]);
	// Replaced only when their content changes: pointers move many times a second, and record rows
	// and map dots must not render again on each move.
	#editors: ReadonlyMap<string, readonly PeerMark[]> = $state.raw(new Map());
	#drags: ReadonlyMap<string, PeerDrag> = $state.raw(new Map());
	#awareness: Awareness | null = null;
	#listeners = new Set<(peers: readonly Peer[]) => void>();
	#detach = () => {};

	/** Everyone present, this device first (`self`). */
	get peers(): readonly Peer[] {
		return this.#peers;
	}

	get me(): Peer | undefined {
		return this.#peers.find((peer) => peer.self);
	}

	/** Other people editing each record, by record id. */
	get editors(): ReadonlyMap<string, readonly PeerMark[]> {
		return this.#editors;
	}

	/** Map dots other people are dragging right now, by record id. */
	get drags(): ReadonlyMap<string, PeerDrag> {
		return this.#drags;
	}

	/**
	 * Starts telling the others `state` and listening to theirs, read with `readPeers` (the sync
	 * code's `peersOf`, passed in by the shared room: that code and the protocol's checks it uses
	 * stay out of a workshop's first load, and a local workshop never needs them).
	 */
	attach(
		awareness: Awareness,
		state: PresenceState,
		readPeers: (awareness: Awareness) => readonly Peer[]
	): void {
		this.#detach();
		this.#awareness = awareness;
		awareness.setLocalState(state);
		const refresh = () => this.#refresh(readPeers(awareness));
		awareness.on('change', refresh);
		this.#detach = () => awareness.off('change', refresh);
		refresh();
	}

	/** Calls `listener` with everyone present whenever presence changes. */
	subscribe(listener: (peers: readonly Peer[]) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Changes one thing this person tells the others; a value already told is not sent again. */
	set<K extends keyof PresenceState>(field: K, value: PresenceState[K]): void {
		const awareness = this.#awareness;
		if (!awareness || awareness.getLocalState()?.[field] === value) return;
		awareness.setLocalStateField(field, value);
	}

	#refresh(peers: readonly Peer[]): void {
		this.#peers = peers;
		const editors = editorsOf(peers);
		if (!sameMarks(editors, this.#editors)) this.#editors = editors;
		const drags = dragsOf(peers);
		if (!sameMarks(drags, this.#drags)) this.#drags = drags;
		for (const listener of this.#listeners) listener(peers);
	}

	destroy(): void {
		this.#detach();
		this.#detach = () => {};
		this.#awareness = null;
		this.#listeners.clear();
	}
}
