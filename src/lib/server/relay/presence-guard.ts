import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { isCanvasPresence } from '../../sync/presence';
import { readDraftCount, type Role } from '../../sync/protocol';
import { MESSAGE_TYPE } from './frame-header';

/**
 * Presence (Yjs awareness) as the relay judges it before the sync engine applies and relays it.
 * An awareness frame lists client ids, each with a clock and a JSON state (null removes it). A
 * socket owns the few ids it created; it may set and remove only those, with its token's role and
 * ballot, small states and clocks that move on by small steps. Ids of others may appear only as
 * echoes of what the relay already has (providers send back every update they receive); those are
 * stripped, and the sync engine sees only the sender's own entries.
 */

export interface PresenceEntry {
	clientId: number;
	clock: number;
	/** The state's JSON text, undecoded (UTF-8). */
	state: Uint8Array;
}

export interface PresenceLimits {
	/** Client ids one socket may own per document. */
	clientsPerSocket: number;
	/** Largest state, in bytes of JSON. */
	stateBytes: number;
	/** How far one update may move an owned id's clock. */
	clockStep: number;
}

/** Who sends: one socket, signed in with a role and (usually) a ballot secret. */
export interface PresenceSender {
	socket: number;
	role: Role;
	/** `ballotIdFor(token.ballot)`, or null when the token carried no ballot secret. */
	ballotId: string | null;
}

/** What the relay's awareness holds for an id it has seen. */
export interface KnownClient {
	clock: number;
	/** It has a state now (a removed id keeps its clock). */
	present: boolean;
}

export interface ClientOwner {
	/** The socket that owns it, or null once that socket left the document. */
	socket: number | null;
	/** Who that socket signed in as (see `identityOf`); null when it had no ballot secret. */
	identity: string | null;
}

export interface PresenceView {
	known(clientId: number): KnownClient | undefined;
	owner(clientId: number): ClientOwner | undefined;
	/** Ids the socket owns on this document now. */
	ownedBy(socket: number): number;
}

export type PresenceRefusal =
	| 'presenceTooManyEntries'
	| 'presenceRepeated'
	| 'presenceTooManyClients'
	| 'presenceNotOwned'
	| 'presenceTooLarge'
	| 'presenceNotObject'
	| 'presenceRole'
	| 'presenceBallot'
	| 'presenceDrafts'
	| 'presenceClock'
	/** A canvas presence that is malformed or beyond its bounds (see `isCanvasPresence`). */
	| 'presenceCanvas';

export type PresenceJudgement =
	/** Apply `entries` (the sender's own; possibly none); `claims` become the sender's. */
	| { verdict: 'apply'; entries: PresenceEntry[]; claims: number[] }
	| { verdict: 'drop'; reason: PresenceRefusal; clientId?: number }
	/** Not an awareness update at all, or a state that is not JSON. */
	| { verdict: 'malformed' };

/** A room's presence frame lists at most this many ids (a provider answering a query lists all). */
export const MAX_PRESENCE_ENTRIES = 1_024;
/** A new id's first clock: providers count from 0, one per change; 2^32 changes never happen. */
export const MAX_FIRST_CLOCK = 2 ** 32;

/**
 * The same person signing in again (a new socket while the old one is not yet gone, or after a
 * reconnect) may take their ids back: same role, same ballot. Without a ballot secret nobody can
 * tell two people apart, so nobody may.
 */
export function identityOf(sender: Pick<PresenceSender, 'role' | 'ballotId'>): string | null {
	return sender.ballotId === null ? null : `${sender.role}:${sender.ballotId}`;
}

/** The entries of an awareness frame (`name, type 1, update`); null when it does not decode. */
export function readPresenceEntries(
	frame: Uint8Array,
	maxEntries = MAX_PRESENCE_ENTRIES
): PresenceEntry[] | 'tooMany' | null {
	try {
		const decoder = decoding.createDecoder(frame);
		decoding.readVarString(decoder);
		if (decoding.readVarUint(decoder) !== MESSAGE_TYPE.awareness) return null;
		const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
		const count = decoding.readVarUint(update);
		if (count > maxEntries) return 'tooMany';
		const entries: PresenceEntry[] = [];
		for (let index = 0; index < count; index += 1) {
			const clientId = decoding.readVarUint(update);
			const clock = decoding.readVarUint(update);
			const state = decoding.readVarUint8Array(update);
			entries.push({ clientId, clock, state });
		}
		return entries;
	} catch {
		return null;
	}
}

/** The same frame carrying only `entries`. */
export function writePresenceFrame(documentName: string, entries: PresenceEntry[]): Uint8Array {
	const update = encoding.createEncoder();
	encoding.writeVarUint(update, entries.length);
	for (const entry of entries) {
		encoding.writeVarUint(update, entry.clientId);
		encoding.writeVarUint(update, entry.clock);
		encoding.writeVarUint8Array(update, entry.state);
	}
	const frame = encoding.createEncoder();
	encoding.writeVarString(frame, documentName);
	encoding.writeVarUint(frame, MESSAGE_TYPE.awareness);
	encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
	return encoding.toUint8Array(frame);
}

