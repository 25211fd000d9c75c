/**
 * What the app and the relay agree on: limits, roles, document names and the auth token. Shared
 * by both sides (no DOM, no Node APIs), so they cannot drift apart.
 */

export const RELAY_LIMITS = {
	/** Largest WebSocket message either side accepts (ws `maxPayload`). */
	maxMessageBytes: 4 * 1024 * 1024,
	/** Largest stored document; updates that would grow a document past it are refused. */
	maxDocumentBytes: 32 * 1024 * 1024,
	/** Before authentication succeeds, a connection may send at most this many messages... */
	preAuthMessages: 32,
	/** ...and this many bytes in all. */
	preAuthBytes: 256 * 1024,
	/** New connections accepted per client address per minute. */
	connectionsPerMinutePerIp: 240,
	/** Store a changed document this long after its last change... */
	storeDebounceMs: 1_000,
	/** ...but at least this often while it keeps changing. */
	storeMaxDebounceMs: 5_000
} as const;

export type Role = 'facilitator' | 'participant' | 'observer';
export const ROLES: readonly Role[] = ['facilitator', 'participant', 'observer'];

/** Room ids carry at least 128 bits of randomness: 26 base-36 characters ≈ 134 bits. */
export const ROOM_ID_LENGTH = 26;
/** Capability secrets: 32 base-36 characters ≈ 165 bits. */
export const SECRET_LENGTH = 32;

export function isRoomId(value: unknown): value is string {
	return typeof value === 'string' && new RegExp(`^[0-9a-z]{${ROOM_ID_LENGTH}}$`).test(value);
}

export function isSecret(value: unknown): value is string {
	return typeof value === 'string' && new RegExp(`^[0-9a-z]{${SECRET_LENGTH}}$`).test(value);
}

/**
 * Documents of a room. The plan is shared by everyone (observers read only); facilitation state
 * (current step, timer, votes revealed, locks) may only be written by the facilitator. Each
 * voter's ballot is a document of its own that only its owner writes and only the facilitator
 * may also read: votes stay hidden from everyone else until the facilitator reveals the totals.
 */
export const DOCUMENT_KINDS = ['plan', 'facilitation', 'ballot'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Ballot ids are as unguessable as room ids. */
export const BALLOT_ID_LENGTH = 26;

export function isBallotId(value: unknown): value is string {
	return typeof value === 'string' && new RegExp(`^[0-9a-z]{${BALLOT_ID_LENGTH}}$`).test(value);
}

export type DocumentRef =
	| { roomId: string; kind: 'plan' | 'facilitation' }
	| { roomId: string; kind: 'ballot'; ballotId: string };

export function documentName(roomId: string, kind: DocumentKind, ballotId?: string): string {
	if (kind === 'plan') return roomId;
	if (kind === 'ballot') {
		if (!isBallotId(ballotId)) throw new Error('A ballot document needs a ballot id.');
		return `${roomId}.ballot.${ballotId}`;
	}
	return `${roomId}.${kind}`;
}

export function parseDocumentName(name: string): DocumentRef | null {
	const [roomId, kind = 'plan', ...rest] = name.split('.');
	if (!isRoomId(roomId)) return null;
	if (kind === 'ballot') {
		const [ballotId, ...more] = rest;
		return more.length === 0 && isBallotId(ballotId) ? { roomId, kind, ballotId } : null;
	}
	if (rest.length > 0) return null;
	if (kind === 'facilitation') return { roomId, kind };
	if (kind === 'plan' && !name.includes('.')) return { roomId, kind };
	return null;
}

/**
 * The auth token a client sends (as JSON) when it opens a document. The facilitator's first
 * connection to a room that the relay does not know yet registers the room with the other roles'
 * secrets; the relay keeps only their hashes.
 */
export interface RelayToken {
	v: 1;
	role: Role;
	secret: string;
	register?: { participant: string; observer: string };
	/** The secret of this device's own ballot (only on ballot documents). */
	ballot?: string;
}

export function encodeToken(token: RelayToken): string {
	return JSON.stringify(token);
}

/** Parses a token from an untrusted client; null for anything malformed. */
export function decodeToken(raw: unknown): RelayToken | null {
	if (typeof raw !== 'string' || raw.length > 1024) return null;
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return null;
	}
	const token = value as Partial<RelayToken> | null;
	if (!token || typeof token !== 'object' || token.v !== 1) return null;
	if (!ROLES.includes(token.role as Role) || !isSecret(token.secret)) return null;
	if (token.ballot !== undefined && !isSecret(token.ballot)) return null;
	if (token.register !== undefined) {
		const register = token.register as Partial<RelayToken['register']>;
		if (
			token.role !== 'facilitator' ||
			!register ||
			!isSecret(register.participant) ||
			!isSecret(register.observer)
		)
			return null;
	}
	return token as RelayToken;
}

/** Why the relay closed or refused a connection; sent as the close reason. */
export const REFUSALS = {
	unauthorized: 'The link is not valid for this workshop.',
	unknownRoom: 'This workshop is not on the relay yet. The facilitator has to open it first.',
	readOnly: 'Observers can only watch.',
	tooLarge: 'A message was too large.',
	tooChatty: 'Too many messages before signing in.',
	throttled: 'Too many connections; try again in a minute.',
	documentFull: 'This workshop has reached the largest size the relay keeps.',
	unavailable: 'The relay cannot open this workshop right now. Your copy on this device is safe.'
} as const;
export type Refusal = keyof typeof REFUSALS;
