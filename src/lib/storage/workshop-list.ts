import type { CanalDb, WorkshopEntry } from './db';

/** The workshops to list, newest activity first; soft-deleted ones are left out. */
export async function listWorkshops(db: CanalDb): Promise<WorkshopEntry[]> {
	const all = await db.workshops.orderBy('updatedAt').reverse().toArray();
	return all.filter((entry) => entry.deletedAt === undefined);
}

/**
 * The same list from entries in any order (as IndexedDB returns a whole store): newest activity
 * first, and among equal times the larger id first, as Dexie's reversed index walk gives them.
 */
export function workshopsToList(entries: readonly WorkshopEntry[]): WorkshopEntry[] {
	return entries
		.filter((entry) => entry.deletedAt === undefined)
		.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}
