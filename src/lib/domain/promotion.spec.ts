import { describe, expect, it } from 'vitest';
import { appendLine, nameFromNote, PROMOTIONS } from './promotion';
import { STEP_IDS } from './steps';

describe('nameFromNote', () => {
	it.each([
		['local press', 'local press'],
		['  run a newsletter \n with monthly events', 'run a newsletter'],
		['word '.repeat(100), `${'word '.repeat(59).trim()}…`],
		['x'.repeat(400), `${'x'.repeat(299)}…`],
		['🙂'.repeat(301), `${'🙂'.repeat(299)}…`]
	])('%j → %j', (text, name) => {
		expect(nameFromNote(text)).toBe(name);
		expect([...nameFromNote(text)].length).toBeLessThanOrEqual(300);
	});
});

describe('appendLine', () => {
	it.each([
		['', 'Answer within a day', 'Answer within a day'],
		['Be kind', 'Answer within a day', 'Be kind\nAnswer within a day'],
		['Be kind\n\n', ' Answer within a day ', 'Be kind\nAnswer within a day']
	])('%j + %j', (existing, line, expected) => {
		expect(appendLine(existing, line)).toBe(expected);
	});
});

describe('PROMOTIONS', () => {
	it('offers something on every step but the review, with unique ids per step', () => {
		for (const step of STEP_IDS) {
			const ids = PROMOTIONS[step].map((option) => option.id);
			expect(new Set(ids).size).toBe(ids.length);
			expect(ids.length > 0).toBe(step !== 'review');
		}
	});
});
