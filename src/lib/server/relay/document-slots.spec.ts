import { describe, expect, it } from 'vitest';
import { slotFree, type HeldDocument } from './document-slots';

const limits = { documentsPerSocket: 3, otherBallots: 4 };
const held = (roomId: string, slot: HeldDocument['slot'], count = 1): HeldDocument[] =>
	Array.from({ length: count }, () => ({ roomId, slot }));

describe('slotFree', () => {
	it.each<[string, HeldDocument[], HeldDocument, boolean]>([
		['the first document', [], { roomId: 'a', slot: 'document' }, true],
		['a third document', held('a', 'document', 2), { roomId: 'b', slot: 'document' }, true],
		['a fourth document', held('a', 'document', 3), { roomId: 'b', slot: 'document' }, false],
		[
			'its own ballot beside full documents',
			held('a', 'document', 3),
			{ roomId: 'a', slot: 'ownBallot' },
			true
		],
		[
			'a second own ballot in one room',
			held('a', 'ownBallot'),
			{ roomId: 'a', slot: 'ownBallot' },
			false
		],
		[
			'an own ballot in another room',
			held('a', 'ownBallot'),
			{ roomId: 'b', slot: 'ownBallot' },
			true
		],
		[
			'own ballots in more rooms than documents',
			[...held('a', 'ownBallot'), ...held('b', 'ownBallot'), ...held('c', 'ownBallot')],
			{ roomId: 'd', slot: 'ownBallot' },
			false
		],
		[
			'the facilitator counting, under the cap',
			[...held('a', 'document', 3), ...held('a', 'otherBallot', 3)],
			{ roomId: 'a', slot: 'otherBallot' },
			true
		],
		[
			'the facilitator counting, at the cap',
			held('a', 'otherBallot', 4),
			{ roomId: 'a', slot: 'otherBallot' },
			false
		]
	])('%s', (_name, documents, next, free) => {
		expect(slotFree(documents, next, limits)).toBe(free);
	});
});
