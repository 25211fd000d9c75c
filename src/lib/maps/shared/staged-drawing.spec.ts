import { describe, expect, it } from 'vitest';
import { AT_ONCE_UNITS } from './drawn-counts';
import { holdDrawings, StagedDrawing, stagedDrawingsDone } from './staged-drawing.svelte';

/** Lets every timer and microtask queued so far (and those they queue) run. */
async function settle(turns = 10): Promise<void> {
	for (let turn = 0; turn < turns; turn++) await new Promise((resolve) => setTimeout(resolve));
}

/** Whether the promise has settled once the page has had a few turns. */
async function settled(promise: Promise<void>): Promise<boolean> {
	let done = false;
	void promise.then(() => (done = true));
	await settle();
	return done;
}

describe('waiting for the maps’ first drawing', () => {
	it('is over at once when no map is drawing or on its way', async () => {
		expect(await settled(stagedDrawingsDone())).toBe(true);
	});

	it('lasts while a map is on its way, and ends after its release', async () => {
		const release = holdDrawings();
		const done = stagedDrawingsDone();
		expect(await settled(done)).toBe(false);
		release();
		release(); // A second release does not count twice.
		expect(await settled(done)).toBe(true);
		expect(await settled(stagedDrawingsDone())).toBe(true);
	});

	it('lasts through the staged drawing of a map that mounted while it was held', async () => {
		const release = holdDrawings();
		const done = stagedDrawingsDone();
		// A drawing that goes on, slice after slice, until the test lets it end.
		let drawing = true;
		const staged = new StagedDrawing(AT_ONCE_UNITS * 50);
		const running = staged.run(() => (drawing ? Number.MAX_SAFE_INTEGER : 0));
		release();
		expect(await settled(done)).toBe(false);
		drawing = false;
		await running;
		expect(staged.complete).toBe(true);
		expect(await settled(done)).toBe(true);
	});

	it('ends for a map that stopped drawing (its step was left)', async () => {
		const total = AT_ONCE_UNITS * 50;
		const drawing = new StagedDrawing(total);
		const running = drawing.run(() => total);
		const done = stagedDrawingsDone();
		drawing.stop();
		await running;
		expect(drawing.complete).toBe(false);
		expect(await settled(done)).toBe(true);
	});
});

describe('a staged drawing’s slices', () => {
	it('lets each slice settle once it is in, before the next one starts', async () => {
		const total = AT_ONCE_UNITS * 5;
		const staged = new StagedDrawing(total);
		const seen: number[] = [];
		await staged.run(
			() => total,
			() => seen.push(staged.units)
		);
		expect(staged.complete).toBe(true);
		// One settle per slice, each after more units than the one before, the last with them all.
		expect(seen.length).toBeGreaterThan(1);
		expect(seen.every((units, index) => index === 0 || units > (seen[index - 1] ?? 0))).toBe(true);
		expect(seen.at(-1)).toBeGreaterThanOrEqual(total);
		// The first slice is smaller than what is drawn at once: it also styles the frame.
		expect(seen[0]).toBeLessThan(AT_ONCE_UNITS);
	});
});
