import { describe, expect, it } from 'vitest';
import { diffText, mapCaret } from './text-diff';

function apply(before: string, after: string): string {
	const splice = diffText(before, after);
	if (!splice) return before;
	return before.slice(0, splice.index) + splice.insert + before.slice(splice.index + splice.remove);
}

describe('diffText', () => {
	it.each([
		['', 'hello', { index: 0, remove: 0, insert: 'hello' }],
		['hello', '', { index: 0, remove: 5, insert: '' }],
		['hello world', 'hello brave world', { index: 6, remove: 0, insert: 'brave ' }],
		['abc', 'abXc', { index: 2, remove: 0, insert: 'X' }],
		['aaaa', 'aaa', { index: 3, remove: 1, insert: '' }],
		['same', 'same', null]
	])('%j → %j is %o', (before, after, expected) => {
		expect(diffText(before, after)).toEqual(expected);
	});

	it.each([
		['🙂', '🙃'],
		['a🙂b', 'a🙃b'],
		['x😀', 'x😁'],
		['😀y', '😁y'],
		['e\u0301', 'é'],
		['Москва', 'Москве']
	])('never splits a surrogate pair: %j → %j', (before, after) => {
		const splice = diffText(before, after);
		expect(splice).not.toBeNull();
		const removed = before.slice(splice!.index, splice!.index + splice!.remove);
		expect(removed).toBe(removed.toWellFormed());
		expect(splice!.insert).toBe(splice!.insert.toWellFormed());
		expect(apply(before, after)).toBe(after);
	});

	it('round-trips random edits', () => {
		const alphabet = 'ab 🙂é';
		let seed = 7;
		const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
		const word = () => Array.from({ length: rand(8) }, () => [...alphabet][rand(5)]).join('');
		for (let i = 0; i < 500; i++) {
			const before = word();
			const after = word();
			expect(apply(before, after)).toBe(after);
		}
	});
});

describe('mapCaret', () => {
	it.each([
		['text typed before the caret pushes it right', 'hello', 'oh hello', 5, 8],
		['text typed after the caret leaves it', 'hello', 'hello there', 2, 2],
		['text deleted before the caret pulls it left', 'oh hello', 'hello', 8, 5],
		['a caret inside deleted text lands at the cut', 'abcdef', 'af', 3, 1]
	])('%s', (_, before, after, caret, expected) => {
		expect(mapCaret(before, after, caret)).toBe(expected);
	});
});
