import { describe, expect, it } from 'vitest';
import { characterCount, clipCharacters } from './limits';

describe('text length in characters', () => {
	it.each([
		['', 0],
		['plain', 5],
		['🙂🙂', 2],
		['👩‍👩‍👧', 5],
		['e\u0301', 2],
		['\ud83d', 1]
	])('counts %j as %i characters', (value, count) => {
		expect(characterCount(value)).toBe(count);
	});

	it('answers a string no longer than the point given with its UTF-16 length, an upper bound', () => {
		expect(characterCount('🙂🙂', 4)).toBe(4);
		expect(characterCount('🙂🙂', 3)).toBe(2);
	});

	it.each([
		['plain', 3, 'pla'],
		['🙂🙂🙂', 2, '🙂🙂'],
		['a🙂b', 2, 'a🙂'],
		['short', 300, 'short']
	])('clips %j to %i characters: %j', (value, max, clipped) => {
		expect(clipCharacters(value, max)).toBe(clipped);
	});
});
