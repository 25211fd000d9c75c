import { flushSync } from 'svelte';
import { AT_ONCE_UNITS } from './drawn-counts';

/**
 * The first drawing of a large map, spread over several short tasks. Building the DOM of 300 dots
 * and 1,500 links in one go holds the main thread for 100 ms or more on a modest machine, and
 * nothing (a click, a key, the next frame) gets through meanwhile. Here the map draws its
 * background at once, adds its links and dots a slice per task, each slice sized to take about
 * `SLICE_MS`, and shows them all together when the last slice is in: no dot appears before
 * the others, and nothing moves (the drawing's size comes from the scene, not from what is in it).
 *
 * Only the first drawing is staged: once complete, later scenes (an edit, a drag) draw at once.
 * Small maps are drawn at once from the start.
 */

/** Time one slice should take: well under the 50 ms that counts as a long task. */
const SLICE_MS = 20;
const MIN_SLICE = 100;
const MAX_SLICE = 100_000;

/** Gives the browser a turn: input, timers and a frame may run before the next slice. */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Staged drawings under way on the page, and who waits for them all to end. */
let running = 0;
let waiting: (() => void)[] = [];

/**
 * Resolves once no map on the page is in the middle of its first drawing (at once when none is):
 * what loads below the maps (the board's canvas) waits for them, rather than taking turns with
 * their slices and holding back the map people look at first.
 */
export function stagedDrawingsDone(): Promise<void> {
	if (running === 0) return Promise.resolve();
	return new Promise((resolve) => waiting.push(resolve));
}

/**
 * Counts a map that is on its way (its code loading) as a drawing under way, so that what waits
 * does not start in the gap before it mounts. Returns the release, to call once it has mounted
 * (its own drawing then counts) or failed; a second call does nothing.
 */
export function holdDrawings(): () => void {
	running++;
	let held = true;
	return () => {
		if (!held) return;
		held = false;
		drawingEnded();
	};
}

function drawingEnded(): void {
	running--;
	if (running > 0) return;
	// Once the whole map has painted: a frame's callbacks run before its paint, a task queued
	// from one after it.
	const release = () => {
		if (running > 0) return;
		const done = waiting;
		waiting = [];
		for (const resolve of done) resolve();
	};
	if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(release));
	else setTimeout(release);
}

export class StagedDrawing {
	/** Units drawn so far; Infinity once everything has been drawn. */
	units = $state(0);
	#stopped = false;

	constructor(total: number) {
		this.units = total <= AT_ONCE_UNITS ? Infinity : 0;
	}

	get complete(): boolean {
		return this.units === Infinity;
	}

	/**
	 * Draws slice after slice until `total()` units are in, then marks the drawing complete.
	 * `total` is read again before each slice: the scene may change while it is being drawn.
	 * `settle`, given, runs after each slice is in the DOM: a map makes the browser style and lay out
	 * the slice there, in the slice's own task, rather than leave all of it (30 ms and more on a
	 * large map) to the one frame that shows the drawing.
	 */
	async run(total: () => number, settle?: () => void): Promise<void> {
		if (this.complete) return;
		running++;
		try {
			await this.#slices(total, settle);
		} finally {
			drawingEnded();
		}
	}

	async #slices(total: () => number, settle?: () => void): Promise<void> {
		// The first slice also styles the map's frame and background: it starts smaller.
		let slice = AT_ONCE_UNITS / 2;
		while (!this.complete && this.units < total()) {
			await nextTask();
			if (this.#stopped) return;
			const start = performance.now();
			this.units += slice;
			flushSync();
			settle?.();
			const spent = performance.now() - start;
			// The next slice as large as fits the budget at the pace just measured.
			slice = Math.round(
				Math.min(MAX_SLICE, Math.max(MIN_SLICE, (slice * SLICE_MS) / Math.max(spent, 1)))
			);
		}
		if (this.#stopped || this.complete) return;
		await nextTask();
		if (!this.#stopped) this.units = Infinity;
	}

	stop(): void {
		this.#stopped = true;
	}
}
