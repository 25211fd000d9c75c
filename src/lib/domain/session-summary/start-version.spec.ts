import { describe, expect, it } from 'vitest';
import { SESSION_START_NAME, sessionStartName, sessionStartVersion } from './start-version';

const START = 1_000_000_000;
const v = (id: string, name: string, offsetMs: number) => ({
	id,
	name,
	createdAt: START + offsetMs
});

describe('sessionStartVersion', () => {
	it.each([
		{ name: 'no versions', versions: [], expected: null },
		{
			name: 'the version saved as the session started, over a later step’s',
			versions: [
				v('a', 'Monday', -86_400_000),
				v('b', `${SESSION_START_NAME}, 09:00`, 800),
				v('c', 'End of step 1: Purpose', 30_000)
			],
			expected: 'b'
		},
		...(['fr', 'de', 'ar'] as const).map((locale) => ({
			name: `the start saved by someone who works in ${locale}`,
			versions: [
				v('a', 'Monday', -86_400_000),
				v('b', 'Before lunch', -3_600_000),
				v('c', sessionStartName('09:00', locale), 800)
			],
			expected: 'c'
		})),
		{
			name: 'else the newest saved before the start',
			versions: [
				v('a', 'Monday', -86_400_000),
				v('b', 'Before lunch', -3_600_000),
				v('c', 'End of step 1', 30_000)
			],
			expected: 'b'
		},
		{
			name: 'not a start version of another day',
			versions: [
				v('a', `${SESSION_START_NAME}, last week`, -7 * 86_400_000),
				v('b', 'Yesterday', -86_400_000)
			],
			expected: 'b'
		},
		{
			name: 'nothing from before the start',
			versions: [v('c', 'End of step 1', 30_000)],
			expected: null
		}
	])('$name', ({ versions, expected }) => {
		expect(sessionStartVersion(versions, START)?.id ?? null).toBe(expected);
	});
});

describe('sessionStartName', () => {
	it.each([
		['en', 'Start of the session, 09:00'],
		['fr', 'Début de la séance, 09:00'],
		['ar', 'بداية الجلسة، 09:00']
	] as const)('in %s', (locale, name) => {
		expect(sessionStartName('09:00', locale)).toBe(name);
	});
});
