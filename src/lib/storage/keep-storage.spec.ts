import { afterEach, describe, expect, it, vi } from 'vitest';
import { askToKeepStorage } from './keep-storage';

function storage(persisted: boolean, grant: boolean | Error) {
	const calls: string[] = [];
	return {
		calls,
		storage: {
			persisted: async () => (calls.push('persisted'), persisted),
			persist: async () => {
				calls.push('persist');
				if (grant instanceof Error) throw grant;
				return grant;
			}
		}
	};
}

describe('askToKeepStorage', () => {
	afterEach(() => vi.unstubAllGlobals());

	it.each([
		['already kept: does not ask again', true, false, true, ['persisted']],
		['not yet kept: asks, and the browser agrees', false, true, true, ['persisted', 'persist']],
		['not yet kept: asks, and the browser declines', false, false, false, ['persisted', 'persist']],
		[
			'the browser throws: reads as not kept',
			false,
			new Error('denied'),
			false,
			['persisted', 'persist']
		]
	] as const)('%s', async (_, persisted, grant, expected, calls) => {
		const fake = storage(persisted, grant);
		vi.stubGlobal('navigator', { storage: fake.storage });
		expect(await askToKeepStorage()).toBe(expected);
		expect(fake.calls).toEqual(calls);
	});

	it('answers false where there is no storage manager', async () => {
		vi.stubGlobal('navigator', {});
		expect(await askToKeepStorage()).toBe(false);
	});
});
