import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	characterCount,
	clipCharacters,
	oneLine,
	shorten,
	STANDS_ALONE,
	type ShortenOptions
} from './text';

const FAMILY = '👩‍👩‍👧'; // five code points: three people joined by two zero-width joiners
const ENGLAND = '🏴󠁧󠁢󠁥󠁮󠁧󠁿'; // a black flag and six tag characters
const CAFE = 'cafe\u0301'; // an e with a combining acute accent
const GREETING = 'مَرْحَبًا'; // Arabic letters with their vowel marks

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const clusters = (text: string) => [...segmenter.segment(text)].map((s) => s.segment);

/** True when `head` is made of whole clusters of `text`, from its start. */
function endsBetweenClusters(text: string, head: string): boolean {
	const all = clusters(text);
	const kept = clusters(head);
	return kept.every((cluster, i) => all[i] === cluster);
}

describe('characterCount', () => {
	it.each([
		['', 0],
		['plain', 5],
		['🙂🙂', 2],
		[FAMILY, 5],
		['🇫🇷', 2],
		[CAFE, 5],
		['e\u0301', 2],
		['مرحبا', 5],
		[GREETING, 9],
		['漢字かな', 4],
		['𠀀', 1],
		['\ud83d', 1]
	])('counts %j as %i characters', (value, count) => {
		expect(characterCount(value)).toBe(count);
	});

	it('answers a string no longer than the point given with its UTF-16 length, an upper bound', () => {
		expect(characterCount('🙂🙂', 4)).toBe(4);
		expect(characterCount('🙂🙂', 3)).toBe(2);
	});
});

const CLIPS: [string, number, string][] = [
	['', 0, ''],
	['', 5, ''],
	['plain', 0, ''],
	['plain', 3, 'pla'],
	['plain', 5, 'plain'],
	['short', 300, 'short'],
	['🙂🙂🙂', 2, '🙂🙂'],
	['a🙂b', 2, 'a🙂'],
	['\ud83dabc', 2, '\ud83da'],
	[`a${FAMILY}b`, 3, 'a'],
	[`a${FAMILY}b`, 6, `a${FAMILY}`],
	[`a${FAMILY}b`, 7, `a${FAMILY}b`],
	['🇫🇷🇩🇪', 1, ''],
	['🇫🇷🇩🇪', 3, '🇫🇷'],
	[`${ENGLAND}x`, 7, ENGLAND],
	[`${ENGLAND}x`, 6, ''],
	['👍🏽👍', 1, ''],
	['👍🏽👍', 2, '👍🏽'],
	['1️⃣2️⃣', 4, '1️⃣'],
	[CAFE, 4, 'caf'],
	[CAFE, 5, CAFE],
	['مرحبا', 3, 'مرح'],
	[GREETING, 3, 'مَ'],
	[GREETING, 4, 'مَرْ'],
	['漢字かな', 2, '漢字'],
	['𠀀𠀁', 1, '𠀀'],
	['a\r\nb', 2, 'a'],
	['a\r\nb', 3, 'a\r\n'],
	// Plain ASCII on both sides of the cut: no segmenting needed, and still none where it would matter.
	['Local newspaper', 5, 'Local'],
	['ab\u0301c', 2, 'a'],
	['ab\u200dc', 2, 'a'],
	['ab\tc', 3, 'ab\t']
];

describe('clipCharacters', () => {
	it.each(CLIPS)('clips %j to %i characters: %j', (value, max, clipped) => {
		const result = clipCharacters(value, max);
		expect(result).toBe(clipped);
		expect(characterCount(result)).toBeLessThanOrEqual(Math.max(0, max));
	});

	it('reads no further than the limit into a very long text', () => {
		const page = `${'🙂'.repeat(299)}${FAMILY}${'x'.repeat(5_000_000)}`;
		expect(clipCharacters(page, 300)).toBe('🙂'.repeat(299));
	});
});

