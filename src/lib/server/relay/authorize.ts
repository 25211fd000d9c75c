import { decodeToken, parseDocumentName, type DocumentKind, type Role } from '../../sync/protocol';
import type { RoomStore } from './room-store';

export interface Access {
	roomId: string;
	kind: DocumentKind;
	role: Role;
	/** Observers only watch; participants only watch the facilitation document. */
	readOnly: boolean;
}

export type Authorization =
	| { ok: true; access: Access; registered: boolean }
	| { ok: false; refusal: 'unauthorized' | 'unknownRoom' };

function canWrite(role: Role, kind: DocumentKind): boolean {
	if (kind === 'ballot') return false; // decided per ballot below
	if (role === 'facilitator') return true;
	return role === 'participant' && kind === 'plan';
}

/**
 * Decides what a token grants on a document. The facilitator's first connection to a room the relay
 * has never seen registers it; anyone else has to wait until that happened.
 */
export function authorize(rooms: RoomStore, name: string, rawToken: unknown): Authorization {
	const document = parseDocumentName(name);
	const token = decodeToken(rawToken);
	if (!document || !token) return { ok: false, refusal: 'unauthorized' };
	const { roomId, kind } = document;
	const access: Access = {
		roomId,
		kind,
		role: token.role,
		readOnly: !canWrite(token.role, kind)
	};
	if (document.kind === 'ballot') {
		// Observers never see ballots; a voter reaches only their own; the facilitator may read
		// every ballot to count the votes, and write only their own.
		if (token.role === 'observer' || !rooms.verify(roomId, token.role, token.secret)) {
			return { ok: false, refusal: 'unauthorized' };
		}
		if (token.ballot) {
			return rooms.claimBallot(roomId, document.ballotId, token.ballot)
				? { ok: true, access: { ...access, readOnly: false }, registered: false }
				: { ok: false, refusal: 'unauthorized' };
		}
		return token.role === 'facilitator'
			? { ok: true, access: { ...access, readOnly: true }, registered: false }
			: { ok: false, refusal: 'unauthorized' };
	}
	if (rooms.exists(roomId)) {
		return rooms.verify(roomId, token.role, token.secret)
			? { ok: true, access, registered: false }
			: { ok: false, refusal: 'unauthorized' };
	}
	if (!token.register) return { ok: false, refusal: 'unknownRoom' };
	const secrets = {
		facilitator: token.secret,
		participant: token.register.participant,
		observer: token.register.observer
	};
	// Shared secrets would let a participant link act as the facilitator.
	if (new Set(Object.values(secrets)).size !== 3) return { ok: false, refusal: 'unauthorized' };
	rooms.create(roomId, secrets);
	return { ok: true, access, registered: true };
}
