/**
 * What the app and the relay agree on: limits, roles, document names and the auth token. Shared
 * by both sides (no DOM, no Node APIs), so they cannot drift apart.
 */
import { digest } from 'lib0/hash/sha256';
import { isId } from '../domain/ids';

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
	storeMaxDebounceMs: 5_000,
	/** Longest document name the relay reads; longer ones are refused before anything logs them. */
	maxDocumentNameLength: 100,
	/** Open WebSockets per client address at once (a venue behind one address may need more). */
	socketsPerIp: 64,
	/** A socket that has not signed in to any document by then is closed. */
	signInMs: 10_000,
	/** Documents one socket may have open; the facilitator's socket may add one per ballot. */
	documentsPerSocket: 8,
	/** Refused sign-ins one socket may collect before it is closed. */
	refusalsPerSocket: 16,
	/** Content, presence and presence-query frames per socket: a steady rate per second... */
	framesPerSecond: 100,
	/** ...and the burst a socket may send above it. */
	frameBurst: 400,
	/** A socket whose unsent output passes this is closed as a slow reader. */
	maxBufferedBytes: 48 * 1024 * 1024,
	/** Full-document sync answers the relay encodes at once, across all sockets. */
	concurrentFullEncodes: 2,
	/** Presence: client ids one socket may set per document... */
	presenceClientsPerSocket: 2,
	/** ...the largest state (encoded JSON bytes) it may announce... */
	presenceStateBytes: 4 * 1024,
	/** ...and how far one update may move a state's clock. */
	presenceClockStep: 1_000,
	/** Rooms registered per client address per hour. */
	registrationsPerHourPerIp: 20,
	/** Ballots created per client address per hour. */
	ballotsPerHourPerIp: 600,
	/** Largest private drafts document (one person's notes of a private round). */
	maxDraftsBytes: 2 * 1024 * 1024,
	/**
	 * Largest versions document (the room's saved versions, compressed). When full, the relay
	 * refuses the facilitator's next version (the connection closes with `documentFull`); the
	 * versions already there and the one on the facilitator's device stay, and deleting old
	 * versions makes room again once the relay next stores the document.
	 */
	maxVersionsBytes: 16 * 1024 * 1024,
	/** Rooms one relay keeps. */
	maxRooms: 100_000,
	/** Bytes of stored documents; when reached, new rooms are refused and existing ones keep working. */
	maxStorageBytes: 20 * 1024 * 1024 * 1024,
	/** A room nobody but its facilitator ever joined is deleted this many days after registration. */
	unjoinedRoomDays: 30,
	/** Violation log lines per client address per minute; the rest are counted, then summarised. */
	violationLinesPerMinutePerIp: 20
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
 * A person's drafts (the notes of a private round) are a document only its owner opens at all,
 * facilitator included, until the owner's own device publishes them at the reveal.
 * The room's saved versions of the plan (named snapshots, compressed) are a document everyone
 * reads and only the facilitator writes, like the facilitation document.
 */
