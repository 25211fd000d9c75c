import { afterEach, describe, expect, it } from 'vitest';
import { StoreScheduler } from './store-scheduler';

/** A store that takes until the test lets it finish, recording what overlapped. */
function slowStores() {
	const calls: { name: string; compact: boolean; finish: (ok: boolean) => void }[] = [];
	let running = 0;
	let overlapped = 0;
	const store = (name: string, compact: boolean) =>
		new Promise<boolean>((resolve) => {
			running += 1;
			if (running > 1) overlapped += 1;
			calls.push({
				name,
				compact,
				finish: (ok) => {
					running -= 1;
					resolve(ok);
				}
			});
		});
	return { calls, store, overlapped: () => overlapped };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('StoreScheduler with stores that take a while', () => {
	let scheduler: StoreScheduler | null = null;
	afterEach(() => scheduler?.dispose());

	it('never runs two stores of one document at once, and flush waits for the one under way', async () => {
		const stores = slowStores();
		scheduler = new StoreScheduler({ debounceMs: 10_000, maxDebounceMs: 10_000, ...stores });
		scheduler.schedule('a');
		const first = scheduler.storeNow('a');
		scheduler.schedule('a');
		const compaction = scheduler.compact('a');
		let flushed: number | null = null;
		void scheduler.flush().then((failed) => (flushed = failed));
		await tick();
		// Only the first store started; the next store and the compaction wait in line.
		expect(stores.calls.map((call) => call.compact)).toEqual([false]);
		stores.calls[0]!.finish(true);
		expect(await first).toBe(true);
		await tick();
		expect(stores.calls).toHaveLength(2);
		stores.calls[1]!.finish(true);
		await tick();
		expect(stores.calls).toHaveLength(3);
		expect(flushed).toBeNull();
		stores.calls[2]!.finish(true);
		expect(await compaction).toBe(true);
		await tick();
		expect(flushed).toBe(0);
		expect(stores.overlapped()).toBe(0);
		expect(scheduler.pendingCount).toBe(0);
	});

	it('keeps a failed store pending and counts it in flush', async () => {
		const stores = slowStores();
		scheduler = new StoreScheduler({ debounceMs: 10_000, maxDebounceMs: 10_000, ...stores });
		scheduler.schedule('a');
		scheduler.schedule('b');
		const flushed = scheduler.flush();
		await tick();
		expect(stores.calls.map((call) => call.name)).toEqual(['a', 'b']);
		stores.calls[0]!.finish(false);
		stores.calls[1]!.finish(true);
		expect(await flushed).toBe(1);
		expect(scheduler.isPending('a')).toBe(true);
		expect(scheduler.isPending('b')).toBe(false);
	});
});

const schedulers: StoreScheduler[] = [];
afterEach(() => {
	for (const scheduler of schedulers.splice(0)) scheduler.dispose();
});

function scheduler(lock: ((name: string) => boolean) | undefined) {
	const stored: string[] = [];
	const made = new StoreScheduler({
		debounceMs: 10,
		maxDebounceMs: 40,
		store: (name) => {
			stored.push(name);
			return true;
		},
		...(lock ? { storeLock: lock } : {})
	});
	schedulers.push(made);
	return { scheduler: made, stored };
}

describe('StoreScheduler with a store lock', () => {
	it.each([
		{ label: 'no lock', lock: undefined, force: false, stored: ['plan'], pending: false },
		{ label: 'the lock is ours', lock: () => true, force: false, stored: ['plan'], pending: false },
		{ label: 'the lock is not ours', lock: () => false, force: false, stored: [], pending: true },
		{
			label: 'forced past the lock',
			lock: () => false,
			force: true,
			stored: ['plan'],
			pending: false
		}
	])('$label: stores $stored', async ({ lock, force, stored, pending }) => {
		const made = scheduler(lock);
		made.scheduler.schedule('plan');
		expect(await made.scheduler.storeNow('plan', force)).toBe(!pending);
		expect(made.stored).toEqual(stored);
		expect(made.scheduler.isPending('plan')).toBe(pending);
	});

	it('stores a waiting document once the lock is given, and not again after', async () => {
		let mine = false;
		const made = scheduler(() => mine);
		made.scheduler.schedule('plan');
		expect(await made.scheduler.flush()).toBe(1);
		mine = true;
		made.scheduler.retry('plan');
		made.scheduler.retry('plan');
		expect(made.stored).toEqual(['plan']);
		expect(made.scheduler.pendingCount).toBe(0);
	});

	it('flushes past the lock when the relay stops', async () => {
		const made = scheduler(() => false);
		made.scheduler.schedule('plan');
		made.scheduler.schedule('plan.facilitation');
		expect(await made.scheduler.flush(true)).toBe(0);
		expect(made.stored.sort()).toEqual(['plan', 'plan.facilitation']);
	});
});
