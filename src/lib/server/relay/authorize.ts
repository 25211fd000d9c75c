import {
	ballotIdFor,
	decodeToken,
	parseDocumentName,
	type DocumentKind,
	type Refusal,
	type Role
} from '../../sync/protocol';
import type { DocumentSlot, HeldDocument } from './document-slots';
import { registrationKeyMatches, type Quota } from './registration-quota';
import type { RoomRecords } from './storage';

export interface Access {
	roomId: string;
	kind: DocumentKind;
	role: Role;
	/** Observers only watch; participants only watch the facilitation document. */
	readOnly: boolean;
	/** The ballot this token's device owns (derived from its ballot secret); null without one. */
	ballotId: string | null;
	slot: DocumentSlot;
}

/** What a sign-in is decided against, besides the token. */
export interface Admission {
	rooms: RoomRecords;
	/** The client address, which quotas count by. */
	ip: string;
	/** Whether the signing-in socket may hold one more document of this slot. */
	slotFree(document: HeldDocument): boolean;
	/** Public hosts set one; a new room is registered only by a token carrying it. */
	registrationKey?: string;
	/** Rooms registered per address per hour. */
	registrations: Quota;
	/** Ballots created per address per hour. */
	ballots: Quota;
	/** The relay keeps as many rooms or bytes as it may: no new room. */
	full(): boolean | Promise<boolean>;
	maxBallotsPerRoom: number;
}

export type AuthRefusal = Extract<
	Refusal,
	| 'unauthorized'
	| 'unknownRoom'
	| 'registrationKey'
	| 'registrationLimit'
	| 'relayFull'
	| 'tooManyDocuments'
	| 'documentFull'
	| 'tooFast'
>;

export type Authorization =
	| { ok: true; access: Access; registered: boolean; ballotCreated: boolean }
	| { ok: false; refusal: AuthRefusal };

function refused(refusal: AuthRefusal): Authorization {
	return { ok: false, refusal };
}

function canWrite(role: Role, kind: DocumentKind): boolean {
	if (role === 'facilitator') return true;
	return role === 'participant' && kind === 'plan';
}

/**
 * A ballot document belongs to whoever holds the secret its id is derived from: they write it (and
 * its row is created when they first open it). The facilitator reads every ballot the room has, to
 * count the votes; nobody else gets in, and observers never do.
 */
async function authorizeBallot(
	admission: Admission,
	access: Access,
	ballotId: string,
	token: { secret: string; ballot?: string }
): Promise<Authorization> {
	const { rooms } = admission;
	const { roomId, role } = access;
	if (role === 'observer' || !(await rooms.verify(roomId, role, token.secret))) {
		return refused('unauthorized');
	}
	const own = access.ballotId === ballotId;
	const exists = await rooms.ballotExists(roomId, ballotId);
	if (!own && (role !== 'facilitator' || !exists)) return refused('unauthorized');
	const slot = own ? 'ownBallot' : 'otherBallot';
	if (!admission.slotFree({ roomId, slot })) return refused('tooManyDocuments');
	let ballotCreated = false;
	if (own && token.ballot && !exists) {
		const created = await createBallotRow(admission, roomId, ballotId, token.ballot);
		if (typeof created === 'object') return created;
		ballotCreated = created;
	}
	if (role === 'participant') await rooms.markJoined(roomId);
	return {
		ok: true,
		access: { ...access, readOnly: !own, slot },
		registered: false,
		ballotCreated
	};
}

/**
 * Creates the row of a ballot its owner opens for the first time, within the room's cap and the
 * address's hourly quota (a refusal otherwise); true when this call created it.
 */
async function createBallotRow(
	admission: Admission,
	roomId: string,
	ballotId: string,
	secret: string
): Promise<boolean | Authorization> {
	const { rooms, ip } = admission;
	if ((await rooms.ballotCount(roomId)) >= admission.maxBallotsPerRoom) {
		return refused('documentFull');
	}
	if (!(await admission.ballots.take(ip))) return refused('tooFast');
	return rooms.createBallot(roomId, ballotId, secret);
}

/**
 * A person's drafts (their private notes in a private round) are theirs alone: only the holder of
 * the ballot secret the id is derived from opens them, to read or write; the facilitator is
 * refused like everyone else, and so are observers, who write nothing. Each drafts document
 * belongs to a ballot row (created here, within the same per-room cap and per-address quota, when
 * its owner never opened their ballot), so rooms hold no more drafts documents than ballots.
 */
