import { newId } from '../domain/ids';
import {
	ballotIdFor,
	encodeToken,
	isBallotId,
	isRoomId,
	isSecret,
	REGISTRATION_KEY_MAX_LENGTH,
	ROLES,
	ROOM_ID_LENGTH,
	SECRET_LENGTH,
	type RelayToken,
	type Role
} from './protocol';

/**
 * How this device reaches a workshop's room on the relay. The facilitator's device keeps every
 * role's secret (to show invitations); a participant's or observer's device keeps only its own.
 */
export interface RoomCredentials {
	roomId: string;
	role: Role;
	secret: string;
	participantSecret?: string;
	observerSecret?: string;
	/**
	 * Facilitator: the relay has accepted this room at least once. Until then the other roles'
	 * secrets travel with every connection (to register the room) and no invitation is shown.
	 */
	confirmed?: boolean;
	/** Facilitator, until confirmed: the key a relay for the public asked for to take the room in. */
	registrationKey?: string;
	/** This device's ballot secret, sent with every document it opens (observers have one too). */
	ballotSecret?: string;
	/** Always `ballotIdFor(ballotSecret)`: kept for readers, never chosen. */
	ballotId?: string;
}

/**
 * Gives the credentials a ballot secret and the id derived from it. Older versions stored a
 * random ballot id next to the secret: it is replaced by the derived one, so this device starts
 * a new, empty ballot document. The dots and private ratings in the old one stay there, unread;
 * a running vote or rating round loses this person's earlier choices once, and they choose again.
 */
export function withBallot(room: RoomCredentials): RoomCredentials {
	const ballotSecret = isSecret(room.ballotSecret) ? room.ballotSecret : newId(SECRET_LENGTH);
	const ballotId = ballotIdFor(ballotSecret);
	if (room.ballotSecret === ballotSecret && room.ballotId === ballotId) return room;
	return { ...room, ballotSecret, ballotId };
}

/** The ballot this device may write and announce, or null before it has a secret. */
export function ballotOf(room: RoomCredentials): string | null {
	return isSecret(room.ballotSecret) ? ballotIdFor(room.ballotSecret) : null;
}

/** Whether the facilitator's connections still have to register the room. */
export function needsRegistration(room: RoomCredentials): boolean {
	return (
		room.role === 'facilitator' &&
		room.confirmed !== true &&
		isSecret(room.participantSecret) &&
		isSecret(room.observerSecret)
	);
}

/** Whether invitations may be shown: only the facilitator's, only once the relay knows the room. */
export function canInvite(room: RoomCredentials | null | undefined): boolean {
	return (
		room?.role === 'facilitator' &&
		room.confirmed === true &&
		isSecret(room.participantSecret) &&
		isSecret(room.observerSecret)
	);
}

/**
 * Reads credentials stored by any earlier version (or damaged): null when they cannot reach a
 * room at all; otherwise current credentials. A missing `confirmed` means not confirmed: the next
 * successful sign-in sets it.
 */
export function migrateCredentials(stored: unknown): RoomCredentials | null {
	const room = stored as Partial<RoomCredentials> | null;
	if (!room || typeof room !== 'object') return null;
	if (!isRoomId(room.roomId) || !ROLES.includes(room.role as Role) || !isSecret(room.secret))
		return null;
	const current: RoomCredentials = {
		roomId: room.roomId,
		role: room.role as Role,
		secret: room.secret
	};
	if (current.role === 'facilitator') {
		if (isSecret(room.participantSecret)) current.participantSecret = room.participantSecret;
		if (isSecret(room.observerSecret)) current.observerSecret = room.observerSecret;
		if (room.confirmed === true) current.confirmed = true;
		else if (isRegistrationKey(room.registrationKey))
			current.registrationKey = room.registrationKey;
	}
	if (isSecret(room.ballotSecret)) current.ballotSecret = room.ballotSecret;
	if (isBallotId(room.ballotId)) current.ballotId = room.ballotId;
	return withBallot(current);
}

export function isRegistrationKey(value: unknown): value is string {
	return (
		typeof value === 'string' && value.length > 0 && value.length <= REGISTRATION_KEY_MAX_LENGTH
	);
}

export function newRoom(): RoomCredentials {
	return withBallot({
		roomId: newId(ROOM_ID_LENGTH),
		role: 'facilitator',
		secret: newId(SECRET_LENGTH),
		participantSecret: newId(SECRET_LENGTH),
		observerSecret: newId(SECRET_LENGTH),
		confirmed: false
	});
}

/**
 * The token this device signs in with, on every document of the room: its own ballot secret
 * always (the relay derives its ballot id from it), the other roles' secrets and the relay's
 * registration key only until the relay has confirmed the room.
 */
export function relayToken(room: RoomCredentials): string {
	const token: RelayToken = { v: 1, role: room.role, secret: room.secret };
	if (needsRegistration(room)) {
		token.register = {
			participant: room.participantSecret as string,
			observer: room.observerSecret as string,
			...(isRegistrationKey(room.registrationKey) ? { key: room.registrationKey } : {})
		};
	}
	if (isSecret(room.ballotSecret)) token.ballot = room.ballotSecret;
	return encodeToken(token);
}
