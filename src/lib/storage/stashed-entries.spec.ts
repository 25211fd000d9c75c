import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStashValue, stashedEntries, stashValue } from './stashed-entries';

describe('a stash value', () => {
	it.each([
		['an update alone stays plain base64', 'AQID', null],
		['an update with its entry', 'AQID', { title: 'Library week', updatedAt: 5 }]
	])('%s reads back as written', (_, update, entry) => {
		expect(readStashValue(stashValue(update, entry))).toEqual({ update, entry });
	});

	it.each([
		['{"update":"AQID","entry":{"title":7,"evil":"x"}}', { update: 'AQID', entry: null }],
		[
			'{"update":"AQID","entry":{"title":"T","organisation":"O","updatedAt":"soon"}}',
			{ update: 'AQID', entry: { title: 'T', organisation: 'O' } }
		],
		['{"update":"AQID","entry":"Library week"}', { update: 'AQID', entry: null }]
	])('keeps only the fields it may carry, each of its own type: %s', (value, read) => {
		expect(readStashValue(value)).toEqual(read);
	});

	it.each(['{"entry":{"title":"T"}}', '{"update":5}', '{not json'])(
		'is refused when damaged: %s',
		(value) => {
			expect(() => readStashValue(value)).toThrow();
		}
	);
});

describe('stashedEntries', () => {
	afterEach(() => vi.unstubAllGlobals());

	function storageOf(items: Record<string, string>): Storage {
		const keys = Object.keys(items);
		return {
			length: keys.length,
			key: (index: number) => keys[index] ?? null,
			getItem: (key: string) => items[key] ?? null
		} as Storage;
	}

	it('gives the newest entry stashed for each workshop, and reads past damaged stashes', () => {
		vi.stubGlobal(
			'localStorage',
			storageOf({
				'canal:unsaved:w1:page-a': stashValue('AQ', { title: 'Older', updatedAt: 1 }),
				'canal:unsaved:w1:page-b': stashValue('AQ', { title: 'Newer', updatedAt: 2 }),
				'canal:unsaved:w2:page-a': 'AQ',
				'canal:unsaved:w3/drafts/ana:page-a': stashValue('AQ', { title: 'A draft', updatedAt: 3 }),
				'canal:unsaved:w4:page-a': '{damaged',
				'canal:settings': stashValue('AQ', { title: 'Not a stash', updatedAt: 9 })
			})
		);
		expect([...stashedEntries()]).toEqual([
			['w1', { title: 'Newer', updatedAt: 2 }],
			['w3/drafts/ana', { title: 'A draft', updatedAt: 3 }]
		]);
	});

	it('is empty where storage is disabled', () => {
		vi.stubGlobal('localStorage', undefined);
		expect(stashedEntries().size).toBe(0);
	});
});
