import { holdDrawings, nextTask } from '../../maps/shared/staged-drawing.svelte';
import { revealRecord } from '../../state/record-hash.svelte';
import { afterPaint } from '../../state/when-idle';

/**
 * Opens a record's details from a map or table (`open` marks it open in its list), then brings
 * it into view and puts the focus in it, where the keyboard user continues.
 */
export function openRecord(id: string, open: (id: string) => void): void {
	open(id);
	revealRecord(id);
}

/**
 * A step's maps, loaded once its first frame has painted. Until they have mounted and drawn, they
 * count as a drawing under way: the board's canvas below waits for them (see StagedDrawing).
 * `layOut`, given, lays out the map in a task of its own before the component mounts in the next:
 * on a large plan each is 30–40 ms, together a long task that holds back input.
 */
export function loadMapsAfterFirstFrame<T>(
	load: () => Promise<T>,
	layOut?: (loaded: T) => void
): Promise<T> {
	const release = holdDrawings();
	return new Promise<void>((resolve) => afterPaint(resolve))
		.then(load)
		.then(async (loaded) => {
			if (!layOut) return loaded;
			await nextTask();
			layOut(loaded);
			await nextTask();
			return loaded;
		})
		.finally(release);
}
