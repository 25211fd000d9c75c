import { revealRecord } from '../../state/record-hash.svelte';

/**
 * Opens a record's details from a map or table (`open` marks it open in its list), then brings
 * it into view and puts the focus in it, where the keyboard user continues.
 */
export function openRecord(id: string, open: (id: string) => void): void {
	open(id);
	revealRecord(id);
}

/** Resolves once the browser has painted the current frame. */
export function afterFirstFrame(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
