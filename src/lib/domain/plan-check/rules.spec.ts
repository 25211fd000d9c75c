import { describe, expect, it } from 'vitest';
import type { Goal, Platform, Stakeholder, TeamMember } from '../plan';
import { checkPlan, findingsByStep } from './index';
import * as rules from './rules';
import type { CheckedPlan, Rule } from './types';

const base = (): CheckedPlan => ({
	team: [],
	ratings: [],
	maturityNotes: { planning: '', presences: '', commitment: '', relationships: '' },
	stakeholders: [],
	platforms: [],
	presence: [],
	goals: [],
	listening: [],
	commitment: {
		budget: '',
		skills: '',
		training: '',
		approvalFlow: '',
		privacyRules: '',
		responsePolicy: '',
		responseTimeHours: 24
	}
});

const member = (patch: Partial<TeamMember> = {}): TeamMember => ({
	id: 'member000001',
	order: 1,
	name: 'Amara',
	role: 'Comms',
	usesSocialDaily: true,
	hoursPerWeek: 10,
	sourceNote: '',
	...patch
});

const stakeholder = (patch: Partial<Stakeholder> = {}): Stakeholder => ({
	id: 'stake0000001',
	order: 1,
	name: 'City council',
	group: 'regulators',
	power: true,
	legitimacy: true,
	urgency: false,
	interests: '',
	concerns: '',
	hopes: '',
	online: '',
	sentiment: 0,
	relationship: '',
	influence: 80,
	interest: 60,
	placed: true,
	reach: 40,
	engagement: '',
	notes: '',
	sourceNote: '',
	...patch
});

const platform = (patch: Partial<Platform> = {}): Platform => ({
	id: 'platform0001',
	order: 1,
	name: 'Mastodon',
	kind: 'federated',
	norms: '',
	effort: 3,
	fit: 4,
	decision: 'focus',
	reason: '',
	owner: 'Amara',
	faces: 'Amara',
	sourceNote: '',
	...patch
});

const goal = (patch: Partial<Goal> = {}): Goal => ({
	id: 'goal00000001',
	order: 1,
	statement: 'Answer every question within a day',
	kind: 'relationship',
	metric: 'Median response time',
	baseline: '3 days',
	target: '1 day',
	deadline: '2027-06-30',
	owner: 'Amara',
	stakeholderIds: [],
	platformIds: [],
	sourceNote: '',
	...patch
});

/** A sound plan: every rule passes on it. */
const sound = (): CheckedPlan => ({
	...base(),
	team: [member()],
	stakeholders: [stakeholder()],
	platforms: [platform()],
	presence: [{ stakeholderId: 'stake0000001', platformId: 'platform0001', strength: 2 }],
	goals: [goal()]
});

type Case = [description: string, plan: CheckedPlan, findings: number];

