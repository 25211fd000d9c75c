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
