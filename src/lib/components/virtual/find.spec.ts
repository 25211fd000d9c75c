import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesName } from './find';

const records = [
	{ name: 'Zürich city council' },
	{ name: 'Élodie’s parents group' },
	{ name: 'Городской совет' },
	{ name: 'Press <script>alert("x")</script> & co' }
];

describe('matchesName', () => {
	it.each([
		{ query: '', want: 4 },
		{ query: '   ', want: 4 },
		{ query: 'zurich', want: 1 },
		{ query: 'ELODIE', want: 1 },
		{ query: 'council zür', want: 1 },
		{ query: 'совет', want: 1 },
		{ query: '<script>', want: 1 },
		{ query: 'nobody', want: 0 }
	])('"$query" finds $want', ({ query, want }) => {
		expect(matchesName(records, query)).toHaveLength(want);
	});

	it('keeps the same list for an empty query', () => {
		expect(matchesName(records, '')).toBe(records);
	});

	it('folds case and accents', () => {
		expect(foldForSearch('Ÿ É ﬁ')).toBe('y e fi');
	});
});