async function authorizeDrafts(
	admission: Admission,
	access: Access,
	ballotId: string,
	token: { secret: string; ballot?: string }
): Promise<Authorization> {
	const { rooms } = admission;
	const { roomId, role } = access;
	if (role === 'observer' || !(await rooms.verify(roomId, role, token.secret))) {
		return refused('unauthorized');
	}
	if (!token.ballot || access.ballotId !== ballotId) return refused('unauthorized');
	if (!admission.slotFree({ roomId, slot: 'ownDrafts' })) return refused('tooManyDocuments');
	let ballotCreated = false;
	if (!(await rooms.ballotExists(roomId, ballotId))) {
		const created = await createBallotRow(admission, roomId, ballotId, token.ballot);
		if (typeof created === 'object') return created;
		ballotCreated = created;
	}
	if (role === 'participant') await rooms.markJoined(roomId);
	return {
		ok: true,
		access: { ...access, readOnly: false, slot: 'ownDrafts' },
		registered: false,
		ballotCreated
	};
}

/**
 * Registers a room the relay has never seen, for a token that carries the other roles' secrets,
 * within the relay's quotas: true when this sign-in registered it, false when another one did
 * meanwhile (the caller then checks the token against the room like any other), or a refusal.
 */
async function register(
	admission: Admission,
	roomId: string,
	token: NonNullable<ReturnType<typeof decodeToken>>
): Promise<boolean | Authorization> {
	if (!token.register) return refused('unknownRoom');
	if (
		admission.registrationKey !== undefined &&
		!registrationKeyMatches(admission.registrationKey, token.register.key)
	) {
		return refused('registrationKey');
	}
	const secrets = {
		facilitator: token.secret,
		participant: token.register.participant,
		observer: token.register.observer
	};
	// Shared secrets would let a participant link act as the facilitator.
	if (new Set(Object.values(secrets)).size !== 3) return refused('unauthorized');
	if (await admission.full()) return refused('relayFull');
	// Counted last: only rooms actually registered use the address's quota.
	if (!(await admission.registrations.take(admission.ip))) return refused('registrationLimit');
	return admission.rooms.create(roomId, secrets);
}

/**
 * Decides what a token grants on a document. The facilitator's first connection to a room the relay
 * has never seen registers it, within the relay's quotas; anyone else has to wait until that
 * happened. Every document of the facilitator's device (plan, facilitation, own ballot) signs in
 * on one socket with the registration and the relay answers them in any order, so whichever comes
 * first registers the room. Every check that refuses comes before anything is written.
 */
export async function authorize(
	admission: Admission,
	name: string,
	rawToken: unknown
): Promise<Authorization> {
	const document = parseDocumentName(name);
	const token = decodeToken(rawToken);
	if (!document || !token) return refused('unauthorized');
	const { roomId, kind } = document;
	const access: Access = {
		roomId,
		kind,
		role: token.role,
		readOnly: !canWrite(token.role, kind),
		ballotId: token.ballot ? ballotIdFor(token.ballot) : null,
		slot: 'document'
	};
	const personal = document.kind === 'ballot' || document.kind === 'drafts';
	if (!personal && !admission.slotFree({ roomId, slot: 'document' })) {
		return refused('tooManyDocuments');
	}
	let registered = false;
	if (!(await admission.rooms.exists(roomId))) {
		const registration = await register(admission, roomId, token);
		if (typeof registration === 'object') return registration;
		registered = registration;
	}
	if (document.kind === 'ballot') {
		return withRegistration(
			await authorizeBallot(admission, access, document.ballotId, token),
			registered
		);
	}
	if (document.kind === 'drafts') {
		return withRegistration(
			await authorizeDrafts(admission, access, document.ballotId, token),
			registered
		);
	}
	if (!registered) {
		if (!(await admission.rooms.verify(roomId, token.role, token.secret))) {
			return refused('unauthorized');
		}
		if (token.role !== 'facilitator') await admission.rooms.markJoined(roomId);
	}
	return { ok: true, access, registered, ballotCreated: false };
}

function withRegistration(authorization: Authorization, registered: boolean): Authorization {
	return authorization.ok ? { ...authorization, registered } : authorization;
}
