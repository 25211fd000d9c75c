import type { WorkshopEntry } from './db';

/**
 * How a page that left too early keeps what IndexedDB had not stored (see `unsaved-stash.ts`),
 * read here without Yjs: the workshop list shows the titles such a page would have saved.
 *
 * A stash is kept under `canal:unsaved:<docId>:<page>`. Its value is the merged Yjs update in
 * base64, or, when the save would also have refreshed the workshop's catalog entry, JSON
 * `{ "update": <base64>, "entry": { title, organisation, facilitator, updatedAt } }` (base64
 * never starts with `{`, so older stashes read as before).
 */
export const STASH_PREFIX = 'canal:unsaved:';

/** The catalog fields a stash may carry. */
export type StashedEntry = Partial<
	Pick<WorkshopEntry, 'title' | 'organisation' | 'facilitator' | 'updatedAt'>
>;

export function stashStorage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		// Storage disabled by the browser's settings: there is nowhere to stash.
		return null;
	}
}

/** A stash's value as written: the update (base64) and the entry's fields, if any. */
export function stashValue(update: string, entry: StashedEntry | null): string {
	return entry ? JSON.stringify({ update, entry }) : update;
}

/** A stash's value read back; throws when it is not one. */
export function readStashValue(value: string): { update: string; entry: StashedEntry | null } {
	if (!value.startsWith('{')) return { update: value, entry: null };
	const parsed = JSON.parse(value) as { update?: unknown; entry?: unknown };
	if (typeof parsed.update !== 'string') throw new Error('A stash without its update');
	return { update: parsed.update, entry: entryFields(parsed.entry) };
}

/** Only the fields a stash may carry, each of its own type: a stash is text anyone can edit. */
function entryFields(value: unknown): StashedEntry | null {
	if (typeof value !== 'object' || value === null) return null;
	const source = value as Record<string, unknown>;
	const fields: StashedEntry = {};
	for (const key of ['title', 'organisation', 'facilitator'] as const)
		if (typeof source[key] === 'string') fields[key] = source[key];
	if (typeof source.updatedAt === 'number' && Number.isFinite(source.updatedAt))
		fields.updatedAt = source.updatedAt;
	return Object.keys(fields).length > 0 ? fields : null;
}

/** The document a stash key belongs to (its page's name follows the last colon). */
function docOf(key: string): string {
	return key.slice(STASH_PREFIX.length, key.lastIndexOf(':'));
}

/**
 * The catalog fields stashed for each workshop by pages that left before saving them: the newest
 * per workshop. They are stored when the workshop is next opened; until then the list shows them.
 */
export function stashedEntries(): Map<string, StashedEntry> {
	const found = new Map<string, StashedEntry>();
	const store = stashStorage();
	if (!store) return found;
	for (let i = 0; i < store.length; i += 1) {
		const key = store.key(i);
		if (!key?.startsWith(STASH_PREFIX)) continue;
		let entry: StashedEntry | null;
		try {
			entry = readStashValue(store.getItem(key) ?? '').entry;
		} catch {
			continue;
		}
		if (!entry) continue;
		const id = docOf(key);
		const known = found.get(id);
		if (!known || (entry.updatedAt ?? 0) > (known.updatedAt ?? 0)) found.set(id, entry);
	}
	return found;
}
