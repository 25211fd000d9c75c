import * as Y from 'yjs';
import { readAgenda, readSession, type Agenda, type SessionRecord } from '../domain/agenda';
import { isId } from '../domain/ids';
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
	/** The current private round ("write alone, then reveal"), if any. */
	round: PrivateRound | null;
	/** The day's agenda: time boxes, breaks, the day's order, skipped steps, prompts. */
	agenda: Agenda;
	/** The live session's record: when it started and when each step actually ran. */
	session: SessionRecord | null;
}

export type RoundMode = 'columns' | 'stacked';

/**
 * A private round on one step's board: each person writes notes only their own devices can read
 * until the facilitator reveals them; then each owner's device moves its notes onto the board.
 */
export interface PrivateRound {
	id: string;
	step: StepId;
	/** One column per person, or one anonymous stack. */
	mode: RoundMode;
	state: 'writing' | 'revealed';
	/**
	 * Written at the reveal: the ballot ids of the people who had written notes, sorted; their
	 * columns' order. Someone missing (offline then) gets a column after them when they publish.
	 */
	columns: string[];
	/** Written at the reveal: where the revealed notes start, clear of the board's notes then. */
	origin: { x: number; y: number } | null;
}

/** A revealed vote kept for the day's summary, with the moment of its reveal. */
export type RevealedVoteEntry = VoteSession & {
	results: Record<string, number>;
	revealedAt: number;
};
/** Votes kept for the summary: a day has a handful; a long-lived room keeps its latest. */
const MAX_REVEALED = 200;

/** As many columns as a room may have ballots. */
const MAX_COLUMNS = 500;
/** As many people as a room may have ballots: who was in one session. */
const MAX_ATTENDEES = 500;
/** The canvas's coordinate bound (see canvas/geometry). */
const COORDINATE_LIMIT = 1_000_000;

function readOrigin(value: unknown): PrivateRound['origin'] {
	const origin = value as Partial<Record<'x' | 'y', unknown>> | null;
	if (!origin || typeof origin !== 'object') return null;
	const { x, y } = origin;
	if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
		return null;
	const clamp = (n: number) => Math.min(COORDINATE_LIMIT, Math.max(-COORDINATE_LIMIT, n));
	return { x: clamp(x), y: clamp(y) };
}

export function readRound(value: unknown): PrivateRound | null {
	const round = value as Partial<Record<keyof PrivateRound, unknown>> | null;
	if (!round || typeof round !== 'object' || !isId(round.id) || !isStepId(round.step)) return null;
	const columns = Array.isArray(round.columns)
		? [...new Set(round.columns.slice(0, MAX_COLUMNS).filter(isId))].sort()
		: [];
	return {
		id: round.id,
		step: round.step,
		mode: round.mode === 'stacked' ? 'stacked' : 'columns',
		state: round.state === 'revealed' ? 'revealed' : 'writing',
		columns,
		origin: readOrigin(round.origin)
	};
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
				round: readRound(state.get('round')),
				agenda: readAgenda(state.get('agenda')),
				session: readSession(state.get('session')),
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

	/**
	 * Keeps a revealed vote's results with the moment of the reveal, in the same change as the
	 * reveal itself: the next vote replaces the current one, and the day's summary still lists
	 * every vote revealed during the session. The oldest go past `MAX_REVEALED`.
	 */
	setRevealedVote(vote: VoteSession & { results: Record<string, number> }, at: number): void {
		this.#write(() => {
			this.#state.set('vote', JSON.parse(JSON.stringify(vote)));
			let log = this.#state.get('revealed');
			if (!(log instanceof Y.Array)) {
				log = new Y.Array<unknown>();
				this.#state.set('revealed', log);
			}
			const entries = log as Y.Array<unknown>;
			entries.push([{ ...JSON.parse(JSON.stringify(vote)), revealedAt: at }]);
			if (entries.length > MAX_REVEALED) entries.delete(0, entries.length - MAX_REVEALED);
		});
	}

	/** The votes revealed so far, oldest first, each with when it was revealed. */
	revealedVotes(): RevealedVoteEntry[] {
		const log = this.#state.get('revealed');
		if (!(log instanceof Y.Array)) return [];
		return log
			.toArray()
			.slice(-MAX_REVEALED)
			.flatMap((entry) => {
				const vote = readVote(entry);
				const at = (entry as { revealedAt?: unknown } | null)?.revealedAt;
				if (!vote || !vote.results || typeof at !== 'number' || !Number.isFinite(at)) return [];
				return [{ ...vote, results: vote.results, revealedAt: at }];
			});
	}

	/**
	 * The ballots (people) seen here during the session that started at `sessionStart`: the day's
	 * summary is addressed to them, including those who left before it was written. Ids noted for
	 * another session count for nothing.
	 */
	attendees(sessionStart: number): string[] {
		const attendance = this.#state.get('attendance') as
			{ session?: unknown; ballots?: unknown } | null | undefined;
		if (!attendance || attendance.session !== sessionStart || !Array.isArray(attendance.ballots))
			return [];
		return [...new Set(attendance.ballots.filter(isId))].slice(0, MAX_ATTENDEES);
	}

	/** Adds people seen during the session that started at `sessionStart`; writes only news. */
	noteAttendees(sessionStart: number, ballots: readonly string[]): void {
		const known = this.attendees(sessionStart);
		const seen = new Set(known);
		const added = ballots.filter((id) => isId(id) && !seen.has(id) && seen.add(id));
		if (added.length === 0 || known.length >= MAX_ATTENDEES) return;
		const next = [...known, ...added].slice(0, MAX_ATTENDEES);
		this.#write(() => this.#state.set('attendance', { session: sessionStart, ballots: next }));
	}

	setRound(round: PrivateRound | null): void {
		this.#write(() => this.#state.set('round', round ? JSON.parse(JSON.stringify(round)) : null));
	}

	/** The agenda is one plain value: only the facilitator writes it, so there is nothing to merge. */
	setAgenda(agenda: Agenda): void {
		this.#write(() => this.#state.set('agenda', JSON.parse(JSON.stringify(agenda))));
	}

	/**
	 * The session's record, and with it (in the same change, so no device sees one without the
	 * other) the room's step and the timer of that step's time box.
	 */
	setSession(
		session: SessionRecord | null,
		also: { step?: StepId; timer?: TimerState } = {}
	): void {
		this.#write(() => {
			this.#state.set('session', session ? JSON.parse(JSON.stringify(session)) : null);
			if (also.step) this.#state.set('step', also.step);
			if (also.timer) this.#state.set('timer', { ...also.timer });
		});
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
