import * as Y from 'yjs';
import { emailAddress } from '../domain/session-summary/mailto';
import type { Dots } from '../domain/voting';
import { isKeyOf, MATURITY_DIMENSIONS, type MaturityDimension } from '../domain/vocabulary';
import { TxOrigin } from './origins';

/**
 * One person's ballot: their dots per vote. It lives in a document of its own that the relay lets
 * only its owner write and only the facilitator also read, so nobody else sees a vote before the
 * reveal.
 */
export class BallotDoc {
	readonly origin = new TxOrigin('local', 'ballot');
	#listeners = new Set<() => void>();

	constructor(readonly ydoc: Y.Doc = new Y.Doc()) {
		this.#votes.observeDeep(this.#changed);
		this.ydoc.getMap('maturity').observe(this.#changed);
	}

	get #votes(): Y.Map<unknown> {
		return this.ydoc.getMap('votes');
	}

	#changed = () => {
		for (const listener of this.#listeners) listener();
	};

	/** This ballot's dots in one vote (malformed entries dropped). */
	dots(voteId: string): Dots {
		const value = this.#votes.get(voteId);
		if (!value || typeof value !== 'object') return {};
		return Object.fromEntries(
			Object.entries(value as Record<string, unknown>).filter(
				(entry): entry is [string, number] =>
					typeof entry[1] === 'number' && Number.isInteger(entry[1]) && entry[1] > 0
			)
		);
	}

	/** This person's private maturity ratings, 1–5 per dimension. */
	ratings(): Partial<Record<MaturityDimension, number>> {
		const value = this.ydoc.getMap('maturity').toJSON() as Record<string, unknown>;
		return Object.fromEntries(
			Object.entries(value).filter(
				(entry): entry is [MaturityDimension, number] =>
					isKeyOf(MATURITY_DIMENSIONS, entry[0]) &&
					Number.isInteger(entry[1]) &&
					(entry[1] as number) >= 1 &&
					(entry[1] as number) <= 5
			)
		);
	}

	setRating(dimension: MaturityDimension, score: number | null): void {
		this.ydoc.transact(() => {
			const map = this.ydoc.getMap('maturity');
			if (score === null) map.delete(dimension);
			else map.set(dimension, Math.min(5, Math.max(1, Math.round(score))));
		}, this.origin);
	}

	/**
	 * The address this person shared for the day's summary, or null. It lives in the ballot because
	 * the ballot is the one document only its owner writes and only the facilitator also reads: an
	 * address shared here reaches the facilitator's mail draft and no other participant.
	 */
	sharedEmail(): string | null {
		const value = this.ydoc.getMap('summary').get('email');
		return typeof value === 'string' ? emailAddress(value) : null;
	}

	/** Shares an address for the summary (a valid one only), or takes it back with null. */
	shareEmail(address: string | null): void {
		const valid = address === null ? null : emailAddress(address);
		this.ydoc.transact(() => {
			const map = this.ydoc.getMap('summary');
			if (valid === null) map.delete('email');
			else map.set('email', valid);
		}, this.origin);
	}

	setDots(voteId: string, dots: Dots): void {
		this.ydoc.transact(() => this.#votes.set(voteId, { ...dots }), this.origin);
	}

	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	destroy(): void {
		this.#votes.unobserveDeep(this.#changed);
		this.ydoc.getMap('maturity').unobserve(this.#changed);
		this.#listeners.clear();
	}
}