const table: [Rule, Case[]][] = [
	[
		rules.focusWithoutKeyStakeholders,
		[
			['focus platform where a key stakeholder is present', sound(), 0],
			['focus platform with nobody present', { ...sound(), presence: [] }, 1],
			[
				'only low-influence stakeholders present',
				{ ...sound(), stakeholders: [stakeholder({ influence: 20 })] },
				1
			],
			[
				'a maintained platform with nobody present',
				{ ...sound(), presence: [], platforms: [platform({ decision: 'maintain' })] },
				0
			]
		]
	],
	[
		rules.goalNotMeasurable,
		[
			['a complete goal', sound(), 0],
			['no metric', { ...sound(), goals: [goal({ metric: '' })] }, 1],
			[
				'no target and no owner (one finding)',
				{ ...sound(), goals: [goal({ target: '', owner: ' ' })] },
				1
			],
			['a deadline that is not a date', { ...sound(), goals: [goal({ deadline: 'soon' })] }, 1],
			[
				'two weak goals',
				{ ...sound(), goals: [goal({ metric: '' }), goal({ id: 'goal00000002', deadline: '' })] },
				2
			]
		]
	],
	[
		rules.loudspeakerPlan,
		[
			['a relationship goal', sound(), 0],
			[
				'only reach goals',
				{ ...sound(), goals: [goal({ kind: 'reach' }), goal({ kind: 'service' })] },
				1
			],
			['no goals at all (another rule)', { ...sound(), goals: [] }, 0],
			['listening counts', { ...sound(), goals: [goal({ kind: 'listening' })] }, 0],
			['reputation counts', { ...sound(), goals: [goal({ kind: 'reputation' })] }, 0]
		]
	],
	[
		rules.facelessPresence,
		[
			['faces and owner named', sound(), 0],
			['only an owner', { ...sound(), platforms: [platform({ faces: '' })] }, 0],
			['nobody named', { ...sound(), platforms: [platform({ faces: '', owner: '' })] }, 1],
			[
				'a listen-only platform needs no face',
				{ ...sound(), platforms: [platform({ faces: '', owner: '', decision: 'listen' })] },
				0
			]
		]
	],
	[
		rules.noResponseTime,
		[
			['24 hours set', sound(), 0],
			['not set', { ...sound(), commitment: { ...base().commitment, responseTimeHours: null } }, 1],
			[
				'zero is a time (immediately)',
				{ ...sound(), commitment: { ...base().commitment, responseTimeHours: 0 } },
				0
			]
		]
	],
	[
		rules.noHours,
		[
			['ten hours', sound(), 0],
			['zero hours with a focus platform', { ...sound(), team: [member({ hoursPerWeek: 0 })] }, 1],
			['hours not set', { ...sound(), team: [member({ hoursPerWeek: null })] }, 1],
			[
				'no platform kept, no hours needed',
				{ ...sound(), team: [], platforms: [platform({ decision: 'listen' })] },
				0
			]
		]
	],
	[
		rules.tooManyFocusPlatforms,
		[
			['one focus for ten hours', sound(), 0],
			[
				'four focus platforms for ten hours',
				{
					...sound(),
					platforms: ['a', 'b', 'c', 'd'].map((x) => platform({ id: `platform000${x}` }))
				},
				1
			],
			['no hours at all (another rule)', { ...sound(), team: [member({ hoursPerWeek: 0 })] }, 0]
		]
	],
	[
		rules.nobodyDaily,
		[
			['someone uses it daily', sound(), 0],
			['nobody does', { ...sound(), team: [member({ usesSocialDaily: false })] }, 1],
			['no team yet', { ...sound(), team: [] }, 0]
		]
	],
	[
		rules.hostileUnengaged,
		[
			['neutral', sound(), 0],
			[
				'hostile, influential, no plan',
				{ ...sound(), stakeholders: [stakeholder({ sentiment: -2 })] },
				1
			],
			[
				'hostile with an engagement plan',
				{
					...sound(),
					stakeholders: [stakeholder({ sentiment: -1, engagement: 'Meet them quarterly' })]
				},
				0
			],
			[
				'hostile with a goal tied to them',
				{
					...sound(),
					stakeholders: [stakeholder({ sentiment: -1 })],
					goals: [goal({ stakeholderIds: ['stake0000001'] })]
				},
				0
			],
			[
				'hostile but low influence',
				{ ...sound(), stakeholders: [stakeholder({ sentiment: -2, influence: 10 })] },
				0
			]
		]
	],
	[
		rules.undiscussedDisagreement,
		[
			['agreement', { ...sound(), ratings: [r('a', 3), r('b', 4)] }, 0],
			['a 1 and a 5, never discussed', { ...sound(), ratings: [r('a', 1), r('b', 5)] }, 1],
			[
				'a 1 and a 5, discussed',
				{
					...sound(),
					ratings: [r('a', 1), r('b', 5)],
					maturityNotes: { ...base().maturityNotes, planning: 'We see it differently because…' }
				},
				0
			]
		]
	],
	[
		rules.noGoals,
		[
			['goals exist', sound(), 0],
			['no goals', { ...sound(), goals: [] }, 1]
		]
	]
];

function r(memberId: string, score: number) {
	return { memberId: `member0000${memberId}`, dimension: 'planning' as const, score };
}

describe.each(table.map(([rule, cases]) => ({ id: rule.id, rule, cases })))(
	'rule $id',
	({ rule, cases }) => {
		it.each(cases)('%s → %i finding(s)', (_, plan, count) => {
			const findings = rule.check(plan, 'en');
			expect(findings).toHaveLength(count);
			for (const finding of findings) {
				expect(finding.rule).toBe(rule.id);
				expect(finding.severity).toBe(rule.severity);
				expect(finding.message.length).toBeGreaterThan(10);
				expect(finding.why.length).toBeGreaterThan(10);
			}
		});
	}
);

describe('checkPlan', () => {
	it('finds nothing in a sound plan', () => {
		expect(checkPlan(sound())).toEqual([]);
	});

	it('covers every rule in the table above', () => {
		expect(new Set(table.map(([rule]) => rule.id))).toEqual(
			new Set(rules.RULES.map((rule) => rule.id))
		);
	});

	it('orders findings by severity, and points each at its step and record', () => {
		const plan: CheckedPlan = {
			...sound(),
			team: [member({ hoursPerWeek: 0, usesSocialDaily: false })],
			goals: [goal({ metric: '' })]
		};
		const findings = checkPlan(plan);
		expect(findings.map((f) => f.rule)).toEqual([
			'no-hours',
			'goal-not-measurable',
			'nobody-uses-social-daily'
		]);
		expect(findings[1]?.record).toEqual({ kind: 'goals', id: 'goal00000001' });
		const byStep = findingsByStep(findings);
		expect([...byStep.keys()].sort()).toEqual(['commitment', 'goals', 'purpose']);
	});

	it('names records in messages as text, whatever they contain', () => {
		const findings = checkPlan({
			...sound(),
			presence: [],
			platforms: [platform({ name: '<b>Forum</b>' })]
		});
		expect(findings[0]?.message).toContain('“<b>Forum</b>”');
	});
});
