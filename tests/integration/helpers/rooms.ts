import { randomInt } from 'node:crypto';
import {
	encodeToken,
	ROOM_ID_LENGTH,
	SECRET_LENGTH,
	documentName,
	type DocumentKind,
	type Role
} from '../../../src/lib/sync/protocol';

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

export function randomBase36(length: number): string {
	return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
}

export interface TestRoom {
	roomId: string;
	secrets: Record<Role, string>;
	name(kind?: DocumentKind): string;
	/** The facilitator's token registers the room, as the app's first connection does. */
	token(role: Role): string;
}

export function newRoom(): TestRoom {
	const roomId = randomBase36(ROOM_ID_LENGTH);
	const secrets: Record<Role, string> = {
		facilitator: randomBase36(SECRET_LENGTH),
		participant: randomBase36(SECRET_LENGTH),
		observer: randomBase36(SECRET_LENGTH)
	};
	return {
		roomId,
		secrets,
		name: (kind = 'plan') => documentName(roomId, kind),
		token(role) {
			const register =
				role === 'facilitator'
					? { participant: secrets.participant, observer: secrets.observer }
					: undefined;
			return encodeToken({ v: 1, role, secret: secrets[role], register });
		}
	};
}
