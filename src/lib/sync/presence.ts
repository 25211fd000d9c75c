import { unnamedPerson } from '../domain/locale';
import { clipCharacters } from '../domain/text';
import type { Awareness } from 'y-protocols/awareness';
import type { StepId } from '../domain/steps';
import { isStepId } from '../domain/steps';
import { isId } from '../domain/ids';
import { COORDINATE_LIMIT } from '../domain/limits';
import {
	isBallotId,
	MAX_BALLOTS_PER_ROOM,
	readDraftCount,
	ROLES,
	type DraftCount,
	type Role
} from './protocol';

/** What each device tells the others about its person, through Yjs awareness (never stored). */
export interface PresenceState {
	name: string;
	color: string;
	role: Role;
	step: StepId | null;
	/** The facilitator's "ready" round this person said they are ready for; 0 = not ready. */
	ready: number;
	/** Tab hidden or no input for a while. */
	away: boolean;
	/** The record this person is editing (its id), or null. */
	editing: string | null;
	/** This person's ballot id, so the facilitator can count it; null for observers. */
	ballot: string | null;
	/** Pointer over a step's board: x as a fraction of its width, y in pixels from its top. */
	cursor: { step: StepId; x: number; y: number } | null;
	/**
	 * A map dot this person is dragging right now and where it is, in the map's own units (0–100),
	 * so others see it move before the drop writes it to the plan.
	 */
	dragging: { id: string; x: number; y: number } | null;
	/** How many notes this person has written in the current private round (never their text). */
	drafts: DraftCount | null;
	/** Where this person is on a step's canvas right now (see `CanvasPresence`); null elsewhere. */
	canvas: CanvasPresence | null;
}

/** At most this many note ids in a canvas selection or drag told to others (the relay checks it too). */
export const MAX_CANVAS_PRESENCE_IDS = 50;

/**
 * One person on a step's canvas, in the canvas's world units: their pointer, the notes they have
 * selected and the drag in progress (which notes, moved by how much), so others see it before the
 * drop writes it to the plan. Sent at most 20 times a second.
 */
export interface CanvasPresence {
	step: StepId;
	pointer: [number, number] | null;
	selection: string[];
	drag: { ids: string[]; dx: number; dy: number } | null;
}

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
const inWorld = (n: unknown): n is number => finite(n) && Math.abs(n) <= COORDINATE_LIMIT;
/** A drag moves notes by at most the width of the canvas. */
const inDrag = (n: unknown): n is number => finite(n) && Math.abs(n) <= 2 * COORDINATE_LIMIT;

function isIds(value: unknown): value is string[] {
	return Array.isArray(value) && value.length <= MAX_CANVAS_PRESENCE_IDS && value.every(isId);
}

/**
 * Whether a canvas presence is well formed and within its bounds: a step, a pointer inside the
 * canvas, at most 50 note ids selected or dragged. The relay refuses any other (presence-guard.ts);
 * devices drop it (`readCanvasPresence`).
 */
export function isCanvasPresence(value: unknown): value is CanvasPresence {
	const canvas = value as Partial<Record<keyof CanvasPresence, unknown>> | null;
	if (!canvas || typeof canvas !== 'object' || Array.isArray(canvas)) return false;
	if (!isStepId(canvas.step) || !isIds(canvas.selection)) return false;
	const pointer = canvas.pointer;
	if (
		pointer !== null &&
		!(Array.isArray(pointer) && pointer.length === 2 && pointer.every(inWorld))
	)
		return false;
	const drag = canvas.drag as Partial<{ ids: unknown; dx: unknown; dy: unknown }> | null;
	if (drag === null) return true;
	return typeof drag === 'object' && isIds(drag.ids) && inDrag(drag.dx) && inDrag(drag.dy);
}

/** A peer's canvas presence (a copy), or null when anything in it is malformed or too big. */
export function readCanvasPresence(value: unknown): CanvasPresence | null {
	if (!isCanvasPresence(value)) return null;
	const { step, pointer, selection, drag } = value;
	return {
		step,
		pointer: pointer ? [pointer[0], pointer[1]] : null,
		selection: [...new Set(selection)],
		drag: drag ? { ids: [...new Set(drag.ids)], dx: drag.dx, dy: drag.dy } : null
	};
}

