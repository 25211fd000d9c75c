import { describe, expect, test } from 'vitest';
import { strategyPlan } from '../../../../tests/factories/strategy-plan';
import type { Plan } from '../plan';
import { diffPlans } from './diff-plans';
import { reportEntries } from './report-entries';

const reference = strategyPlan();

function edited(edit: (plan: Plan) => void): Plan {
	const plan = structuredClone(reference);
	edit(plan);
	return plan;
}

describe('reportEntries', () => {
	test.each<[string, (plan: Plan) => void, string[]]>([
		['nothing changed', () => {}, []],
		[
			'two stakeholders moved: one row each, in the differ’s order',
			(plan) => {
				plan.stakeholders[0]!.interest = 3;
				plan.stakeholders[1]!.interest = 4;
			},
			[
				`record:r:stakeholders:${reference.stakeholders[0]!.id}`,
				`record:r:stakeholders:${reference.stakeholders[1]!.id}`
			]
		],
		[
			'a purpose text: a field row of its own',
			(plan) => (plan.purpose.statement = `${plan.purpose.statement} Again.`),
			['field:f:purpose:statement']
		]
	])('%s', (_, edit, expected) => {
		const { steps } = diffPlans(reference, edited(edit));
		expect(steps.flatMap((step) => reportEntries(step)).map((e) => `${e.kind}:${e.key}`)).toEqual(
			expected
		);
	});

	test('counts every change of the large workshop against an empty copy, each key once', () => {
		const large = strategyPlan('large');
		const emptied = structuredClone(large);
		emptied.stakeholders = [];
		emptied.goals = [];
		const { steps } = diffPlans(large, emptied);
		const entries = steps.flatMap((step) => reportEntries(step));
		const records = steps.reduce((sum, step) => sum + step.records.length, 0);
		expect(entries.filter((e) => e.kind === 'record')).toHaveLength(records);
		expect(records).toBeGreaterThanOrEqual(large.stakeholders.length + large.goals.length);
		expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
	}, 60_000);
});
