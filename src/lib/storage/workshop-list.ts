import type { CanalDb, WorkshopEntry } from './db';
import type { StashedEntry } from './stashed-entries';

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
	return entries.filter((entry) => entry.deletedAt === undefined).sort(newestFirst);
}

const newestFirst = (a: WorkshopEntry, b: WorkshopEntry): number =>
	b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * The list with what pages that left before saving had changed (`stashedEntries()`): a stash
 * newer than its stored entry gives its title, organisation, facilitator and time, in the same
 * order as ever. Stashes for workshops not in the list (deleted, or not a workshop) add nothing.
 */
export function withStashedEntries(
	list: readonly WorkshopEntry[],
	stashed: ReadonlyMap<string, StashedEntry>
): WorkshopEntry[] {
	if (stashed.size === 0) return [...list];
	let changed = false;
	const merged = list.map((entry) => {
		const fields = stashed.get(entry.id);
		if (!fields || (fields.updatedAt ?? 0) <= entry.updatedAt) return entry;
		changed = true;
		return { ...entry, ...fields };
	});
	return changed ? merged.sort(newestFirst) : merged;
}
