import { randomInt } from 'node:crypto';
import {
	ballotIdFor,
	encodeToken,
	ROOM_ID_LENGTH,
	SECRET_LENGTH,
	documentName,
	type DocumentKind,
	type RelayToken,
	type Role
} from '../../../src/lib/sync/protocol';

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

export function randomBase36(length: number): string {
	return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
}

export interface TestRoom {
	roomId: string;
	secrets: Record<Role, string>;
	/** One device per role, each with its ballot secret, as the app sends on every document. */
	ballotSecrets: Record<Role, string>;
	name(kind?: Exclude<DocumentKind, 'ballot'>): string;
	/** The ballot document of a role's device (its id derived from the device's secret). */
	ballotName(role: Role): string;
	ballotId(role: Role): string;
	/**
	 * The token that device sends. The facilitator's registers the room, as the app's first
	 * connections do; `ballot: null` leaves the ballot secret out, `key` adds a registration key.
	 */
	token(role: Role, options?: { ballot?: string | null; key?: string; register?: boolean }): string;
}

export function newRoom(): TestRoom {
	const roomId = randomBase36(ROOM_ID_LENGTH);
	const secret = () => randomBase36(SECRET_LENGTH);
	const secrets: Record<Role, string> = {
		facilitator: secret(),
		participant: secret(),
		observer: secret()
	};
	const ballotSecrets: Record<Role, string> = {
		facilitator: secret(),
		participant: secret(),
		observer: secret()
	};
	const ballotId = (role: Role) => ballotIdFor(ballotSecrets[role]);
	return {
		roomId,
		secrets,
		ballotSecrets,
		name: (kind = 'plan') => documentName(roomId, kind),
		ballotName: (role) => documentName(roomId, 'ballot', ballotId(role)),
		ballotId,
		token(role, options = {}) {
			const token: RelayToken = { v: 1, role, secret: secrets[role] };
			const ballot = options.ballot === undefined ? ballotSecrets[role] : options.ballot;
			if (ballot !== null) token.ballot = ballot;
			if (role === 'facilitator' && options.register !== false) {
				token.register = {
					participant: secrets.participant,
					observer: secrets.observer,
					...(options.key === undefined ? {} : { key: options.key })
				};
			}
			return encodeToken(token);
		}
	};
}