function readDragging(value: unknown): PresenceState['dragging'] {
	const drag = value as Partial<{ id: unknown; x: unknown; y: unknown }> | null;
	if (!drag || typeof drag !== 'object' || !isId(drag.id)) return null;
	const { x, y } = drag;
	if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
		return null;
	const clamp = (n: number) => Math.min(100, Math.max(0, n));
	return { id: drag.id, x: clamp(x), y: clamp(y) };
}

function readCursor(value: unknown): PresenceState['cursor'] {
	const cursor = value as Partial<{ step: unknown; x: unknown; y: unknown }> | null;
	if (!cursor || typeof cursor !== 'object' || !isStepId(cursor.step)) return null;
	const { x, y } = cursor;
	if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
		return null;
	return {
		step: cursor.step,
		x: Math.min(1, Math.max(0, x)),
		y: Math.min(100_000, Math.max(0, y))
	};
}

export interface Peer extends PresenceState {
	clientId: number;
	self: boolean;
}

/** Colour-blind-friendly hues with enough contrast for white text. */
export const PRESENCE_COLORS = ['#0f5c6e', '#8a3b12', '#5b3f8c', '#1f6b3a', '#9c2a5b', '#4a5a62'];

export function colorFor(clientId: number): string {
	return PRESENCE_COLORS[clientId % PRESENCE_COLORS.length] ?? '#0f5c6e';
}

/** A peer's state as sent by a device we do not control: anything malformed is dropped. */
export function readPresence(value: unknown): PresenceState | null {
	const state = value as Partial<PresenceState> | null;
	if (!state || typeof state !== 'object') return null;
	if (typeof state.name !== 'string' || !ROLES.includes(state.role as Role)) return null;
	return {
		// Unnamed people are named in the reader's language, not the sender's.
		name: clipCharacters(state.name, 80) || unnamedPerson(),
		color:
			typeof state.color === 'string' && /^#[0-9a-f]{6}$/i.test(state.color)
				? state.color
				: '#4a5a62',
		role: state.role as Role,
		step: isStepId(state.step) ? state.step : null,
		ready: typeof state.ready === 'number' && Number.isInteger(state.ready) ? state.ready : 0,
		away: state.away === true,
		editing: typeof state.editing === 'string' && state.editing.length <= 64 ? state.editing : null,
		ballot: isBallotId(state.ballot) ? state.ballot : null,
		cursor: readCursor(state.cursor),
		dragging: readDragging(state.dragging),
		drafts: readDraftCount(state.drafts),
		canvas: readCanvasPresence(state.canvas)
	};
}

/** "3 of 5 ready": participants (not the facilitator, not observers) ready for this round. */
export function readyCount(peers: readonly Peer[], round: number): { ready: number; of: number } {
	const participants = peers.filter((peer) => peer.role === 'participant');
	return {
		ready: participants.filter((peer) => peer.ready === round).length,
		of: participants.length
	};
}

export function peersOf(awareness: Awareness): Peer[] {
	const peers: Peer[] = [];
	for (const [clientId, value] of awareness.getStates()) {
		const state = readPresence(value);
		if (state) peers.push({ ...state, clientId, self: clientId === awareness.clientID });
	}
	return peers.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}

/**
 * The ballots the facilitator's device should open next to count them: those the relay listed
 * for the room AND that someone present names (a presence claim alone opens nothing, and the
 * relay's list alone would open ballots of people long gone), never its own, never one already
 * open, and never more than `cap` in all.
 */
export function ballotsToOpen(
	listed: ReadonlySet<string>,
	peers: readonly Pick<Peer, 'ballot' | 'self'>[],
	own: string | null,
	open: ReadonlySet<string>,
	cap: number = MAX_BALLOTS_PER_ROOM
): string[] {
	const next: string[] = [];
	for (const peer of peers) {
		const id = peer.ballot;
		if (peer.self || !id || id === own || open.has(id) || !listed.has(id)) continue;
		if (next.includes(id)) continue;
		if (open.size + next.length >= cap) break;
		next.push(id);
	}
	return next;
}
