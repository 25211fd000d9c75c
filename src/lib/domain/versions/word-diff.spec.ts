import { describe, expect, test } from 'vitest';
import { wordLine } from '../../../../tests/helpers/change-lines';
import { Random } from '../../../../tests/factories/random';
import { diffWords, tokenize, type WordPart } from './word-diff';

const side = (parts: readonly WordPart[], type: 'added' | 'removed') =>
	parts
		.filter((part) => part.type !== type)
		.map((part) => part.text)
		.join('');

describe('diffWords', () => {
	test.each([
		['', '', ''],
		['same words', 'same words', 'same words'],
		['', 'new text', '{+new text+}'],
		['old text', '', '[-old text-]'],
		['the quick fox', 'the slow fox', 'the [-quick-]{+slow+} fox'],
		['we post daily', 'we post daily and answer', 'we post daily{+ and answer+}'],
		['answer within a day', 'within a day', '[-answer -]within a day'],
		['a b c d', 'a c d e', 'a [-b -]c d{+ e+}'],
		// Whitespace is a token of its own: a changed line break shows as one.
		['one two', 'one\ntwo', 'one[- -]{+\n+}two'],
		['Δημοτική Βιβλιοθήκη', 'Δημοτική βιβλιοθήκη', 'Δημοτική [-Βιβλιοθήκη-]{+βιβλιοθήκη+}'],
		['emoji 🎉 here', 'emoji 🎈 here', 'emoji [-🎉-]{+🎈+} here'],
		// Deletions come before insertions within one run of changes.
		['keep x y keep', 'keep p q keep', 'keep [-x y-]{+p q+} keep']
	])('%j → %j', (before, after, expected) => {
		const parts = diffWords(before, after);
		expect(wordLine(parts)).toBe(expected);
		expect(side(parts, 'added')).toBe(before);
		expect(side(parts, 'removed')).toBe(after);
	});

	test('never two neighbouring parts of one type, never an empty part', () => {
		const parts = diffWords('a b c d e f g', 'a x c y e z g h');
		for (const [index, part] of parts.entries()) {
			expect(part.text).not.toBe('');
			if (index > 0) expect(part.type).not.toBe(parts[index - 1]!.type);
		}
	});

	test('marks no more than the shortest edit on random texts and gives both texts back', () => {
		const random = new Random(7);
		const words = ['we', 'listen', 'post', 'answer', 'the', 'press', 'daily'];
		const text = (n: number) =>
			Array.from({ length: n }, () => words[random.int(0, words.length - 1)]).join(' ');
		for (let round = 0; round < 200; round++) {
			const before = text(random.int(0, 30));
			const after = text(random.int(0, 30));
			const parts = diffWords(before, after);
			expect(side(parts, 'added')).toBe(before);
			expect(side(parts, 'removed')).toBe(after);
			// Shortest: no more words marked than the fewest edits (spaces joined into a change aside).
			const changedWords = parts
				.filter((part) => part.type !== 'same')
				.reduce((sum, part) => sum + tokenize(part.text).filter((t) => t.trim()).length, 0);
			expect(changedWords).toBeLessThanOrEqual(lcsEdits(tokenize(before), tokenize(after)));
		}
	});

	test('a rewrite beyond the bound is one deletion and one insertion of the middle', () => {
		const before = Array.from({ length: 400 }, (_, i) => `a${i}`).join(' ');
		const after = Array.from({ length: 400 }, (_, i) => `b${i}`).join(' ');
		const parts = diffWords(`start ${before} end`, `start ${after} end`, 100);
		expect(parts.map((part) => part.type)).toEqual(['same', 'removed', 'added', 'same']);
		expect(parts[1]!.text).toBe(before);
		expect(parts[2]!.text).toBe(after);
	});

	test('the longest paragraph, rewritten throughout, diffs in well under a second', () => {
		const random = new Random(3);
		const words = Array.from({ length: 3_000 }, () => `w${random.int(0, 500)}`);
		const edited = words.map((word) => (random.next() < 0.2 ? `x${word}` : word));
		const started = performance.now();
		const parts = diffWords(words.join(' '), edited.join(' '));
		expect(performance.now() - started).toBeLessThan(1_000);
		expect(side(parts, 'added')).toBe(words.join(' '));
		expect(side(parts, 'removed')).toBe(edited.join(' '));
	});
});

/** Insertions plus deletions of the shortest edit, by the textbook LCS table (small inputs). */
function lcsEdits(a: readonly string[], b: readonly string[]): number {
	const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--)
		for (let j = b.length - 1; j >= 0; j--)
			table[i]![j] =
				a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
	return a.length + b.length - 2 * table[0]![0]!;
}
