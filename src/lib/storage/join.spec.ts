import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CanalDb } from './db';
import { joinWorkshop } from './join';
import { createWorkshop, listWorkshops } from './workshops';

const invite = {
	workshopId: 'abcdefghij012345',
	roomId: 'r'.repeat(26),
	role: 'participant' as const,
	secret: 's'.repeat(32)
};

describe('joining from an invitation', () => {
	it('lists a new workshop with its role and credentials, with no plan yet', async () => {
		const db = new CanalDb(`join-${Math.random()}`);
		expect(await joinWorkshop(db, invite)).toBe(invite.workshopId);
		const [entry] = await listWorkshops(db);
		expect(entry).toMatchObject({
			id: invite.workshopId,
			role: 'participant',
			room: { role: 'participant' }
		});
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
});
