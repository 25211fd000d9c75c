import { describe, expect, it } from 'vitest';
import { Random } from '../../../tests/factories/random';
import {
	compareStacking,
	FIRST_KEY,
	isStackKey,
	keyAbove,
	keyBelow,
	keyBetween,
	keysAbove,
	readStackKey,
	sortedByStacking
} from './stacking';

describe('keyBetween', () => {
	it.each([
		[null, null, 'a0'],
		[null, 'a0', 'Zz'],
		['a0', null, 'a1'],
		['az', null, 'b00'],
		['Zz', null, 'a0'],
		['b00', null, 'b01'],
		[null, 'b00', 'az'],
		[null, 'Z0', 'Yzz'],
		['a0', 'a1', 'a0V'],
		['a0', 'a0V', 'a0G'],
		['a0V', 'a1', 'a0l'],
		['Zz', 'a0', 'ZzV'],
		[null, 'a0V', 'a0'],
		['a0', 'a2', 'a1'],
		['a0V', 'a0W', 'a0VV'],
		// Malformed bounds count as none; bounds out of order give a key above the lower one.
		['', null, 'a0'],
		['a', null, 'a0'],
		['a00', null, 'a0'],
		['a0<script>', 'a1', 'a0'],
		['a1', 'a0', 'a2'],
		['a1', 'a1', 'a2']
	])('between %s and %s → %s', (below, above, expected) => {
		const key = keyBetween(below, above);
		expect(key).toBe(expected);
		expect(isStackKey(key)).toBe(true);
	});

	it('always lands strictly between its neighbours in a long random run', () => {
		const random = new Random(7);
		const keys: string[] = [FIRST_KEY];
		for (let i = 0; i < 2_000; i++) {
			const at = random.int(0, keys.length);
			const key = keyBetween(keys[at - 1] ?? null, keys[at] ?? null);
			if (at > 0) expect(key > (keys[at - 1] as string)).toBe(true);
			if (at < keys.length) expect(key < (keys[at] as string)).toBe(true);
			keys.splice(at, 0, key);
		}
		expect(new Set(keys).size).toBe(keys.length);
		expect([...keys].sort()).toEqual(keys);
		expect(keys.every(isStackKey)).toBe(true);
	});
});

describe('bring to front and send to back', () => {
	it('keeps keys short over 1,000 bring-to-fronts of two notes taking turns', () => {
		const z = new Map([
			['a', FIRST_KEY],
			['b', keyAbove([FIRST_KEY])]
		]);
		let longest = 0;
		for (let i = 0; i < 1_000; i++) {
			const id = i % 2 === 0 ? 'a' : 'b';
			const key = keyAbove(z.values());
			for (const other of z.values()) expect(key > other).toBe(true);
			z.set(id, key);
			longest = Math.max(longest, key.length);
		}
		expect(longest).toBeLessThanOrEqual(3);
	});

	it('keeps keys short over 1,000 send-to-backs', () => {
		let bottom = FIRST_KEY;
		let longest = 0;
		for (let i = 0; i < 1_000; i++) {
			const key = keyBelow([bottom, 'a5']);
			expect(key < bottom).toBe(true);
			bottom = key;
			longest = Math.max(longest, key.length);
		}
		expect(longest).toBeLessThanOrEqual(3);
	});

	it.each([
		[[], 'a0'],
		[[null, undefined, 'junk!'], 'a0'],
		[['a3', 'a1', null], 'a4']
	])('keyAbove(%j) → %s', (keys, expected) => {
		expect(keyAbove(keys)).toBe(expected);
	});

	it.each([
		[[], 'a0'],
		[['a3', 'a1', null], 'a0']
	])('keyBelow(%j) → %s', (keys, expected) => {
		expect(keyBelow(keys)).toBe(expected);
	});

	it('brings a selection to the front in rising order', () => {
		expect(keysAbove(['a0', 'a5'], 3)).toEqual(['a6', 'a7', 'a8']);
		expect(keysAbove([], 0)).toEqual([]);
	});
});

describe('readStackKey', () => {
	it.each([
		['a0', 'a0'],
		['a0V', 'a0V'],
		['Zz', 'Zz'],
		['b00', 'b00'],
		['a0V0', null],
		['b0', null],
		['A' + '0'.repeat(26), null],
		['a0' + 'V'.repeat(200), null],
		['a0 ', null],
		['', null],
		[42, null],
		[null, null]
	])('%j → %j', (value, expected) => {
		expect(readStackKey(value)).toBe(expected);
	});
});

describe('compareStacking', () => {
	it('sorts unkeyed items first, then by key, then by id', () => {
		const items = [
			{ id: 'c', z: 'a1' },
			{ id: 'b', z: 'a1' },
			{ id: 'z', z: null },
			{ id: 'y', z: 'broken key' },
			{ id: 'a', z: 'a2' },
			{ id: 'x', z: 'Zz' }
		];
		expect([...items].sort(compareStacking).map((item) => item.id)).toEqual([
			'y',
			'z',
			'x',
			'b',
			'c',
			'a'
		]);
	});
});

describe('sortedByStacking', () => {
	it('gives compareStacking’s order, malformed and repeated keys included', () => {
		const random = new Random(11);
		const keys = [null, '', 'broken key', 'a0', 'a1', 'a1V', 'Zz', 'b10', FIRST_KEY];
		const items = Array.from({ length: 500 }, (_, index) => ({
			id: `n${random.int(0, 300)}`,
			z: random.pick(keys),
			index
		}));
		expect(sortedByStacking(items)).toEqual([...items].sort(compareStacking));
	});
});
