import { describe, expect, test } from 'vitest';
import { changeLines } from '../../../../tests/helpers/change-lines';
import { strategyPlan } from '../../../../tests/factories/strategy-plan';
import type { Plan } from '../plan';
import { diffPlans } from './diff-plans';
import { hasChanges, publicChanges, summarizeChanges } from './summary';

const reference = strategyPlan();

/** A copy of the reference plan with `edit` applied. */
function edited(edit: (plan: Plan) => void): Plan {
	const plan = structuredClone(reference);
	edit(plan);
	return plan;
}

describe('diffPlans', () => {
	test.each([
		['the reference plan', strategyPlan()],
		['the large workshop', strategyPlan('large')]
	])('finds nothing between %s and itself, or a copy of it', (_, plan) => {
		expect(diffPlans(plan, plan)).toEqual({ steps: [] });
		expect(hasChanges(diffPlans(plan, structuredClone(plan)))).toBe(false);
		expect(summarizeChanges(diffPlans(plan, plan))).toBe('No changes');
	});

	const s = reference.stakeholders;
	const p = reference.platforms;
	const g = reference.goals;
	test.each<[string, (plan: Plan) => void, string[]]>([
		[
			'a stakeholder moved to another quadrant',
			(plan) => Object.assign(plan.stakeholders[0]!, { influence: 90, interest: 10, placed: true }),
			[
				`stakeholders: stakeholders changed "${s[0]!.name}"`,
				expect.stringMatching(/^ {2}moved .+ → keep-satisfied$/),
				...(s[0]!.influence !== 90 ? [`  influence: ${s[0]!.influence} → 90`] : []),
				...(s[0]!.interest !== 10 ? [`  interest: ${s[0]!.interest} → 10`] : [])
			].filter((line) => line !== undefined)
		],
		[
			'a platform decision with its reason',
			(plan) => {
				plan.platforms[0]!.decision = 'maintain';
				plan.platforms[0]!.reason = 'Our key stakeholders moved elsewhere.';
			},
			[
				`platforms: platforms changed "${p[0]!.name}"`,
				'  decision Focus → Maintain',
				'  decision: Focus → Maintain',
				expect.stringMatching(/^ {2}reason: Our key stakeholders /)
			]
		],
		[
			'a goal added and another one’s target and deadline',
			(plan) => {
				plan.goals.push({
					...structuredClone(plan.goals[0]!),
					id: 'newgoal',
					statement: 'Answer within a day'
				});
				Object.assign(plan.goals[1]!, { target: '500 members', deadline: '2027-06-30' });
			},
			[
				'goals: goals added "Answer within a day"',
				expect.stringMatching(/^goals: goals changed "/),
				`  target: ${g[1]!.target || 'not set'} → 500 members`,
				`  deadline: ${g[1]!.deadline || 'not set'} → 2027-06-30`
			]
		],
		[
			'a removed stakeholder, its presence links and goal links with it',
			(plan) => {
				const id = plan.stakeholders[1]!.id;
				plan.stakeholders.splice(1, 1);
				plan.presence = plan.presence.filter((link) => link.stakeholderId !== id);
				for (const goal of plan.goals)
					goal.stakeholderIds = goal.stakeholderIds.filter((x) => x !== id);
			},
			// What a removal implies (its links going) is not listed again.
			[`stakeholders: stakeholders removed "${s[1]!.name}"`]
		],
		[
			'a goal linked to one more stakeholder',
			(plan) => {
				const id = plan.stakeholders.find((x) => !plan.goals[0]!.stakeholderIds.includes(x.id))!.id;
				plan.goals[0]!.stakeholderIds.push(id);
			},
			[
				expect.stringMatching(/^goals: goals changed "/),
				expect.stringMatching(/^ {2}stakeholderIds: .+ → .+/)
			]
		],
		[
			'a purpose text, word by word',
			(plan) => {
				plan.purpose.statement = plan.purpose.statement.replace(/^(\S+)/, 'Truly $1');
			},
			[`purpose: purpose.statement: {+Truly +}${reference.purpose.statement}`]
		],
		[
			'hours a week and the response time',
			(plan) => {
				plan.team[0]!.hoursPerWeek = (plan.team[0]!.hoursPerWeek ?? 0) + 4;
				plan.commitment.responseTimeHours = 48;
			},
			[
				`commitment: team changed "${reference.team[0]!.name}"`,
				`  hoursPerWeek: ${reference.team[0]!.hoursPerWeek ?? 'not set'} → ${(reference.team[0]!.hoursPerWeek ?? 0) + 4}`,
				`commitment: commitment.responseTimeHours: ${reference.commitment.responseTimeHours ?? 'not set'} → 48`,
				expect.stringMatching(/^commitment: hours \d+ → \d+$/)
			]
		],
		[
			'a record’s order, a note’s place on the board: layout, not content',
			(plan) => {
				plan.stakeholders[0]!.order += 10;
				plan.notes[0]!.position = [123, 456];
				plan.notes[0]!.z = 'zz';
			},
			[]
		]
	])('%s', (_, edit, expected) => {
		const lines = changeLines(diffPlans(reference, edited(edit)));
		expect(lines.map((line) => line.slice(0, 200))).toEqual(
			expected.map((line) => (typeof line === 'string' ? line.slice(0, 200) : line))
		);
	});

	test('records match by id: a renamed stakeholder is changed, not removed and added', () => {
		const after = edited((plan) => (plan.stakeholders[0]!.name = 'The regional press'));
		expect(changeLines(diffPlans(reference, after))).toEqual([
			'stakeholders: stakeholders changed "The regional press"',
			`  name: ${s[0]!.name} → The regional press`
		]);
	});

	test('presence and maturity results', () => {
		const after = edited((plan) => {
			plan.presence = plan.presence.filter((_, index) => index !== 0);
			plan.ratings = plan.ratings.filter((rating) => rating.dimension !== 'planning');
		});
		const [link] = reference.presence;
		const changes = diffPlans(reference, after);
		const platforms = changes.steps.find((step) => step.step === 'platforms')!;
		expect(platforms.presence).toMatchObject([
			{
				stakeholderId: link!.stakeholderId,
				platformId: link!.platformId,
				before: link!.strength,
				after: 0
			}
		]);
		const maturity = changes.steps.find((step) => step.step === 'maturity')!;
		expect(maturity.maturity.map((result) => [result.dimension, result.after.count])).toEqual([
			['planning', 0]
		]);
	});

	test('steps come in the method’s order, only those with changes', () => {
		const after = edited((plan) => {
			plan.commitment.budget = 'None';
			plan.purpose.knownFor = 'Listening';
			plan.stakeholders[0]!.hopes = 'More';
		});
		expect(diffPlans(reference, after).steps.map((step) => step.step)).toEqual([
			'purpose',
			'stakeholders',
			'commitment'
		]);
	});

	test('internal items are marked, and the public edition leaves them out', () => {
		const [first, second] = reference.stakeholders;
		const after = edited((plan) => {
			plan.internal.push(`stakeholders:${first!.id}`, `stakeholders:${second!.id}:concerns`);
			plan.stakeholders[0]!.name = 'Renamed';
			plan.stakeholders[1]!.concerns = 'Secret worry';
			plan.stakeholders[1]!.hopes = 'Open hope';
		});
		const full = diffPlans(reference, after);
		expect(changeLines(full)).toEqual([
			'stakeholders: stakeholders changed "Renamed" (internal)',
			`  name (internal): ${first!.name} → Renamed`,
			`stakeholders: stakeholders changed "${second!.name}"`,
			expect.stringMatching(/^ {2}concerns \(internal\): /),
			expect.stringMatching(/^ {2}hopes: /)
		]);
		const shown = changeLines(publicChanges(full)).join('\n');
		expect(shown).not.toContain('Renamed');
		expect(shown).not.toContain('Secret');
		expect(shown).toContain('Open hope');
		const publicEdition = changeLines(diffPlans(reference, after, { edition: 'public' })).join(
			'\n'
		);
		expect(publicEdition).not.toContain('Secret');
		expect(publicEdition).toContain('Open hope');
	});
});

describe('summarizeChanges', () => {
	test.each<[string, (plan: Plan) => void, string]>([
		['nothing', () => {}, 'No changes'],
		[
			'one of each, in the singular',
			(plan) => {
				plan.stakeholders.push({ ...structuredClone(plan.stakeholders[0]!), id: 'sh1' });
				plan.goals[0]!.target = 'More';
			},
			'1 stakeholder added, 1 goal changed'
		],
		[
			'several, in the plural, moves apart from other changes',
			(plan) => {
				for (const id of ['a1', 'a2', 'a3'])
					plan.stakeholders.push({ ...structuredClone(plan.stakeholders[0]!), id });
				for (const stakeholder of plan.stakeholders.slice(0, 2))
					Object.assign(stakeholder, {
						placed: true,
						influence: stakeholder.influence >= 50 ? 10 : 90
					});
				plan.stakeholders[2]!.notes = 'Changed';
				plan.platforms.splice(0, 2);
				plan.presence = plan.presence.filter((link) =>
					plan.platforms.some((platform) => platform.id === link.platformId)
				);
				plan.purpose.statement = 'New';
				plan.commitment.budget = 'New';
			},
			'3 stakeholders added, 2 moved, 1 changed, 2 platforms removed, 2 texts changed'
		]
	])('%s', (_, edit, expected) => {
		expect(summarizeChanges(diffPlans(reference, edited(edit)))).toEqual(expected);
	});
});
