import { afterEach, describe, expect, it } from 'vitest';
import { StoreScheduler } from './store-scheduler';

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
	])('$label: stores $stored', ({ lock, force, stored, pending }) => {
		const made = scheduler(lock);
		made.scheduler.schedule('plan');
		expect(made.scheduler.storeNow('plan', force)).toBe(!pending);
		expect(made.stored).toEqual(stored);
		expect(made.scheduler.isPending('plan')).toBe(pending);
	});

	it('stores a waiting document once the lock is given, and not again after', () => {
		let mine = false;
		const made = scheduler(() => mine);
		made.scheduler.schedule('plan');
		expect(made.scheduler.flush()).toBe(1);
		mine = true;
		made.scheduler.retry('plan');
		made.scheduler.retry('plan');
		expect(made.stored).toEqual(['plan']);
		expect(made.scheduler.pendingCount).toBe(0);
	});

	it('flushes past the lock when the relay stops', () => {
		const made = scheduler(() => false);
		made.scheduler.schedule('plan');
		made.scheduler.schedule('plan.facilitation');
		expect(made.scheduler.flush(true)).toBe(0);
		expect(made.stored.sort()).toEqual(['plan', 'plan.facilitation']);
	});
});
