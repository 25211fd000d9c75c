import type {
	Facilitation,
	FacilitationDoc,
	PrivateRound,
	RoundMode
} from '../doc/facilitation-doc';
import {
	dayOrder,
	defaultAgenda,
	endSession,
	enterStep,
	minutesOf,
	startSession,
	type Agenda,
	type SessionRecord
} from '../domain/agenda';
import { newId } from '../domain/ids';
import type { StepId } from '../domain/steps';
import { startTimer } from '../domain/timer';
import type { VoteSession } from '../domain/voting';
import type { Role } from '../sync/protocol';
import type { PresenceController } from './presence.svelte';

/** No pointer or key for this long, and the others see this person as away. */
export const AWAY_AFTER_MS = 120_000;
/** Someone who typed this recently is never moved to the facilitator's step. */
export const TYPING_SHIELD_MS = 3_000;

/**
 * The facilitator's steering of a shared session: the room's step and who follows it, the timer,
 * locks, "ready?" rounds and votes. Everyone reads it; only the facilitator writes it (the relay
 * refuses anyone else's writes to the facilitation document).
 */
export class FacilitationController {
	#value: Facilitation | null = $state.raw(null);
	#role: Role | null = $state(null);
	#following = $state(true);
	#notice: StepId | null = $state(null);
	#doc: FacilitationDoc | null = null;
	#lastTyped = 0;
	#detach = () => {};

	constructor(
		private readonly presence: PresenceController,
		private readonly now: () => number = Date.now
	) {}

	/** The room's steering, once the workshop is shared. */
	get value(): Facilitation | null {
		return this.#value;
	}

	/** A workshop that is not shared is its facilitator's alone. */
	get isFacilitator(): boolean {
		return this.#role === null || this.#role === 'facilitator';
	}

	/** Participants follow the facilitator unless they opt out. */
	get following(): boolean {
		return this.#following;
	}

	setFollowing(following: boolean): void {
		this.#following = following;
	}

	/** The step the facilitator moved to while this person was typing. */
	get followNotice(): StepId | null {
		return this.#notice;
	}

	dismissNotice(): void {
		this.#notice = null;
	}

