import { describe, expect, it } from 'vitest';
import type { WorkshopEntry } from './db';
import type { StashedEntry } from './stashed-entries';
import { withStashedEntries } from './workshop-list';

const entry = (id: string, title: string, updatedAt: number): WorkshopEntry => ({
	id,
	title,
	organisation: 'Riverside',
	facilitator: 'Inès',
	createdAt: 1,
	updatedAt,
	role: 'facilitator'
});

const LIST = [entry('b', 'Spring day', 20), entry('a', 'Joined workshop', 10)];

describe('withStashedEntries', () => {
	it.each<[string, [string, StashedEntry][], [string, string][]]>([
		[
			'no stash',
			[],
			[
				['b', 'Spring day'],
				['a', 'Joined workshop']
			]
		],
		[
			'a newer stash gives its title and moves the workshop up',
			[['a', { title: 'Library week', updatedAt: 30 }]],
			[
				['a', 'Library week'],
				['b', 'Spring day']
			]
		],
		[
			'a stash older than the stored entry is left aside',
			[['b', { title: 'Old title', updatedAt: 15 }]],
			[
				['b', 'Spring day'],
				['a', 'Joined workshop']
			]
		],
		[
			'a stash as old as the entry is left aside',
			[['b', { title: 'Same time', updatedAt: 20 }]],
			[
				['b', 'Spring day'],
				['a', 'Joined workshop']
			]
		],
		[
			'a stash without a time is left aside',
			[['a', { title: 'No time' }]],
			[
				['b', 'Spring day'],
				['a', 'Joined workshop']
			]
		],
		[
			'a stash for a workshop not listed adds nothing',
			[['gone', { title: 'Deleted', updatedAt: 99 }]],
			[
				['b', 'Spring day'],
				['a', 'Joined workshop']
			]
		],
		[
			'a newer stash that keeps the order keeps it',
			[['b', { title: 'Spring day, revised', updatedAt: 25 }]],
			[
				['b', 'Spring day, revised'],
				['a', 'Joined workshop']
			]
		]
	])('%s', (_, stashes, expected) => {
		const list = withStashedEntries(LIST, new Map(stashes));
		expect(list.map(({ id, title }) => [id, title])).toEqual(expected);
		// The stored entries are not changed.
		expect(LIST.map(({ title }) => title)).toEqual(['Spring day', 'Joined workshop']);
	});
});
