import { describe, expect, it } from 'vitest';
import { touchesTable } from './dexie-changes';

describe('touchesTable', () => {
	it.each([
		[{ 'idb://canal/workshops/': {} }, true],
		[{ 'idb://canal/workshops/updatedAt': {} }, true],
		[{ 'idb://canal/updates/docId': {}, 'idb://canal/workshops/deletedAt': {} }, true],
		[{ 'idb://canal/updates/docId': {} }, false],
		[{ 'idb://canal-other/workshops/': {} }, false],
		[{ 'idb://canal/workshopsx/': {} }, false],
		[{}, false],
		[null, false],
		['idb://canal/workshops/', false],
		[42, false]
	])('%j touches canal’s workshops: %s', (announcement, touches) => {
		expect(touchesTable(announcement, 'canal', 'workshops')).toBe(touches);
	});
});