	/**
	 * `role` is null for a workshop that is not shared: its facilitation document is kept on this
	 * device only, and its owner plans the agenda in it.
	 */
	attach(doc: FacilitationDoc, role: Role | null): void {
		this.#detach();
		this.#doc = doc;
		this.#role = role;
		const refresh = () => (this.#value = doc.value);
		this.#detach = doc.subscribe(refresh);
		refresh();
	}

	/** Facilitator only; anyone else's change is not even tried. */
	steer(change: (doc: FacilitationDoc) => void): void {
		if (this.#role === 'facilitator' && this.#doc) change(this.#doc);
	}

	/** A locked step is read-only for everyone but the facilitator. */
	isLocked(step: StepId): boolean {
		return !this.isFacilitator && (this.#value?.locked.includes(step) ?? false);
	}

	/** Whether this person may change the agenda: the facilitator, or a local workshop's owner. */
	get mayPlan(): boolean {
		return this.#doc !== null && this.isFacilitator;
	}

	/** The day's agenda (the method's default until someone plans one). */
	get agenda(): Agenda {
		return this.#value?.agenda ?? defaultAgenda();
	}

	/** The live session's record, if one was started. */
	get session(): SessionRecord | null {
		return this.#value?.session ?? null;
	}

	/** Facilitator (or a local workshop's owner): changes the agenda. */
	planAgenda(change: (agenda: Agenda) => Agenda): void {
		if (!this.mayPlan || !this.#doc) return;
		const next = change(this.#doc.value.agenda);
		if (JSON.stringify(next) !== JSON.stringify(this.#doc.value.agenda)) this.#doc.setAgenda(next);
	}

	/**
	 * Starts the live session on `current` (if the day takes it; else on the day's first step) and
	 * that step's time box. Returns the step the facilitator should be on.
	 */
	startSession(current: StepId | null): StepId | null {
		const doc = this.#doc;
		if (!this.mayPlan || !doc) return null;
		const order = dayOrder(doc.value.agenda);
		const step = current && order.includes(current) ? current : (order[0] ?? current);
		const now = this.now();
		const session = startSession(now);
		if (!step) doc.setSession(session);
		else this.#enter(doc, session, step, now);
		return step;
	}

	endSession(): void {
		const doc = this.#doc;
		const session = doc?.value.session;
		if (!this.mayPlan || !doc || !session) return;
		doc.setSession(endSession(session, this.now()), { timer: { kind: 'idle' } });
	}

	/** Records the move to `step` and starts its time box on everyone's screen, in one change. */
	#enter(doc: FacilitationDoc, session: SessionRecord, step: StepId, now: number): void {
		const next = enterStep(session, step, now);
		if (next === session) return;
		const minutes = minutesOf(doc.value.agenda, step);
		doc.setSession(next, {
			step,
			...(minutes === null ? {} : { timer: startTimer(minutes, now) })
		});
	}

	/**
	 * The facilitator's step is the room's step; during a live session, moving to a step also
	 * records when it started (and the last one ended) and starts its time box. Reads the
	 * document, not the reactive value, so the page effect that calls it never reruns on its writes.
	 */
	lead(step: StepId | null): void {
		if (!step) return;
		const doc = this.#doc;
		const session = doc?.value.session;
		if (this.mayPlan && doc && session && session.endedAt === null)
			this.#enter(doc, session, step, this.now());
		else this.steer((target) => target.setStep(step));
	}

	/**
	 * Where a participant who follows the facilitator should go now, or null to stay. Someone who
	 * is typing is never moved: they get a notice instead.
	 */
	followTo(step: StepId | null, inField: boolean): StepId | null {
		const target = this.#value?.step;
		if (this.isFacilitator || !this.#value?.follow || !this.#following) return null;
		if (!target || target === step) {
			this.#notice = null;
			return null;
		}
		if (inField && this.now() - this.#lastTyped < TYPING_SHIELD_MS) {
			this.#notice = target;
			return null;
		}
		this.#notice = null;
		return target;
	}

	/** This person says they are ready for the current round, or not. */
	setReady(ready: boolean): void {
		this.presence.set('ready', ready ? (this.#value?.readyRound ?? 1) : 0);
	}

	/** Facilitator: opens a dot vote on a step. */
	startVote(vote: Pick<VoteSession, 'target' | 'step' | 'budget' | 'onePerItem'>): void {
		this.steer((doc) =>
			doc.setVote({ ...vote, id: newId(12), state: 'open', results: null, voters: 0 })
		);
	}

	endVote(): void {
		this.steer((doc) => doc.setVote(null));
	}

	/** Facilitator: starts a private round on a step (replacing any earlier round). */
	startRound(step: StepId, mode: RoundMode): void {
		this.steer((doc) =>
			doc.setRound({ id: newId(12), step, mode, state: 'writing', columns: [], origin: null })
		);
	}

	/**
	 * Facilitator: reveals the current round. `columns` (whose notes go where) and `origin` (where
	 * they start) are fixed now, so every owner's device places its notes the same way whenever it
	 * publishes them.
	 */
	revealRound(columns: readonly string[], origin: PrivateRound['origin']): void {
		const round = this.#value?.round;
		if (!round || round.state !== 'writing') return;
		this.steer((doc) =>
			doc.setRound({ ...round, state: 'revealed', columns: [...columns].sort(), origin })
		);
	}

	/** Facilitator: closes the round; notes not revealed stay with their writers. */
	endRound(): void {
		this.steer((doc) => doc.setRound(null));
	}

	/**
	 * Watches the page for typing (which shields from following), the record being edited and
	 * whether this person is away (tab hidden, or no input for a while).
	 */
	watchActivity(window: Window): () => void {
		const { document } = window;
		let idle: ReturnType<typeof setTimeout> | undefined;
		const active = () => {
			clearTimeout(idle);
			this.presence.set('away', document.visibilityState === 'hidden');
			idle = setTimeout(() => this.presence.set('away', true), AWAY_AFTER_MS);
		};
		const typed = () => (this.#lastTyped = this.now());
		const focused = (event: FocusEvent) => {
			const record = (event.target as Element | null)?.closest?.('[data-record]');
			this.presence.set('editing', record?.getAttribute('data-record') ?? null);
		};
		const events = ['pointerdown', 'keydown', 'visibilitychange'] as const;
		for (const event of events) document.addEventListener(event, active);
		window.addEventListener('input', typed);
		window.addEventListener('focusin', focused);
		active();
		return () => {
			clearTimeout(idle);
			for (const event of events) document.removeEventListener(event, active);
			window.removeEventListener('input', typed);
			window.removeEventListener('focusin', focused);
		};
	}

	destroy(): void {
		this.#detach();
		this.#detach = () => {};
		this.#doc = null;
	}
}
