import { isId } from '../domain/ids';
import { isRoomId, isSecret, type Role } from './protocol';

/**
 * An invitation: everything a device needs to join a workshop, carried in the URL fragment so
 * the secret is never sent in an HTTP request (fragments stay in the browser).
 */
export interface Invite {
	workshopId: string;
	roomId: string;
	role: Exclude<Role, 'facilitator'>;
	secret: string;
}

export function inviteUrl(origin: string, invite: Invite): string {
	const fragment = new URLSearchParams({
		w: invite.workshopId,
		r: invite.roomId,
		as: invite.role,
		k: invite.secret
	});
	return `${origin.replace(/\/$/, '')}/join#${fragment.toString()}`;
}

export class InviteError extends Error {
	override readonly name = 'InviteError';
}

/** Reads an invitation from a URL fragment (`#w=…&r=…&as=…&k=…`); throws an InviteError saying what is wrong. */
export function parseInvite(hash: string): Invite {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const workshopId = params.get('w');
	const roomId = params.get('r');
	const role = params.get('as');
	const secret = params.get('k');
	if (!workshopId && !roomId && !secret) {
		throw new InviteError(
			'This page opens invitation links, and this link carries no invitation. Ask the facilitator for the link again.'
		);
	}
	if (!isId(workshopId) || !isRoomId(roomId) || !isSecret(secret)) {
		throw new InviteError(
			'This invitation link is incomplete or damaged: it may have been cut when it was copied. Ask the facilitator for the link again.'
		);
	}
	if (role !== 'participant' && role !== 'observer') {
		throw new InviteError(
			'This invitation link names an unknown role. Ask the facilitator for the link again.'
		);
	}
	return { workshopId, roomId, role, secret };
}
