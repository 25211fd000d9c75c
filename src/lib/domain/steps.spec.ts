import { describe, expect, it } from 'vitest';
import { isStepId, neighbours, STEPS } from './steps';

describe('steps', () => {
	it('are the eight steps of the method, numbered in order', () => {
		expect(STEPS.map((step) => step.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(new Set(STEPS.map((step) => step.id)).size).toBe(8);
	});
	it.each([
		['purpose', null, 'maturity'],
		['goals', 'platforms', 'commitment'],
		['review', 'commitment', null]
	] as const)('%s sits between %s and %s', (id, previous, next) => {
		const around = neighbours(id);
		expect(around.previous?.id ?? null).toBe(previous);
		expect(around.next?.id ?? null).toBe(next);
	});
	it.each([
		['purpose', true],
		['review', true],
		['Purpose', false],
		['../admin', false],
		[undefined, false]
	])('isStepId(%j) is %s', (value, expected) => {
		expect(isStepId(value)).toBe(expected);
	});
});