const NULL_STATE = new TextEncoder().encode('null');
const textDecoder = new TextDecoder('utf-8', { fatal: true });

/** A removal: the state `null`, exactly as providers write it. */
function isNull(state: Uint8Array): boolean {
	return (
		state.byteLength === NULL_STATE.byteLength && state.every((byte, i) => byte === NULL_STATE[i])
	);
}

/** What the sync engine would do with an entry: nothing when its clock is not newer. */
function changesNothing(entry: PresenceEntry, known: KnownClient | undefined): boolean {
	if (!known) return false;
	if (entry.clock < known.clock) return true;
	// At the same clock only a removal of a present state takes effect.
	return entry.clock === known.clock && (!isNull(entry.state) || !known.present);
}

type StateCheck = PresenceRefusal | 'malformed' | null;

/** Checks a state the sender may set: size, JSON, its role, its ballot and its draft count. */
function checkState(state: Uint8Array, sender: PresenceSender, limits: PresenceLimits): StateCheck {
	if (state.byteLength > limits.stateBytes) return 'presenceTooLarge';
	let value: unknown;
	try {
		value = JSON.parse(textDecoder.decode(state));
	} catch {
		return 'malformed';
	}
	// A removal is written as exactly `null` (see isNull); anything else is a state.
	if (value === null) return isNull(state) ? null : 'presenceNotObject';
	if (typeof value !== 'object' || Array.isArray(value)) return 'presenceNotObject';
	const claimed = value as { role?: unknown; ballot?: unknown; drafts?: unknown; canvas?: unknown };
	if (claimed.role !== undefined && claimed.role !== sender.role) return 'presenceRole';
	if (claimed.ballot !== undefined && claimed.ballot !== null && claimed.ballot !== sender.ballotId)
		return 'presenceBallot';
	// How many private notes someone wrote: a round id and a small count, never anything more.
	if (
		claimed.drafts !== undefined &&
		claimed.drafts !== null &&
		(readDraftCount(claimed.drafts) === null || Object.keys(claimed.drafts).length !== 2)
	)
		return 'presenceDrafts';
	// Relayed to everyone on the step many times a second: only the bounded shape passes.
	if (claimed.canvas !== undefined && claimed.canvas !== null && !isCanvasPresence(claimed.canvas))
		return 'presenceCanvas';
	return null;
}

/** The largest clock the sender may give an id it sets, or null when it may not set it at all. */
function clockLimit(
	owner: ClientOwner | undefined,
	known: KnownClient | undefined,
	sender: PresenceSender,
	limits: PresenceLimits
): number | null {
	const base = known?.clock ?? 0;
	if (owner?.socket === sender.socket) return base + limits.clockStep;
	const identity = identityOf(sender);
	const samePerson = owner !== undefined && identity !== null && owner.identity === identity;
	// Someone else's live id, or a departed one who can be told apart: never.
	if (owner && !samePerson && (owner.socket !== null || owner.identity !== null)) return null;
	// The same person back, or a brand-new id: whatever their device counted to meanwhile.
	if (samePerson || !known) return base + MAX_FIRST_CLOCK;
	// A departed id nobody can be told apart from: small steps, so nobody can freeze it.
	return base + limits.clockStep;
}

/**
 * Decides an awareness frame. Any entry that would change someone else's presence, or break a
 * rule for the sender's own, drops the whole frame: honest providers never send one.
 */
export function judgePresence(
	entries: PresenceEntry[],
	sender: PresenceSender,
	view: PresenceView,
	limits: PresenceLimits
): PresenceJudgement {
	const seen = new Set<number>();
	const own: PresenceEntry[] = [];
	const claims: number[] = [];
	for (const entry of entries) {
		const { clientId } = entry;
		if (seen.has(clientId)) return { verdict: 'drop', reason: 'presenceRepeated', clientId };
		seen.add(clientId);
		const known = view.known(clientId);
		if (changesNothing(entry, known)) continue;
		const owner = view.owner(clientId);
		const mine = owner?.socket === sender.socket;
		const limit = clockLimit(owner, known, sender, limits);
		// Removing an id it never owned would only leave a clock behind.
		if (limit === null || (!mine && !owner && isNull(entry.state))) {
			return { verdict: 'drop', reason: 'presenceNotOwned', clientId };
		}
		if (entry.clock > limit) return { verdict: 'drop', reason: 'presenceClock', clientId };
		const problem = checkState(entry.state, sender, limits);
		if (problem === 'malformed') return { verdict: 'malformed' };
		if (problem) return { verdict: 'drop', reason: problem, clientId };
		if (!mine) {
			if (view.ownedBy(sender.socket) + claims.length >= limits.clientsPerSocket) {
				return { verdict: 'drop', reason: 'presenceTooManyClients', clientId };
			}
			claims.push(clientId);
		}
		own.push(entry);
	}
	return { verdict: 'apply', entries: own, claims };
}
