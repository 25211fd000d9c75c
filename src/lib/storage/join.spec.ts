import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { RoomCredentials } from '../sync/credentials';
import type { Invite } from '../sync/invite';
import { CanalDb } from './db';
import {
	decideJoin,
	dropRefusedJoin,
	joinAccepted,
	joinWorkshop,
	JoinNeedsConfirmation,
	type KnownWorkshop
} from './join';
import { createWorkshop, listWorkshops } from './workshops';

const ROOM = 'r'.repeat(26);
const OTHER_ROOM = 'o'.repeat(26);
const invite: Invite = {
	workshopId: 'abcdefghij012345',
	roomId: ROOM,
	role: 'participant',
	secret: 's'.repeat(32)
};

function known(room?: Partial<RoomCredentials>, id = invite.workshopId): KnownWorkshop {
	return {
		id,
		title: 'Private plan',
		...(room
			? { room: { roomId: ROOM, role: 'participant', secret: 's'.repeat(32), ...room } }
			: {})
	};
}

describe('decideJoin', () => {
	it.each([
		['a workshop never seen here', {}, invite, { kind: 'new', id: invite.workshopId }],
		[
			'the same id, never shared',
			{ sameId: known() },
			invite,
			{
				kind: 'confirm',
				existing: { id: invite.workshopId, title: 'Private plan', shared: false }
			}
		],
		[
			'the same id, shared in another room',
			{ sameId: known({ roomId: OTHER_ROOM, role: 'facilitator' }) },
			invite,
			{
				kind: 'confirm',
				existing: { id: invite.workshopId, title: 'Private plan', shared: true }
			}
		],
		[
			'a participant of room A given a link to room B under A’s workshop id',
			{ sameId: known({ roomId: OTHER_ROOM }) },
			invite,
			{ kind: 'confirm', existing: { id: invite.workshopId, title: 'Private plan', shared: true } }
		],
		[
			'the same room and the same link',
			{ sameId: known({}), sameRoom: known({}) },
			invite,
			{ kind: 'open', id: invite.workshopId }
		],
		[
			'the facilitator opening their own link',
			{ sameId: known({ role: 'facilitator', secret: 'f'.repeat(32) }) },
			invite,
			{ kind: 'open', id: invite.workshopId }
		],
		[
			'a participant given the observer link',
			{ sameId: known({}) },
			{ ...invite, role: 'observer', secret: 'b'.repeat(32) },
			{ kind: 'open', id: invite.workshopId }
		],
		[
			'the same room, another secret: checked before it replaces the stored one',
			{ sameId: known({}) },
			{ ...invite, secret: 'n'.repeat(32) },
			{
				kind: 'check',
				id: invite.workshopId,
				room: { roomId: ROOM, role: 'participant', secret: 'n'.repeat(32) }
			}
		],
		[
			'an observer given the participant link',
			{ sameId: known({ role: 'observer', secret: 'b'.repeat(32) }) },
			invite,
			{
				kind: 'check',
				id: invite.workshopId,
				room: { roomId: ROOM, role: 'participant', secret: invite.secret }
			}
		],
		[
			'the room already joined as a new workshop, the id taken by another',
			{ sameId: known(), sameRoom: known({}, 'joinedasnew00001') },
			invite,
			{ kind: 'open', id: 'joinedasnew00001' }
		],
		[
			'the room already joined under another id, the link’s id unknown',
			{ sameRoom: known({}, 'joinedasnew00001') },
			invite,
			{ kind: 'open', id: 'joinedasnew00001' }
		]
	] as const)('%s', (_, facts, link, expected) => {
		expect(decideJoin(facts, link)).toEqual(expected);
	});
});

