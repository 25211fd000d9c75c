import type { BallotDoc } from '../doc/ballot-doc';
import type { Recipient } from '../domain/session-summary/mailto';
import type { PlanDoc } from '../doc/plan-doc';
import type { MaturityDimension } from '../domain/vocabulary';
import { placeDot, tally, type Dots } from '../domain/voting';
import type { Peer } from '../sync/presence';
import { CountedBallots } from './counted-ballots';
import type { FacilitationController } from './facilitation.svelte';

/** This device's ballot and, on the facilitator's device, the ballots it may count. */
export interface Ballots {
	own: { id: string; doc: BallotDoc } | null;
	/** Facilitator: connects another person's ballot to read it; returns what closes it. */
	count: ((ballotId: string, doc: BallotDoc) => () => void) | null;
}

/**
 * Private votes and ratings. Each person's dots and maturity ratings live in their own ballot
 * document, which only they write and only the facilitator reads; the facilitator's device
 * counts them when revealing a vote and copies the ratings into the plan on the reveal.
 */
export class BallotBox {
	#myDots: Dots = $state.raw({});
	#myRatings: Partial<Record<MaturityDimension, number>> = $state.raw({});
	#raters = $state(0);
	#own: Ballots['own'] = null;
	#counted: CountedBallots | null = null;
	#stop: (() => void)[] = [];

	constructor(
		private readonly facilitation: FacilitationController,
		/** Runs a plan write; a refusal becomes the session's message. */
		private readonly edit: (change: (plan: PlanDoc) => void) => boolean
	) {}

	/** This person's dots in the current vote. */
	get myDots(): Dots {
		return this.#myDots;
	}

	/** This person's private maturity ratings. */
	get myRatings(): Partial<Record<MaturityDimension, number>> {
		return this.#myRatings;
	}

	/** Facilitator: how many people have rated privately so far (not what they rated). */
	get privateRaters(): number {
		return this.#raters;
	}

	attach({ own, count }: Ballots): void {
		this.#own = own;
		if (count) {
			const counted = new CountedBallots(count, own?.id ?? null, () => this.#countRaters());
			this.#counted = counted;
			this.#stop.push(() => counted.destroy());
		}
		if (own) {
			const refresh = () => {
				const vote = this.facilitation.value?.vote;
				this.#myDots = vote ? own.doc.dots(vote.id) : {};
				this.#myRatings = own.doc.ratings();
			};
			this.#stop.push(own.doc.subscribe(refresh));
			refresh();
		}
	}

	/** The vote may have changed: this person's dots are read for the current one. */
	voteChanged(): void {
		const vote = this.facilitation.value?.vote;
		this.#myDots = vote && this.#own ? this.#own.doc.dots(vote.id) : {};
	}

	/** The relay's list of the room's ballots (facilitator). */
	listed(ids: readonly string[]): void {
		this.#counted?.listed(ids);
	}

	/** Who is present: a listed ballot is counted once someone present names it (facilitator). */
	present(peers: readonly Pick<Peer, 'ballot' | 'self'>[]): void {
		this.#counted?.present(peers);
	}

	/** Places or takes back one of this person's dots in the current vote. */
	castDot(item: string, change: 1 | -1): boolean {
		const vote = this.facilitation.value?.vote;
		const own = this.#own?.doc;
		if (!vote || vote.state !== 'open' || !own) return false;
		const next = placeDot(own.dots(vote.id), item, change, vote);
		if (!next) return false;
		own.setDots(vote.id, next);
		return true;
	}

	/** Facilitator: counts every ballot seen (their own included) and shows the totals to all. */
	revealVote(items: ReadonlySet<string>): void {
		const vote = this.facilitation.value?.vote;
		if (!vote || vote.state !== 'open') return;
		const ballots = this.#ballots()
			.map(([, doc]) => doc.dots(vote.id))
			.filter((dots) => Object.keys(dots).length > 0);
		const results = tally(ballots, vote, items);
		this.facilitation.steer((doc) =>
			doc.setRevealedVote(
				{ ...vote, state: 'revealed', results, voters: ballots.length },
				Date.now()
			)
		);
	}

	/** The address this person shared for the day's summary (their own ballot), or null. */
	get sharedEmail(): string | null {
		return this.#own?.doc.sharedEmail() ?? null;
	}

	/** Whether this device has a ballot to share an address through (a shared workshop). */
	get canShareEmail(): boolean {
		return this.#own !== null;
	}

	shareEmail(address: string | null): void {
		this.#own?.doc.shareEmail(address);
	}

	/** Facilitator: the addresses shared for the summary, by ballot (their own included). */
	sharedEmails(): Recipient[] {
		return this.#ballots().flatMap(([ballot, doc]) => {
			const email = doc.sharedEmail();
			return email ? [{ ballot, email }] : [];
		});
	}

	/** Rates a maturity dimension privately: only the facilitator can read it before the reveal. */
	ratePrivately(dimension: MaturityDimension, score: number | null): void {
		this.#own?.doc.setRating(dimension, score);
		this.#countRaters();
	}

	/**
	 * Facilitator: copies every private rating into the plan, where all see the spread. Each rater
	 * appears under their ballot id, never their name: the ratings stay anonymous.
	 */
	revealRatings(): number {
		let raters = 0;
		this.edit((plan) =>
			plan.batch(() => {
				for (const [ballotId, doc] of this.#ballots()) {
					const ratings = Object.entries(doc.ratings()) as [MaturityDimension, number][];
					if (ratings.length > 0) raters++;
					for (const [dimension, score] of ratings) plan.rate(ballotId, dimension, score);
				}
			})
		);
		return raters;
	}

	/** Every ballot this device can read: the others' counted ones, then its own. */
	#ballots(): [string, BallotDoc][] {
		const ballots: [string, BallotDoc][] = [...(this.#counted?.ballots.entries() ?? [])];
		if (this.#own) ballots.push([this.#own.id, this.#own.doc]);
		return ballots;
	}

	#countRaters(): void {
		this.#raters = this.#ballots().filter(
			([, doc]) => Object.keys(doc.ratings()).length > 0
		).length;
	}

	destroy(): void {
		for (const stop of this.#stop) stop();
		this.#stop = [];
		this.#counted = null;
		this.#own = null;
	}
}
