import { describe, expect, it } from 'vitest';
import type { RecordKinds } from './plan';
import { stepsWithContent, type PlanReader } from './progress';
import type { StepId } from './steps';

type Lists = { [K in keyof RecordKinds]?: readonly Partial<RecordKinds[K]>[] };

type Sections = Partial<Omit<PlanReader, 'count' | 'values'>>;

function reader(lists: Lists = {}, patch: Sections = {}): PlanReader {
	return {
		purpose: { statement: '', knownFor: '' },
		commitment: {} as PlanReader['commitment'],
		ratings: [],
		maturityNotes: {},
		...patch,
		count: (kind) => lists[kind]?.length ?? 0,
		values: () => (lists.notes ?? []).map((note) => note.step as StepId)
	};
}

const everyWorkingStep: [Lists, Sections] = [
	{
		values: [{ text: 'Open' }],
		stakeholders: [{ name: 'Press' }],
		listening: [{ text: 'They ask about hours' }],
		platforms: [{ name: 'Forum' }],
		goals: [{ statement: 'Answer faster' }]
	},
	{
		ratings: [{ memberId: 'abcdef', dimension: 'planning', score: 3 }],
		commitment: { budget: '€500 a year' } as unknown as PlanReader['commitment']
	}
];

describe('stepsWithContent', () => {
	it.each<{ name: string; plan: PlanReader; started: StepId[] }>([
		{ name: 'an empty plan', plan: reader(), started: [] },
		{
			name: 'a note starts its step, the review’s included',
			plan: reader({ notes: [{ step: 'review' }, { step: 'goals' }] }),
			started: ['goals', 'review']
		},
		{
			name: 'every working step filled: review counts as started too',
			plan: reader(...everyWorkingStep),
			started: [
				'purpose',
				'maturity',
				'stakeholders',
				'listening',
				'platforms',
				'goals',
				'commitment',
				'review'
			]
		},
		{
			name: 'one working step empty: review waits',
			plan: reader({ ...everyWorkingStep[0], goals: [] }, everyWorkingStep[1]),
			started: ['purpose', 'maturity', 'stakeholders', 'listening', 'platforms', 'commitment']
		}
	])('$name', ({ plan, started }) => {
		expect([...stepsWithContent(plan)].sort()).toEqual([...started].sort());
	});
});