describe('characters that never join a neighbour', () => {
	const all = STANDS_ALONE.flatMap(([from, to]) =>
		Array.from({ length: to - from + 1 }, (_, offset) => String.fromCharCode(from + offset))
	);

	it('are each a cluster of their own, next to a letter or to each other', () => {
		// The break rules look at one pair at a time: a character that is its own cluster after
		// and before a plain letter, and beside itself, joins nothing on either side.
		const joined = all.filter(
			(char) =>
				clusters(`x${char}`).length !== 2 ||
				clusters(`${char}x`).length !== 2 ||
				clusters(`${char}${char}`).length !== 2
		);
		expect(all.length).toBeGreaterThan(1_500);
		expect(joined.map((char) => char.codePointAt(0)?.toString(16))).toEqual([]);
	});

	it('are cut between without making a segmenter', async () => {
		vi.stubGlobal(
			'Intl',
			Object.assign(Object.create(Intl) as object, {
				Segmenter: function () {
					throw new Error('a segmenter was made');
				}
			})
		);
		vi.resetModules();
		try {
			const text = await import('./text');
			expect(text.clipCharacters('Café “Ωμέγα” — Привет', 8)).toBe('Café “Ωμ');
			expect(text.clipCharacters('Zürich’s naïve façade', 12)).toBe('Zürich’s naï');
		} finally {
			vi.unstubAllGlobals();
			vi.resetModules();
		}
	});
});

describe('clipCharacters where the browser has no Intl.Segmenter', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.resetModules();
	});

	it.each(CLIPS)('still clips %j to %i characters: %j', async (value, max, clipped) => {
		vi.stubGlobal('Intl', Object.assign(Object.create(Intl) as object, { Segmenter: undefined }));
		vi.resetModules();
		const text = await import('./text');
		expect(text.clipCharacters(value, max)).toBe(clipped);
	});
});

const SHORTENED: [string, number, ShortenOptions, string][] = [
	['', 0, {}, ''],
	['', 3, {}, ''],
	['short', 10, {}, 'short'],
	['exact', 5, {}, 'exact'],
	['abcdef', 4, {}, 'abc…'],
	['abc', 1, {}, '…'],
	['abc', 0, {}, ''],
	['😀'.repeat(8), 4, { trim: 'punctuation' }, '😀😀😀…'],
	[`${CAFE} crème`, 6, { trim: 'punctuation' }, `${CAFE}…`],
	[`${CAFE} crème`, 5, { trim: 'punctuation' }, 'caf…'],
	['Parents, teachers', 9, { trim: 'punctuation' }, 'Parents…'],
	['Parents, teachers', 9, {}, 'Parents,…'],
	['Plan the launch week', 10, { trim: 'spaces' }, 'Plan the…'],
	['Plan the launch week', 10, {}, 'Plan the …'],
	[`${FAMILY}${FAMILY}`, 7, {}, `${FAMILY}…`],
	[`${FAMILY}${FAMILY}`, 5, {}, '…'],
	['🇫🇷🇩🇪🇮🇹', 4, {}, '🇫🇷…'],
	['مرحبا بالعالم', 7, { trim: 'spaces' }, 'مرحبا…'],
	[`${GREETING} ${GREETING}`, 6, {}, 'مَرْ…'],
	['社交媒体战略', 4, {}, '社交媒…'],
	['word '.repeat(100).trim(), 300, { atWord: true }, `${'word '.repeat(59).trim()}…`],
	['x'.repeat(400), 300, { atWord: true }, `${'x'.repeat(299)}…`],
	['🙂'.repeat(301), 300, { atWord: true }, `${'🙂'.repeat(299)}…`],
	['a long-winded name', 10, { atWord: true }, 'a long-wi…']
];

describe('shorten', () => {
	it.each(SHORTENED)('%j to %i characters (%j): %j', (text, max, options, shortened) => {
		const result = shorten(text, max, options);
		expect(result).toBe(shortened);
		expect(characterCount(result)).toBeLessThanOrEqual(max);
		expect(endsBetweenClusters(text, result.replace(/…$/u, ''))).toBe(true);
	});

	it('caps a pasted page to a label-sized name', () => {
		expect(shorten('x'.repeat(10_000), 32)).toBe(`${'x'.repeat(31)}…`);
	});
});

describe('oneLine', () => {
	it.each([
		['Parents', '', 'Parents'],
		['  Parents\n of  young\tchildren ', '', 'Parents of young children'],
		['', 'Unnamed stakeholder', 'Unnamed stakeholder'],
		[' \n\t ', 'Unnamed platform', 'Unnamed platform']
	])('%j → %j', (text, fallback, line) => {
		expect(oneLine(text, fallback)).toBe(line);
	});
});
