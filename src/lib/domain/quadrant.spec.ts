import { describe, expect, it } from 'vitest';
import { byQuadrant, quadrantLabel, quadrantOf, type Quadrant } from './quadrant';

describe('quadrantOf', () => {
	const cases: [influence: number, interest: number, expected: Quadrant][] = [
		[100, 100, 'manage-closely'],
		[50, 50, 'manage-closely'],
		[80, 10, 'keep-satisfied'],
		[50, 49.9, 'keep-satisfied'],
		[10, 80, 'keep-informed'],
		[49.9, 50, 'keep-informed'],
		[0, 0, 'monitor'],
		[49, 49, 'monitor']
	];
	it.each(cases)('influence %d, interest %d → %s', (influence, interest, expected) => {
		expect(quadrantOf({ influence, interest })).toBe(expected);
		expect(quadrantOf({ influence, interest, placed: true })).toBe(expected);
	});

	it.each([
		[50, 50],
		[100, 0]
	])('influence %d, interest %d, placed by nobody → no quadrant', (influence, interest) => {
		expect(quadrantOf({ influence, interest, placed: false })).toBeNull();
		expect(quadrantLabel({ influence, interest, placed: false })).toBe('Not placed yet');
	});
});

describe('byQuadrant', () => {
	it('keeps every stakeholder exactly once, in the given order', () => {
		const list = [
			{ id: 'a', influence: 90, interest: 90 },
			{ id: 'b', influence: 10, interest: 10 },
			{ id: 'c', influence: 95, interest: 60 },
			{ id: 'd', influence: 50, interest: 50, placed: false }
		];
		const groups = byQuadrant(list);
		expect(groups['manage-closely'].map((s) => s.id)).toEqual(['a', 'c']);
		expect(groups.monitor.map((s) => s.id)).toEqual(['b']);
		expect(groups['keep-satisfied']).toEqual([]);
		expect(groups['keep-informed']).toEqual([]);
		expect(groups['not-placed'].map((s) => s.id)).toEqual(['d']);
	});
});