export const DOCUMENT_KINDS = ['plan', 'facilitation', 'ballot', 'drafts', 'versions'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Ballot ids are as unguessable as room ids. */
export const BALLOT_ID_LENGTH = 26;

export function isBallotId(value: unknown): value is string {
	return typeof value === 'string' && new RegExp(`^[0-9a-z]{${BALLOT_ID_LENGTH}}$`).test(value);
}

/**
 * A ballot's id, derived from its secret (SHA-256, first 26 base-36 digits ≈ 134 bits). The id is
 * public (presence carries it, revealed ratings are filed under it); deriving it means nobody who
 * only saw an id can open that ballot first and own it, and the relay can tell whose ballot a
 * connection's presence names without storing anything.
 */
export function ballotIdFor(ballotSecret: string): string {
	const hash = digest(new TextEncoder().encode(`canal-ballot:${ballotSecret}`));
	let value = 0n;
	for (const byte of hash) value = (value << 8n) | BigInt(byte);
	return value.toString(36).padStart(BALLOT_ID_LENGTH, '0').slice(0, BALLOT_ID_LENGTH);
}

export type DocumentRef =
	| { roomId: string; kind: 'plan' | 'facilitation' | 'versions' }
	| { roomId: string; kind: 'ballot' | 'drafts'; ballotId: string };

export function documentName(roomId: string, kind: DocumentKind, ballotId?: string): string {
	if (kind === 'plan') return roomId;
	if (kind === 'ballot' || kind === 'drafts') {
		if (!isBallotId(ballotId)) throw new Error(`A ${kind} document needs a ballot id.`);
		return `${roomId}.${kind}.${ballotId}`;
	}
	return `${roomId}.${kind}`;
}

export function parseDocumentName(name: string): DocumentRef | null {
	const [roomId, kind = 'plan', ...rest] = name.split('.');
	if (!isRoomId(roomId)) return null;
	if (kind === 'ballot' || kind === 'drafts') {
		const [ballotId, ...more] = rest;
		return more.length === 0 && isBallotId(ballotId) ? { roomId, kind, ballotId } : null;
	}
	if (rest.length > 0) return null;
	if (kind === 'facilitation' || kind === 'versions') return { roomId, kind };
	if (kind === 'plan' && !name.includes('.')) return { roomId, kind };
	return null;
}

/** Most notes one person keeps in their drafts for one private round. */
export const MAX_DRAFTS_PER_ROUND = 200;

/** How many notes a person has written in a private round: what presence tells, never the text. */
export interface DraftCount {
	round: string;
	count: number;
}

/**
 * Reads a presence `drafts` value from a device we do not control: a round id and a small whole
 * number, or null for anything else. The relay drops presence whose value this refuses.
 */
export function readDraftCount(value: unknown): DraftCount | null {
	const claimed = value as Partial<Record<keyof DraftCount, unknown>> | null;
	if (!claimed || typeof claimed !== 'object' || Array.isArray(claimed)) return null;
	const { round, count } = claimed;
	if (!isId(round) || typeof count !== 'number' || !Number.isInteger(count)) return null;
	if (count < 0 || count > MAX_DRAFTS_PER_ROUND) return null;
	return { round, count };
}

/** Longest registration key a token may carry (`CANAL_REGISTRATION_KEY` on public hosts). */
export const REGISTRATION_KEY_MAX_LENGTH = 256;

/**
 * The auth token a client sends (as JSON) when it opens a document. Until the relay has confirmed
 * a room, the facilitator's connections carry `register`: the other roles' secrets (the relay
 * keeps only their hashes) and, on relays that ask for one, the registration key. Once confirmed,
 * `register` is never sent again.
 */
export interface RelayToken {
	v: 1;
	role: Role;
	secret: string;
	register?: { participant: string; observer: string; key?: string };
	/**
	 * This device's ballot secret, on every document it opens (observers have one too, without a
	 * ballot document): the relay derives the device's ballot id from it (`ballotIdFor`), lets only
	 * this device write that ballot, and lets its presence name only that ballot.
	 */
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
			!isSecret(register.observer) ||
			(register.key !== undefined &&
				(typeof register.key !== 'string' || register.key.length > REGISTRATION_KEY_MAX_LENGTH))
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
	unavailable: 'The relay cannot open this workshop right now. Your copy on this device is safe.',
	registrationKey:
		'This relay shares new workshops only with its registration key. Ask whoever runs it for the key.',
	registrationLimit:
		'Too many new workshops were shared from this network in the last hour; try again later.',
	relayFull:
		'This relay is full and cannot take new workshops. Workshops already shared keep working.',
	tooManyDocuments: 'Too many documents open on one connection.',
	tooManySockets: 'Too many connections from this network; close some tabs or devices.',
	signInTimeout: 'Signing in took too long.',
	tooFast: 'Too many messages; slow down.',
	slowReader: 'This device did not keep up with the relay.',
	badOrigin: 'This page may not connect to the relay.'
} as const;
export type Refusal = keyof typeof REFUSALS;

/**
 * Stateless messages on a room's facilitation document. The relay tells a facilitator's
 * connection which ballots exist in the room (on connecting, and again whenever one is added), so
 * the facilitator's device opens and counts only ballots the relay knows, never ids that presence
 * merely claims.
 */
export const BALLOT_LIST_KIND = 'canal:ballots';
/** Most ballots one room may have; the list and the facilitator's counting stop there. */
export const MAX_BALLOTS_PER_ROOM = 500;

export interface BallotList {
	kind: typeof BALLOT_LIST_KIND;
	ids: string[];
}

export function encodeBallotList(ids: readonly string[]): string {
	const list: BallotList = { kind: BALLOT_LIST_KIND, ids: ids.slice(0, MAX_BALLOTS_PER_ROOM) };
	return JSON.stringify(list);
}

/** Reads a ballot list from the relay; null for anything else (other stateless payloads). */
export function decodeBallotList(payload: unknown): string[] | null {
	if (typeof payload !== 'string' || payload.length > 64 * 1024) return null;
	let value: unknown;
	try {
		value = JSON.parse(payload);
	} catch {
		return null;
	}
	const list = value as Partial<BallotList> | null;
	if (!list || list.kind !== BALLOT_LIST_KIND || !Array.isArray(list.ids)) return null;
	return list.ids.filter(isBallotId).slice(0, MAX_BALLOTS_PER_ROOM);
}
