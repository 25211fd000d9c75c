import { describe, expect, it } from 'vitest';
import { dotsUsed, placeDot, ranked, tally } from './voting';

const free = { budget: 3, onePerItem: false };
const single = { budget: 3, onePerItem: true };

describe('placing dots', () => {
	it.each([
		['a first dot', {}, 'a', 1, free, { a: 1 }],
		['a second dot on the same item', { a: 1 }, 'a', 1, free, { a: 2 }],
		['past the budget', { a: 2, b: 1 }, 'c', 1, free, null],
		['a second dot when one per item', { a: 1 }, 'a', 1, single, null],
		['taking one back', { a: 2 }, 'a', -1, free, { a: 1 }],
		['taking the last one back', { a: 1 }, 'a', -1, free, {}],
		['taking back what is not there', {}, 'a', -1, free, null]
	] as const)('%s', (_, dots, item, change, vote, expected) => {
		expect(placeDot(dots, item, change, vote)).toEqual(expected);
	});

	it('counts dots used', () => {
		expect(dotsUsed({ a: 2, b: 1 })).toBe(3);
	});
});

describe('tally', () => {
	const items = new Set(['a', 'b', 'c']);
	it('adds ballots up', () => {
		expect(tally([{ a: 2, b: 1 }, { a: 1 }, {}], free, items)).toEqual({ a: 3, b: 1 });
	});
	it('ignores what a ballot could not legally hold', () => {
		expect(tally([{ a: 50, b: 1, gone: 2 }], free, items)).toEqual({ a: 3 });
		expect(tally([{ a: 2, b: 1.5, c: -1 }], single, items)).toEqual({ a: 1 });
	});
	it('ranks results, most dots first, ties in their own order', () => {
		const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
		expect(ranked(list, { b: 2, c: 2 }).map((r) => `${r.item.id}${r.dots}`)).toEqual([
			'b2',
			'c2',
			'a0'
		]);
	});
});
