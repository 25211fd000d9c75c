import * as Y from 'yjs';
import { isStepId, type StepId } from '../domain/steps';
import { readTimer, type TimerState } from '../domain/timer';
import { isKeyOf } from '../domain/vocabulary';
import { VOTE_TARGETS, type VoteSession } from '../domain/voting';
import { TxOrigin } from './origins';

export interface Facilitation {
	/** The step the facilitator is on; participants who follow go there too. */
	step: StepId | null;
	follow: boolean;
	timer: TimerState;
	/** Steps the facilitator has locked: read-only for participants. */
	locked: StepId[];
	/** Starts at 1; the facilitator starts a new round to ask "ready?" again. */
	readyRound: number;
	/** The current dot vote, if any. */
	vote: VoteSession | null;
}

function readVote(value: unknown): VoteSession | null {
	const vote = value as Partial<VoteSession> | null;
	if (!vote || typeof vote !== 'object') return null;
	if (typeof vote.id !== 'string' || !isKeyOf(VOTE_TARGETS, vote.target) || !isStepId(vote.step))
		return null;
	const budget = typeof vote.budget === 'number' && vote.budget >= 1 ? Math.floor(vote.budget) : 3;
	const results =
		vote.results && typeof vote.results === 'object'
			? Object.fromEntries(
					Object.entries(vote.results).filter(
						([, count]) => typeof count === 'number' && Number.isInteger(count) && count >= 0
					)
				)
			: null;
	return {
		id: vote.id.slice(0, 40),
		target: vote.target,
		step: vote.step,
		budget: Math.min(budget, 50),
		onePerItem: vote.onePerItem === true,
		state: vote.state === 'revealed' ? 'revealed' : 'open',
		results: vote.state === 'revealed' ? results : null,
		voters: typeof vote.voters === 'number' ? vote.voters : 0
	};
}

/**
 * The room's facilitation state, a document of its own that only the facilitator may write (the
 * relay enforces it). Kept apart from the plan so steering the session never touches the plan
 * or its undo history.
 */
export class FacilitationDoc {
	readonly origin = new TxOrigin('local', 'facilitation');
	#listeners = new Set<() => void>();
	#cache: Facilitation | null = null;

	constructor(readonly ydoc: Y.Doc = new Y.Doc()) {
		this.#state.observeDeep(this.#changed);
	}

	get #state(): Y.Map<unknown> {
		return this.ydoc.getMap('facilitation');
	}

	#changed = () => {
		this.#cache = null;
		for (const listener of this.#listeners) listener();
	};

	get value(): Facilitation {
		if (!this.#cache) {
			const state = this.#state;
			const step = state.get('step');
			const locks = state.get('locks');
			this.#cache = {
				step: isStepId(step) ? step : null,
				follow: state.get('follow') === true,
				timer: readTimer(state.get('timer')),
				vote: readVote(state.get('vote')),
				readyRound: (() => {
					const round = state.get('readyRound');
					return typeof round === 'number' && Number.isInteger(round) && round > 0 ? round : 1;
				})(),
				locked:
					locks instanceof Y.Map
						? [...(locks as Y.Map<unknown>).keys()].filter(isStepId).sort()
						: []
			};
		}
		return this.#cache;
	}

	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	setStep(step: StepId): void {
		if (this.value.step !== step) this.#write(() => this.#state.set('step', step));
	}

	setFollow(follow: boolean): void {
		this.#write(() => this.#state.set('follow', follow));
	}

	setTimer(timer: TimerState): void {
		this.#write(() => this.#state.set('timer', { ...timer }));
	}

	setVote(vote: VoteSession | null): void {
		this.#write(() => this.#state.set('vote', vote ? JSON.parse(JSON.stringify(vote)) : null));
	}

	newReadyRound(): void {
		const next = this.value.readyRound + 1;
		this.#write(() => this.#state.set('readyRound', next));
	}

	setLocked(step: StepId, locked: boolean): void {
		this.#write(() => {
			let locks = this.#state.get('locks');
			if (!(locks instanceof Y.Map)) {
				locks = new Y.Map<boolean>();
				this.#state.set('locks', locks);
			}
			const map = locks as Y.Map<boolean>;
			if (locked) map.set(step, true);
			else map.delete(step);
		});
	}

	#write(change: () => void): void {
		this.ydoc.transact(change, this.origin);
	}

	destroy(): void {
		this.#state.unobserveDeep(this.#changed);
		this.#listeners.clear();
	}
}
