import { beforeAll, describe, expect, it } from 'vitest';
import { referenceWorkshop } from '../../../tests/factories/workshop';
import type { Plan } from '../domain/plan';
import { drawnRecords, keepDrawn, undrawnFields } from './drawn-records';

describe('drawnRecords', () => {
	let plan: Plan;
	beforeAll(() => {
		plan = referenceWorkshop().toJSON();
	});

	it('takes the new records when one comes or goes', () => {
		const records = plan.platforms;
		expect(drawnRecords('platforms', records, records.slice(1))).not.toBe(records);
		expect(drawnRecords('platforms', undefined, records)).toBe(records);
		expect(drawnRecords('platforms', records, [...records])).toBe(records);
	});

	it('keeps, call after call, what a derived value draws', () => {
		const keep = keepDrawn<Record<string, unknown>>('platforms');
		const records = plan.platforms as unknown as Record<string, unknown>[];
		expect(keep(records)).toBe(records);
		const typed = records.map((record, index) =>
			index === 0 ? { ...record, reason: 'Typed' } : record
		);
		expect(keep(typed)).toBe(records);
		const renamed = records.map((record, index) =>
			index === 0 ? { ...record, name: 'Renamed' } : record
		);
		expect(keep(renamed)).toBe(renamed);
	});

	it('counts only long texts as undrawn', () => {
		expect([...undrawnFields('platforms')].sort()).toEqual(['norms', 'reason']);
		expect(undrawnFields('stakeholders').has('name')).toBe(false);
		expect(undrawnFields('stakeholders').has('interests')).toBe(true);
	});
});
