import { tick } from 'svelte';

/**
 * Opens a record's details from a map or table (`open` marks it open in its list), then brings
 * it into view and puts the focus in it, where the keyboard user continues.
 */
export function openRecord(id: string, open: (id: string) => void): void {
	open(id);
	void tick().then(() => {
		const element = document.getElementById(`record-${id}`);
		if (!element) return;
		element.scrollIntoView({ block: 'start' });
		element.querySelector<HTMLElement>('input, textarea, select, summary')?.focus({
			preventScroll: true
		});
	});
}

/** Resolves once the browser has painted the current frame. */
export function afterFirstFrame(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
