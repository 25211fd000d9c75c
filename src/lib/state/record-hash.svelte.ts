import { tick } from 'svelte';
import { page } from '$app/state';

/**
 * Links such as `/w/…/goals#record-<id>` (from the plan check or a promoted note) point at one
 * record: this opens it (through `open`) and brings it into view, also when only the hash changes.
 */
export function followRecordHash(open: (id: string) => boolean): void {
	$effect(() => {
		const hash = page.url.hash;
		if (!hash.startsWith('#record-')) return;
		const id = decodeURIComponent(hash.slice('#record-'.length));
		if (open(id)) revealRecord(id);
	});
}

/** Once the DOM is updated, scrolls a record into view and puts the focus in it. */
export function revealRecord(id: string): void {
	void tick().then(() => {
		const element = document.getElementById(`record-${id}`);
		element?.scrollIntoView({ block: 'start' });
		element
			?.querySelector<HTMLElement>('summary, input, textarea, select')
			?.focus({ preventScroll: true });
	});
}
