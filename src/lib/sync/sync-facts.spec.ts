import { describe, expect, it } from 'vitest';
import { syncStatus, UNREACHABLE_AFTER_MS, type SyncFacts } from './sync-facts';

const base: SyncFacts = {
	online: true,
	socket: 'connected',
	synced: true,
	unsynced: 0,
	refused: null,
	role: 'participant',
	downSince: null,
	now: 100_000
};

describe('syncStatus', () => {
	it.each([
		['connected and synced', {}, { kind: 'synced' }],
		['edits in flight', { unsynced: 3 }, { kind: 'unsynced', count: 3 }],
		['an observer', { role: 'observer' }, { kind: 'read-only' }],
		[
			'no network',
			{ online: false, socket: 'disconnected', unsynced: 2 },
			{ kind: 'offline', unsynced: 2 }
		],
		[
			'refused, even while connected',
			{ refused: 'The link is not valid' },
			{ kind: 'refused', reason: 'The link is not valid' }
		],
		[
			'just lost',
			{ socket: 'disconnected', downSince: 99_000 },
			{ kind: 'connecting', unsynced: 0 }
		],
		['connected but not synced yet', { synced: false }, { kind: 'connecting', unsynced: 0 }],
		[
			'down for a while',
			{ socket: 'connecting', downSince: 100_000 - UNREACHABLE_AFTER_MS, unsynced: 5 },
			{ kind: 'unreachable', unsynced: 5, since: 100_000 - UNREACHABLE_AFTER_MS }
		]
	] as [string, Partial<SyncFacts>, unknown][])('%s', (_, patch, expected) => {
		expect(syncStatus({ ...base, ...patch })).toEqual(expected);
	});
});
