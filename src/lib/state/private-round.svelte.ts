import { revealPlacement } from '../canvas/reveal-layout';
import type { Draft, DraftPatch, DraftsDoc } from '../doc/drafts-doc';
import type { PrivateRound, RoundMode } from '../doc/facilitation-doc';
import type { PlanDoc } from '../doc/plan-doc';
import type { BoardFrame, StickyNote } from '../domain/plan';
import type { StepId } from '../domain/steps';
import type { NoteColor } from '../domain/vocabulary';
import type { Peer } from '../sync/presence';
import { MAX_DRAFTS_PER_ROUND } from '../sync/protocol';
import type { FacilitationController } from './facilitation.svelte';
import type { PresenceController } from './presence.svelte';

/** A place on a step's board (the canvas's world units). */
export interface BoardPoint {
	x: number;
	y: number;
}

type Notes = readonly Readonly<StickyNote>[];
type Frames = readonly Readonly<BoardFrame>[];

/** How revealed notes are placed: the canvas layer's `reveal-layout`, or another in a test. */
export interface RevealPlacement {
	/** Where a reveal starts on a step's board: clear of everything on it. */
	origin(step: StepId, notes: Notes, frames: Frames): BoardPoint;
	/** Places the board computes but does not store yet (written once, so they never move). */
	unsaved(
		step: StepId,
		notes: Notes,
		frames: Frames
	): {
		positions: Map<string, [number, number]>;
		frames: { id: string; name: string; rect: [number, number, number, number] }[];
	};
	/** Where `person`'s drafts go, and their stacking keys, by draft id. */
	place(
		round: PrivateRound,
		person: string,
		drafts: readonly Draft[],
		notes: Notes,
		frames: Frames
	): Map<string, { position: [number, number]; z: string }>;
}

/** This device's drafts document, connected to the relay. */
export interface OwnDrafts {
	doc: DraftsDoc;
	/** It holds the relay's copy (it synced since it last connected). */
	synced(): boolean;
	/** Calls `listener` when the connection's state changes; returns what stops it. */
	watch(listener: () => void): () => void;
	close(): void;
}

export interface RoundParts {
	/** This device's ballot id; null for observers, who write nothing. */
	ballotId: string | null;
	/** Opens this device's drafts document; null for observers. */
	openDrafts: (() => OwnDrafts) | null;
	/** The plan holds the relay's copy. */
	planSynced(): boolean;
}

/** "Ana 3": how many notes one person has written in the round. */
export interface WriterCount {
	clientId: number;
	name: string;
	count: number;
	self: boolean;
}

/**
 * Private rounds ("write alone, then reveal"). During a round each person's notes go into their
 * own drafts document, which the relay lets nobody else open, not even the facilitator; presence
 * tells the others only how many. When the facilitator reveals, each owner's device (now, or when
 * it is next online) moves its drafts onto the board: the draft's id becomes the note's id, so a
 * second device of the same person, a retry after a relay restart or a reconnect never adds a
 * note twice.
 */
export class PrivateRoundController {
	#round: PrivateRound | null = $state.raw(null);
	#mine: readonly Draft[] = $state.raw([]);
	#leftover: readonly Draft[] = $state.raw([]);
	#writing = $state(false);
	#published = $state(0);
	#parts: RoundParts | null = null;
	#own: OwnDrafts | null = null;
	#stopOwn: (() => void)[] = [];
	#told = '';
	#publishing = false;

	constructor(
		private readonly facilitation: FacilitationController,
		private readonly presence: PresenceController,
		private readonly plan: PlanDoc,
		/** Runs a plan write; a refusal becomes the session's message. */
		private readonly edit: (change: (plan: PlanDoc) => void) => boolean,
		private readonly placement: RevealPlacement = revealPlacement
	) {}

	/** The current private round, if any. */
	get round(): PrivateRound | null {
		return this.#round;
	}

	/** This person may write private notes (a shared workshop, not an observer, drafts open). */
	get canWrite(): boolean {
		return this.#writing;
	}

