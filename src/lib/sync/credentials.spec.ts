import { describe, expect, it } from 'vitest';
import {
	ballotOf,
	canInvite,
	migrateCredentials,
	needsRegistration,
	newRoom,
	relayToken,
	withBallot,
	type RoomCredentials
} from './credentials';
import { ballotIdFor, decodeToken } from './protocol';

const S = (c: string) => c.repeat(32);
const facilitator: RoomCredentials = {
	roomId: 'r'.repeat(26),
	role: 'facilitator',
	secret: S('f'),
	participantSecret: S('p'),
	observerSecret: S('o'),
	ballotSecret: S('b')
};

describe('a ballot derived from its secret', () => {
	it('gives a new device a secret and the id derived from it', () => {
		const room = withBallot({ roomId: 'r'.repeat(26), role: 'participant', secret: S('p') });
		expect(room.ballotId).toBe(ballotIdFor(room.ballotSecret as string));
		expect(ballotOf(room)).toBe(room.ballotId);
	});

	it('replaces a stored random ballot id by the derived one, keeping the secret', () => {
		const room = withBallot({ ...facilitator, ballotId: 'x'.repeat(26) });
		expect(room.ballotSecret).toBe(S('b'));
		expect(room.ballotId).toBe(ballotIdFor(S('b')));
	});

	it('leaves credentials that are already right as they are', () => {
		const room = withBallot(facilitator);
		expect(withBallot(room)).toBe(room);
	});
});

describe('registration and invitations', () => {
	it.each([
		['a new room', { confirmed: false }, true, false],
		['credentials of an older version (no confirmed)', {}, true, false],
		['a confirmed room', { confirmed: true }, false, true],
		['a participant', { role: 'participant', confirmed: true }, false, false],
		[
			'a facilitator without the other secrets',
			{ participantSecret: undefined, confirmed: true },
			false,
			false
		]
	] as [string, Partial<RoomCredentials>, boolean, boolean][])(
		'%s: registers %s, invites %s',
		(_, patch, registers, invites) => {
			const room = { ...facilitator, ...patch };
			expect(needsRegistration(room)).toBe(registers);
			expect(canInvite(room)).toBe(invites);
		}
	);

	it('sends the other roles’ secrets only until the room is confirmed; the ballot always', () => {
		const before = decodeToken(
			relayToken({ ...facilitator, confirmed: false, registrationKey: 'key' })
		);
		expect(before?.register).toEqual({ participant: S('p'), observer: S('o'), key: 'key' });
		expect(before?.ballot).toBe(S('b'));
		const after = decodeToken(
			relayToken({ ...facilitator, confirmed: true, registrationKey: 'key' })
		);
		expect(after?.register).toBeUndefined();
		expect(after?.ballot).toBe(S('b'));
		const participant = decodeToken(
			relayToken({ roomId: facilitator.roomId, role: 'participant', secret: S('p') })
		);
		expect(participant).toEqual({ v: 1, role: 'participant', secret: S('p') });
	});

	it('starts a new room unconfirmed, with a ballot', () => {
		const room = newRoom();
		expect(room.confirmed).toBe(false);
		expect(needsRegistration(room)).toBe(true);
		expect(canInvite(room)).toBe(false);
		expect(room.ballotId).toBe(ballotIdFor(room.ballotSecret as string));
	});
});

describe('migrateCredentials', () => {
	it.each([
		['nothing', undefined, null],
		['not an object', 'room', null],
		['a bad room id', { ...facilitator, roomId: 'short' }, null],
		['an unknown role', { ...facilitator, role: 'admin' }, null],
		['a bad secret', { ...facilitator, secret: 'x' }, null]
	])('refuses %s', (_, stored, expected) => {
		expect(migrateCredentials(stored)).toBe(expected);
	});

	it('reads an older facilitator’s credentials as not confirmed, with a derived ballot', () => {
		const { ballotSecret: _secret, ...older } = facilitator;
		void _secret;
		const room = migrateCredentials({ ...older, ballotId: 'y'.repeat(26) });
		expect(room).toMatchObject({ ...older, role: 'facilitator' });
		expect(room?.confirmed).toBeUndefined();
		expect(canInvite(room)).toBe(false);
		expect(room?.ballotId).toBe(ballotIdFor(room?.ballotSecret as string));
	});

	it('keeps a registration key only until the room is confirmed', () => {
		expect(migrateCredentials({ ...facilitator, registrationKey: 'key' })?.registrationKey).toBe(
			'key'
		);
		expect(
			migrateCredentials({ ...facilitator, registrationKey: 'key', confirmed: true })
		).not.toHaveProperty('registrationKey');
		expect(
			migrateCredentials({ ...facilitator, registrationKey: 'k'.repeat(257) })
		).not.toHaveProperty('registrationKey');
	});

	it('keeps a confirmed room confirmed, and drops what a participant should not hold', () => {
		expect(migrateCredentials({ ...facilitator, confirmed: true })?.confirmed).toBe(true);
		const participant = migrateCredentials({
			...facilitator,
			role: 'participant',
			confirmed: true
		});
		expect(participant).not.toHaveProperty('participantSecret');
		expect(participant).not.toHaveProperty('confirmed');
		expect(participant?.ballotSecret).toBe(S('b'));
	});
});
