/**
 * Where the notes of a private round land on the board at the reveal.
 *
 * Each person's device places only its own notes, at its own time (a device offline at the reveal
 * publishes when it returns), without seeing anyone else's drafts. So the places must follow from
 * what every device knows alike: the round as the facilitator wrote it at the reveal (the sorted
 * list of people who had written notes, and an origin clear of the board's notes then) and the
 * publishing person's own drafts.
 *
 * - `columns`: one column per person, in the order of the round's list, starting at the origin;
 *   a person missing from the list (offline at the reveal) takes the column after them. A column
 *   that would cover a note placed since goes down below it, so nothing overlaps.
 * - `stacked`: one anonymous pile at the origin. Its order and the small offsets that make it
 *   look like a pile come from the notes' ids, never from who wrote them; "Spread out" lays the
 *   pile out afterwards.
 */
import type { BoardFrame, StickyNote } from '../domain/plan';
import type { StepId } from '../domain/steps';
import { boardLayout, unsavedPlaces } from './board-layout';
import { clampPoint, overlaps, unionOf, type Point, type Rect } from './geometry';
import { FRAME_GAP, NOTE_GAP, NOTE_SIZE } from './metrics';
import { FIRST_KEY } from './stacking';

export interface RevealRound {
	readonly mode: 'columns' | 'stacked';
	/** People (ballot ids) in column order, as written at the reveal. */
	readonly columns: readonly string[];
	/** Where the revealed notes start; null when the reveal wrote none (then: below the board). */
	readonly origin: Point | null;
}

export interface RevealDraft {
	readonly id: string;
	/** When its writer wrote it: their column's order. */
	readonly created: number;
}

export interface RevealInput {
	readonly round: RevealRound;
	/** Whose notes these are (their ballot id). */
	readonly person: string;
	readonly drafts: readonly RevealDraft[];
	/** The rectangles of the notes on the board now. */
	readonly board: readonly Rect[];
}

/** Distance from one column's left edge to the next one's. */
export const COLUMN_PITCH = NOTE_SIZE.width + 2 * NOTE_GAP;
/** How far apart the notes of a pile sit, and how many different offsets a pile uses. */
export const PILE_STEP = 6;
export const PILE_OFFSETS = 6;

/** Where a reveal starts on a board: below all of its notes, left-aligned with them. */
export function revealOrigin(board: readonly Rect[]): Point {
	const around = unionOf(board);
	return around === null
		? { x: 0, y: 0 }
		: { x: around.x, y: around.y + around.height + FRAME_GAP };
}

/** Writer's order: oldest first, then by id. */
function byCreated(a: RevealDraft, b: RevealDraft): number {
	if (a.created !== b.created) return a.created < b.created ? -1 : 1;
	return byId(a, b);
}

function byId(a: { readonly id: string }, b: { readonly id: string }): number {
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A small stable number from an id (FNV-1a), the same on every device. */
function idHash(id: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < id.length; index += 1) {
		hash ^= id.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/**
 * Moves `area` down until it covers none of `board` (each step goes below the lowest note it
 * covers, so it ends after at most one step per note).
 */
function clearOf(area: Rect, board: readonly Rect[]): number {
	let top = area.y;
	for (let guard = 0; guard <= board.length; guard += 1) {
		const moved = { ...area, y: top };
		const hit = board.filter((rect) => overlaps(moved, rect));
		if (hit.length === 0) break;
		top = Math.max(...hit.map((rect) => rect.y + rect.height)) + NOTE_GAP;
	}
	return top;
}

/** The top-left corner of each of the person's notes, by draft id. */
export function revealLayout(input: RevealInput): Map<string, Point> {
	const { round, person, board } = input;
	const origin = round.origin ?? revealOrigin(board);
	const positions = new Map<string, Point>();
	const seen = new Set<string>();
	const drafts = input.drafts.filter((draft) => !seen.has(draft.id) && seen.add(draft.id));
	if (drafts.length === 0) return positions;

	if (round.mode === 'stacked') {
		const pile = drafts.sort(byId);
		const span = (PILE_OFFSETS - 1) * PILE_STEP;
		const area = {
			x: origin.x,
			y: origin.y,
			width: NOTE_SIZE.width + span,
			height: NOTE_SIZE.height + span
		};
		const top = clearOf(area, board);
		for (const draft of pile) {
			const offset = (idHash(draft.id) % PILE_OFFSETS) * PILE_STEP;
			positions.set(draft.id, clampPoint({ x: origin.x + offset, y: top + offset }));
		}
		return positions;
	}

	const listed = round.columns.indexOf(person);
	const column = listed >= 0 ? listed : round.columns.length;
	const x = origin.x + column * COLUMN_PITCH;
	const pitch = NOTE_SIZE.height + NOTE_GAP;
	const area = {
		x,
		y: origin.y,
		width: NOTE_SIZE.width,
		height: drafts.length * pitch - NOTE_GAP
	};
	const top = clearOf(area, board);
	drafts.sort(byCreated).forEach((draft, index) => {
		positions.set(draft.id, clampPoint({ x, y: top + index * pitch }));
	});
	return positions;
}

/**
 * A stacking key from a note's id alone (`a0` and the id as a fraction, see stacking.ts): a pile's
 * order says nothing about who wrote what, and every device derives the same key.
 */
export function revealStackKey(id: string): string {
	const fraction = /^[0-9A-Za-z]*$/.test(id) ? id.slice(0, 40).replace(/0+$/, '') : '';
	return `${FIRST_KEY}${fraction}`;
}

/** Everything on a step's board now, as rectangles: notes (stored or computed) and frames. */
export function boardObstacles(
	step: StepId,
	notes: readonly Readonly<StickyNote>[],
	frames: readonly Readonly<BoardFrame>[]
): Rect[] {
	const layout = boardLayout(step, notes, frames);
	return [...layout.notes.map((note) => note.rect), ...layout.frames.map((frame) => frame.rect)];
}

/** The reveal layout for a step's records as the plan holds them (what the app hands the session). */
export const revealPlacement = {
	origin(
		step: StepId,
		notes: readonly Readonly<StickyNote>[],
		frames: readonly Readonly<BoardFrame>[]
	): Point {
		return revealOrigin(boardObstacles(step, notes, frames));
	},
	/** The computed places to write before the reveal, so nothing already there moves after it. */
	unsaved(
		step: StepId,
		notes: readonly Readonly<StickyNote>[],
		frames: readonly Readonly<BoardFrame>[]
	): ReturnType<typeof unsavedPlaces> {
		return unsavedPlaces(boardLayout(step, notes, frames));
	},
	place(
		round: RevealRound & { readonly step: StepId },
		person: string,
		drafts: readonly RevealDraft[],
		notes: readonly Readonly<StickyNote>[],
		frames: readonly Readonly<BoardFrame>[]
	): Map<string, { position: [number, number]; z: string }> {
		const board = boardObstacles(round.step, notes, frames);
		const places = new Map<string, { position: [number, number]; z: string }>();
		for (const [id, point] of revealLayout({ round, person, drafts, board })) {
			places.set(id, { position: [point.x, point.y], z: revealStackKey(id) });
		}
		return places;
	}
};
