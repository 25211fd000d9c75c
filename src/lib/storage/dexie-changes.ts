/**
 * The broadcast channel on which Dexie 4 tells every other page of the origin what a committed
 * write changed (`dexie/dist/dexie.mjs`, `STORAGE_MUTATED_DOM_EVENT_NAME`). Listening to it lets a
 * page that has not loaded Dexie (29 KB gzip) learn of other pages' writes; a browser spec checks
 * Dexie still announces on it, so an upgrade that renames it fails there, not in front of people.
 */
export const DEXIE_CHANGES_CHANNEL = 'x-storagemutated-1';

/**
 * Whether one of Dexie's announcements touches `table` of `database`: its keys are ranges named
 * `idb://<database>/<table>/<index>` (the primary key's index is named '').
 */
export function touchesTable(announcement: unknown, database: string, table: string): boolean {
	if (typeof announcement !== 'object' || announcement === null) return false;
	const prefix = `idb://${database}/${table}/`;
	return Object.keys(announcement).some((part) => part.startsWith(prefix));
}

/**
 * Calls `changed` whenever another page commits a write to `table` through Dexie. Returns how to
 * stop, or null where the browser has no BroadcastChannel (nothing can be heard then).
 */
export function watchTable(
	database: string,
	table: string,
	changed: () => void
): (() => void) | null {
	if (typeof BroadcastChannel !== 'function') return null;
	const channel = new BroadcastChannel(DEXIE_CHANGES_CHANNEL);
	channel.onmessage = (event: MessageEvent) => {
		if (touchesTable(event.data, database, table)) changed();
	};
	return () => channel.close();
}
