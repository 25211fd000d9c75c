import * as Y from 'yjs';
import {
	readStashValue,
	STASH_PREFIX,
	stashStorage,
	stashValue,
	type StashedEntry
} from './stashed-entries';

/**
 * Where a page leaving puts the edits IndexedDB had not stored yet. A write still in flight when
 * the page unloads is dropped by the browser, and nothing asynchronous may run then; the
 * synchronous `localStorage` is the one store left. The next opening of the document on this
 * browser applies the stash (Yjs ignores what the log already holds) and removes it once stored.
 *
 * One key per page and document (`canal:unsaved:<docId>:<page>`), so two tabs leaving at once
 * never overwrite each other's edits.
 */
function encode(bytes: Uint8Array): string {
	let binary = '';
	// In slices: spreading a large array into one call overflows the stack.
	for (let at = 0; at < bytes.length; at += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
	return btoa(binary);
}

function decode(text: string): Uint8Array {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** A name for this page's stashes, unique among the pages of this browser. */
export function stashKey(docId: string, page: string): string {
	return `${STASH_PREFIX}${docId}:${page}`;
}

/**
 * Stashes `updates` under `key`, merged into one, with the catalog fields (`entry`) their save
 * would have written. Returns false when it could not (storage full or disabled): the edits are
 * then as lost as they would have been without the stash.
 */
export function stashUnsaved(
	key: string,
	updates: readonly Uint8Array[],
	entry: StashedEntry | null = null
): boolean {
	const store = stashStorage();
	if (!store || updates.length === 0) return false;
	try {
		const merged = updates.length === 1 ? updates[0]! : Y.mergeUpdates([...updates]);
		store.setItem(key, stashValue(encode(merged), entry));
		return true;
	} catch {
		return false;
	}
}

/** Every stash left for `docId` by pages that are gone (or this one), with its key. */
export function stashedFor(docId: string): { key: string; update: Uint8Array }[] {
	const store = stashStorage();
	if (!store) return [];
	const found: { key: string; update: Uint8Array }[] = [];
	const prefix = `${STASH_PREFIX}${docId}:`;
	for (let i = 0; i < store.length; i += 1) {
		const key = store.key(i);
		if (!key?.startsWith(prefix)) continue;
		try {
			found.push({ key, update: decode(readStashValue(store.getItem(key) ?? '').update) });
		} catch {
			// Not ours to read any more (edited by hand, or cut short): nothing to recover from it.
			store.removeItem(key);
			i -= 1;
		}
	}
	return found;
}

export function dropStash(key: string): void {
	try {
		stashStorage()?.removeItem(key);
	} catch {
		// Storage disabled meanwhile: the stash is unreachable anyway.
	}
}

/** Drops every stash of a workshop's documents (its plan and its private ones): it is purged. */
export function dropWorkshopStashes(workshopId: string): void {
	const store = stashStorage();
	if (!store) return;
	const keys: string[] = [];
	for (let i = 0; i < store.length; i += 1) {
		const key = store.key(i);
		if (
			key?.startsWith(`${STASH_PREFIX}${workshopId}:`) ||
			key?.startsWith(`${STASH_PREFIX}${workshopId}/`)
		)
			keys.push(key);
	}
	for (const key of keys) dropStash(key);
}
