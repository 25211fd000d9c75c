import type { CanalDb, WorkshopEntry } from './db';

/** The workshops to list, newest activity first; soft-deleted ones are left out. */
export async function listWorkshops(db: CanalDb): Promise<WorkshopEntry[]> {
	const all = await db.workshops.orderBy('updatedAt').reverse().toArray();
	return all.filter((entry) => entry.deletedAt === undefined);
}
