import { BallotDoc } from '../doc/ballot-doc';
import { ballotsToOpen, type Peer } from '../sync/presence';
import { MAX_BALLOTS_PER_ROOM } from '../sync/protocol';

/**
 * The facilitator's view of the other people's ballots. A ballot is opened (read-only, to count
 * it) only once the relay has listed it for the room and someone present names it: a presence
 * claim alone opens nothing, so fake peers cannot make this device open hundreds of documents.
 */
export class CountedBallots {
	#listed = new Set<string>();
	#open = new Map<string, BallotDoc>();
	#peers: readonly Pick<Peer, 'ballot' | 'self'>[] = [];

	constructor(
		/** Connects a ballot document to the relay; returns what closes it again. */
		private readonly connect: (ballotId: string, doc: BallotDoc) => () => void,
		/** This device's own ballot, counted apart. */
		private readonly own: string | null,
		/** Any counted ballot changed (or a new one opened). */
		private readonly onChange: () => void
	) {}

	#closers: (() => void)[] = [];

	/** The relay's list of the room's ballots. Lists only add: a ballot never leaves its room. */
	listed(ids: readonly string[]): void {
		for (const id of ids) {
			if (this.#listed.size >= MAX_BALLOTS_PER_ROOM) break;
			this.#listed.add(id);
		}
		this.#refresh();
	}

	/** Who is present now, as presence says. */
	present(peers: readonly Pick<Peer, 'ballot' | 'self'>[]): void {
		this.#peers = peers;
		this.#refresh();
	}

	#refresh(): void {
		const next = ballotsToOpen(this.#listed, this.#peers, this.own, new Set(this.#open.keys()));
		for (const id of next) {
			const doc = new BallotDoc();
			this.#open.set(id, doc);
			const unsubscribe = doc.subscribe(this.onChange);
			const disconnect = this.connect(id, doc);
			this.#closers.push(() => {
				unsubscribe();
				disconnect();
				doc.destroy();
			});
		}
		if (next.length > 0) this.onChange();
	}

	/** Every ballot opened so far, by ballot id (people who left stay counted). */
	get ballots(): ReadonlyMap<string, BallotDoc> {
		return this.#open;
	}

	destroy(): void {
		for (const close of this.#closers) close();
		this.#closers = [];
		this.#open.clear();
	}
}