	/** This person's notes in the current round, oldest first (only their own devices see them). */
	get mine(): readonly Draft[] {
		return this.#mine;
	}

	/** This person's notes from earlier rounds that ended without a reveal. */
	get leftover(): readonly Draft[] {
		return this.#leftover;
	}

	/** How many of this device's notes it has moved onto the board (for the live region). */
	get published(): number {
		return this.#published;
	}

	/** How many notes each person present has written in the current round; never their text. */
	get counts(): WriterCount[] {
		const round = this.#round;
		if (!round) return [];
		return countsOf(this.presence.peers, round.id);
	}

	attach(parts: RoundParts): void {
		this.#parts = parts;
		this.changed();
	}

	/** Something this depends on changed: the round, the drafts, the plan's or drafts' sync. */
	changed(): void {
		const parts = this.#parts;
		const round = this.facilitation.value?.round ?? null;
		this.#round = round;
		if (!parts) return;
		if (round && parts.openDrafts && !this.#own) this.#open(parts.openDrafts);
		const own = this.#own;
		const all = own?.doc.all ?? [];
		this.#mine = round ? all.filter((draft) => draft.round === round.id) : [];
		this.#leftover = all.filter((draft) => draft.round !== round?.id);
		this.#writing = own !== null && round?.state === 'writing';
		this.#tell(round);
		// Closed after the change that emptied it has been sent (it may be running inside it).
		if (own && !round && all.length === 0) queueMicrotask(() => this.#closeIfIdle());
		if (round?.state === 'revealed') this.#publish(round);
	}

	/** Writes a private note in the current round; false when there is none or too many. */
	write(text: string, color: NoteColor): boolean {
		const round = this.#round;
		const own = this.#own;
		const trimmed = text.trim();
		if (!round || round.state !== 'writing' || !own || !trimmed) return false;
		if (this.#mine.length >= MAX_DRAFTS_PER_ROUND) return false;
		own.doc.add({ round: round.id, step: round.step, text: trimmed, color });
		return true;
	}

	/** Edits one of this person's private notes. */
	revise(id: string, patch: DraftPatch): void {
		this.#own?.doc.update(id, patch);
	}

	/** Deletes one of this person's private notes (never published). */
	discard(id: string): void {
		this.#own?.doc.remove([id]);
	}

	/** Puts this person's notes from a round that was never revealed on the board themselves. */
	publishLeftover(step: StepId): void {
		const own = this.#own;
		const parts = this.#parts;
		if (!own || !parts?.ballotId) return;
		const drafts = this.#leftover.filter((draft) => draft.step === step);
		const round: PrivateRound = {
			id: drafts[0]?.round ?? 'leftover',
			step,
			mode: 'columns',
			state: 'revealed',
			columns: [],
			origin: null
		};
		this.#moveToBoard(own, parts.ballotId, round, drafts);
	}

	/** Facilitator: starts a private round on `step`. */
	start(step: StepId, mode: RoundMode): void {
		this.facilitation.startRound(step, mode);
	}

	/**
	 * Facilitator: reveals the round. The people who said they wrote something get a column each
	 * (sorted by ballot id, not by name); the notes start below the board as it is now, whose
	 * computed places are written first so that nothing already there moves when they land.
	 */
	reveal(): void {
		const round = this.#round;
		if (!round || round.state !== 'writing' || !this.facilitation.isFacilitator) return;
		const columns = new Set<string>();
		for (const peer of this.presence.peers) {
			if (peer.ballot && peer.drafts?.round === round.id && peer.drafts.count > 0)
				columns.add(peer.ballot);
		}
		const { step } = round;
		const unsaved = this.placement.unsaved(step, ...this.#board(step));
		if (unsaved.positions.size > 0 || unsaved.frames.length > 0) {
			this.edit((plan) =>
				plan.batch(() => {
					for (const [id, position] of unsaved.positions) plan.update('notes', id, { position });
					for (const { id, name, rect } of unsaved.frames) {
						if (!plan.get('frames', id)) plan.add('frames', { step, name, rect }, id);
					}
				})
			);
		}
		this.facilitation.revealRound([...columns], this.placement.origin(step, ...this.#board(step)));
	}

	/** The step's notes and frames as the plan holds them now. */
	#board(step: StepId): [Notes, Frames] {
		return [
			this.plan.list('notes').filter((note) => note.step === step),
			this.plan.list('frames').filter((frame) => frame.step === step)
		];
	}

	/** Facilitator: ends the round. */
	end(): void {
		this.facilitation.endRound();
	}

	#open(openDrafts: () => OwnDrafts): void {
		const own = openDrafts();
		this.#own = own;
		this.#stopOwn.push(own.doc.subscribe(() => this.changed()));
		this.#stopOwn.push(own.watch(() => this.changed()));
	}

	#closeIfIdle(): void {
		if (this.#own && !this.#round && this.#own.doc.all.length === 0) this.#close();
	}

	#close(): void {
		for (const stop of this.#stopOwn) stop();
		this.#stopOwn = [];
		this.#own?.close();
		this.#own = null;
	}

	/** Tells the others how many notes this person wrote in the round (only when it changed). */
	#tell(round: PrivateRound | null): void {
		const value =
			round && this.#own
				? { round: round.id, count: Math.min(this.#mine.length, MAX_DRAFTS_PER_ROUND) }
				: null;
		const told = JSON.stringify(value);
		if (told === this.#told) return;
		this.#told = told;
		this.presence.set('drafts', value);
	}

	/**
	 * Moves this person's drafts of a revealed round onto the board, once both the drafts and the
	 * plan hold the relay's copy: then a draft another device of theirs already published is gone
	 * from the drafts, and its note is in the plan.
	 */
	#publish(round: PrivateRound): void {
		const own = this.#own;
		const parts = this.#parts;
		if (!own || !parts?.ballotId || this.#publishing || this.#mine.length === 0) return;
		if (!own.synced() || !parts.planSynced()) return;
		this.#moveToBoard(own, parts.ballotId, round, this.#mine);
	}

	#moveToBoard(
		own: OwnDrafts,
		person: string,
		round: PrivateRound,
		drafts: readonly Draft[]
	): void {
		if (drafts.length === 0) return;
		this.#publishing = true;
		try {
			const fresh = drafts.filter((draft) => !this.plan.get('notes', draft.id));
			const places = this.placement.place(round, person, fresh, ...this.#board(round.step));
			const written = this.edit((plan) =>
				plan.batch(() => {
					for (const draft of fresh) {
						const place = places.get(draft.id);
						plan.add(
							'notes',
							{
								step: draft.step,
								text: draft.text,
								color: draft.color,
								position: place?.position ?? null,
								z: place?.z ?? '',
								cluster: ''
							},
							draft.id
						);
					}
				})
			);
			// Only once the notes are in the plan (saved on this device, sent to the relay) do the
			// drafts go: a refused write keeps them for the next try.
			if (written) {
				own.doc.remove(drafts.map((draft) => draft.id));
				this.#published += fresh.length;
			}
		} finally {
			this.#publishing = false;
		}
	}

	destroy(): void {
		this.#close();
		this.#parts = null;
	}
}

/** Everyone present who wrote in `round`, by name (people with several devices count once each). */
export function countsOf(peers: readonly Peer[], round: string): WriterCount[] {
	const byPerson = new Map<string, WriterCount>();
	for (const peer of peers) {
		if (peer.role === 'observer' || peer.drafts?.round !== round) continue;
		const key = peer.ballot ?? `client:${peer.clientId}`;
		const known = byPerson.get(key);
		// Two devices of one person: the one that has seen more of their drafts.
		if (known && known.count >= peer.drafts.count) continue;
		byPerson.set(key, {
			clientId: peer.clientId,
			name: peer.name,
			count: peer.drafts.count,
			self: peer.self || (known?.self ?? false)
		});
	}
	return [...byPerson.values()].sort(
		(a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name)
	);
}
