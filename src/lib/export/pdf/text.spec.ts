import { describe, expect, it } from 'vitest';
import { breakable, pdfText, withGlyphs } from './text';

const ZWSP = '\u200b';
const longestRun = (text: string) =>
	Math.max(0, ...text.split(/[\s\u200b-]/u).map((run) => [...run].length));

describe('breakable', () => {
	const cases: { name: string; input: string; breaksAfter?: string[] }[] = [
		{ name: 'short words are left alone', input: 'Local press and community radio' },
		{
			name: 'markup breaks at its joints',
			input: 'Press <script>alert("x")</script> & co',
			breaksAfter: ['<script>', 'alert("x")']
		},
		{ name: 'a URL breaks after slashes', input: `https://example.org/${'a'.repeat(60)}` },
		{ name: 'a long German word', input: 'Donaudampfschifffahrtsgesellschaftskapitän' },
		{ name: 'Cyrillic', input: 'Городскойсоветподеламмолодёжиикультуры' },
		{ name: 'decomposed accents stay on their letter', input: 'e\u0301'.repeat(40) }
	];

	it.each(cases)('$name: reads the same without the break marks', ({ input }) => {
		expect(breakable(input).replaceAll(ZWSP, '')).toBe(input);
	});

	it.each(cases)('$name: leaves no run longer than 24 characters', ({ input }) => {
		expect(longestRun(breakable(input))).toBeLessThanOrEqual(24);
	});

	it.each(cases.filter((c) => c.breaksAfter))('$name: prefers joints', ({ input, breaksAfter }) => {
		for (const piece of breaksAfter!) expect(breakable(input)).toContain(`${piece}${ZWSP}`);
	});

	it('never puts a break before a combining accent', () => {
		expect(breakable('e\u0301'.repeat(40))).not.toMatch(/\u200b\p{M}/u);
	});
});

describe('pdfText', () => {
	it.each([
		{ input: 'a\u0000b\u0007c', output: 'abc' },
		{ input: 'tab\there', output: 'tab here' },
		{ input: 'one\r\ntwo\rthree', output: 'one\ntwo\nthree' },
		{ input: 'Influence over us ↑', output: 'Influence over us (up)' },
		{ input: 'poor → excellent', output: 'poor -> excellent' }
	])('$input', ({ input, output }) => {
		expect(pdfText(input)).toBe(output);
	});

	it('keeps an SVG well-formed when it substitutes', () => {
		expect(withGlyphs('<text>back ←</text>', true)).toBe('<text>back &lt;-</text>');
	});
});