describe('joining from an invitation', () => {
	it('lists a new workshop with its role and credentials, with no plan yet', async () => {
		const db = new CanalDb(`join-${Math.random()}`);
		expect(await joinWorkshop(db, invite)).toBe(invite.workshopId);
		const [entry] = await listWorkshops(db);
		expect(entry).toMatchObject({
			id: invite.workshopId,
			role: 'participant',
			room: { role: 'participant', roomId: ROOM, secret: invite.secret }
		});
		expect(entry?.room?.ballotSecret).toMatch(/^[0-9a-z]{32}$/);
		expect(await db.updates.count()).toBe(0);
		// Joining twice changes nothing.
		await joinWorkshop(db, invite);
		expect(await db.workshops.count()).toBe(1);
		db.close();
	});

	it('keeps a facilitator’s own credentials when they open their own link', async () => {
		const db = new CanalDb(`join-${Math.random()}`);
		const id = await createWorkshop(db, { title: 'Mine', organisation: '', facilitator: '' });
		const facilitatorRoom = {
			roomId: invite.roomId,
			role: 'facilitator' as const,
			secret: 'f'.repeat(32)
		};
		await db.workshops.update(id, { room: facilitatorRoom });
		await joinWorkshop(db, { ...invite, workshopId: id });
		expect((await db.workshops.get(id))?.room).toEqual(facilitatorRoom);
		db.close();
	});

	it('never moves a workshop on this device into the link’s room', async () => {
		const db = new CanalDb(`join-${Math.random()}`);
		const id = await createWorkshop(db, {
			title: 'Private plan',
			organisation: '',
			facilitator: ''
		});
		const link = { ...invite, workshopId: id };
		await expect(joinWorkshop(db, link)).rejects.toBeInstanceOf(JoinNeedsConfirmation);
		expect((await db.workshops.get(id))?.room).toBeUndefined();

		const joined = await joinWorkshop(db, link, { asNew: true });
		expect(joined).not.toBe(id);
		expect((await db.workshops.get(id))?.room).toBeUndefined();
		expect((await db.workshops.get(joined))?.room).toMatchObject({ roomId: ROOM });
		// Opening the same link again opens the workshop joined as new, and adds nothing.
		expect(await joinWorkshop(db, link)).toBe(joined);
		expect(await db.workshops.count()).toBe(2);
		db.close();
	});

	it('replaces working credentials only with ones the relay accepted', async () => {
		const db = new CanalDb(`join-${Math.random()}`);
		await joinWorkshop(db, invite);
		const before = (await db.workshops.get(invite.workshopId))?.room;
		const wrong = { ...invite, secret: 'w'.repeat(32) };
		await joinWorkshop(db, wrong, { accepted: false });
		expect((await db.workshops.get(invite.workshopId))?.room).toEqual(before);

		await joinWorkshop(db, wrong, { accepted: true });
		const after = (await db.workshops.get(invite.workshopId))?.room;
		expect(after).toMatchObject({ secret: wrong.secret, role: 'participant' });
		// Same device, same ballot.
		expect(after?.ballotSecret).toBe(before?.ballotSecret);
		expect(after?.ballotId).toBe(before?.ballotId);
		db.close();
	});

	it('removes a joined entry whose link the relay refused before accepting it, and nothing else', async () => {
		const db = new CanalDb(`join-${Math.random()}`);
		const mine = await createWorkshop(db, { title: 'Mine', organisation: '', facilitator: '' });
		await joinWorkshop(db, invite);
		expect((await db.workshops.get(invite.workshopId))?.joining).toBe(true);

		expect(await dropRefusedJoin(db, invite.workshopId)).toBe(true);
		expect((await listWorkshops(db)).map((entry) => entry.id)).toEqual([mine]);
		expect(await dropRefusedJoin(db, mine)).toBe(false);
		expect(await dropRefusedJoin(db, 'nosuchworkshop01')).toBe(false);

		// The right link joins again, over the refused placeholder.
		expect(await joinWorkshop(db, invite)).toBe(invite.workshopId);
		const entry = await db.workshops.get(invite.workshopId);
		expect(entry?.deletedAt).toBeUndefined();
		expect(entry?.joining).toBe(true);
		expect(await db.workshops.count()).toBe(2);
		db.close();
	});

	it('never removes an entry once the relay has accepted its link', async () => {
		const db = new CanalDb(`join-${Math.random()}`);
		await joinWorkshop(db, invite);
		await joinAccepted(db, invite.workshopId);
		expect((await db.workshops.get(invite.workshopId))?.joining).toBeUndefined();
		expect(await dropRefusedJoin(db, invite.workshopId)).toBe(false);
		expect(await listWorkshops(db)).toHaveLength(1);
		db.close();
	});
});
