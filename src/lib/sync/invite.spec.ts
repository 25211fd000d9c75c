import { describe, expect, it } from 'vitest';
import { inviteUrl, parseInvite, InviteError, type Invite } from './invite';

const invite: Invite = {
	workshopId: 'abcdefghij012345',
	roomId: 'r'.repeat(26),
	role: 'participant',
	secret: 's'.repeat(32)
};

describe('invitations', () => {
	it('put everything in the fragment and read it back', () => {
		const url = inviteUrl('https://canal.example/', invite);
		expect(url.startsWith('https://canal.example/join#')).toBe(true);
		const { pathname, search, hash } = new URL(url);
		expect(pathname + search).toBe('/join');
		expect(parseInvite(hash)).toEqual(invite);
	});

	it.each([
		['an empty fragment', '', /carries no invitation/],
		[
			'a cut link',
			inviteUrl('http://x', invite).split('#')[1]!.slice(0, 60),
			/incomplete or damaged/
		],
		[
			'a bad secret',
			`w=${invite.workshopId}&r=${invite.roomId}&as=participant&k=short`,
			/incomplete or damaged/
		],
		[
			'an unknown role',
			`w=${invite.workshopId}&r=${invite.roomId}&as=facilitator&k=${invite.secret}`,
			/unknown role/
		],
		[
			'markup',
			`w=<script>&r=${invite.roomId}&as=participant&k=${invite.secret}`,
			/incomplete or damaged/
		]
	])('refuse %s with a clear message', (_, hash, message) => {
		expect(() => parseInvite(hash)).toThrow(InviteError);
		expect(() => parseInvite(hash)).toThrow(message);
	});
});
