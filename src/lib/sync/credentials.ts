import { newId } from '../domain/ids';
import { BALLOT_ID_LENGTH, ROOM_ID_LENGTH, SECRET_LENGTH, type Role } from './protocol';

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
	/** This device's own ballot (dot votes), created on first need. */
	ballotId?: string;
	ballotSecret?: string;
}

export function withBallot(room: RoomCredentials): RoomCredentials {
	if (room.ballotId && room.ballotSecret) return room;
	return { ...room, ballotId: newId(BALLOT_ID_LENGTH), ballotSecret: newId(SECRET_LENGTH) };
}

export function newRoom(): RoomCredentials {
	return {
		roomId: newId(ROOM_ID_LENGTH),
		role: 'facilitator',
		secret: newId(SECRET_LENGTH),
		participantSecret: newId(SECRET_LENGTH),
		observerSecret: newId(SECRET_LENGTH)
	};
}
