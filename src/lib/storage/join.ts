import type { Invite } from '../sync/invite';
import type { CanalDb } from './db';
import { restoreWorkshop } from './workshops';

/**
 * Records a workshop joined from an invitation. A device that has never seen the workshop gets
 * an empty catalog entry: the plan itself arrives from the relay. A device that already has it
 * (an imported file, an earlier visit) keeps its copy, which merges with the room's.
 */
export async function joinWorkshop(db: CanalDb, invite: Invite, now = Date.now()): Promise<string> {
	const room = { roomId: invite.roomId, role: invite.role, secret: invite.secret };
	await db.transaction('rw', db.workshops, async () => {
		const existing = await db.workshops.get(invite.workshopId);
		if (!existing) {
			await db.workshops.add({
				id: invite.workshopId,
				title: 'Joined workshop',
				organisation: '',
				facilitator: '',
				createdAt: now,
				updatedAt: now,
				role: invite.role,
				room
			});
			return;
		}
		// A facilitator opening their own link keeps their own (stronger) credentials.
		if (existing.room?.role === 'facilitator') {
			await db.workshops
				.where('id')
				.equals(invite.workshopId)
				.modify((entry) => {
					delete entry.deletedAt;
				});
			return;
		}
		await db.workshops
			.where('id')
			.equals(invite.workshopId)
			.modify((entry) => {
				delete entry.deletedAt;
				entry.role = invite.role;
				entry.room = room;
			});
	});
	return invite.workshopId;
}
