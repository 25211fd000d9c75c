import { describe, expect, it } from 'vitest';
import { platformRecord, stakeholderRecord } from '../../../../tests/factories/map-records';
import type { Finding } from '../plan-check';
import type { Goal, Plan } from '../plan';
import { buildSessionSummary, NOTHING_DECIDED, summaryLines, type RevealedVote } from './index';

const START = Date.UTC(2026, 11, 6, 9, 0);
const END = Date.UTC(2026, 11, 6, 12, 30);

function goal(index: number, patch: Partial<Goal> = {}): Goal {
	return {
		id: `goal0${String(index).padStart(7, '0')}`,
		order: index,
		statement: `Goal ${index}`,
		kind: 'relationship',
		metric: '',
		baseline: '',
		target: '',
		deadline: '',
		owner: '',
		stakeholderIds: [],
		platformIds: [],
		sourceNote: '',
		...patch
	};
}

/** The plan before the session: a stakeholder, a platform kept, a goal with an owner. */
function before(): Plan {
	return {
		meta: {
			title: 'Library 2027',
			organisation: 'City Library',
			facilitator: 'Ines',
			createdAt: 0,
			schemaVersion: 1
		},
		purpose: { statement: 'Open knowledge for everyone.', knownFor: '' },
		values: [],
		team: [
			{
				id: 'member000001',
				order: 1,
				name: 'Amara',
				role: 'Comms',
				usesSocialDaily: true,
				hoursPerWeek: 6,
				sourceNote: ''
			}
		],
		ratings: [],
		maturityNotes: { planning: '', presences: '', commitment: '', relationships: '' },
		stakeholders: [stakeholderRecord(1, { name: 'Local press', influence: 20, interest: 20 })],
		listening: [],
		swot: [],
		platforms: [
			platformRecord(1, {
				name: 'Mastodon',
				decision: 'maintain',
				reason: 'Our readers are there.',
				owner: 'Amara',
				faces: 'Amara'
			})
		],
		presence: [],
		goals: [
			goal(1, {
				statement: 'Answer every question within a day',
				owner: 'Amara',
				deadline: '2027-03-31',
				metric: 'Answered in 24 h',
				baseline: '60 %',
				target: '95 %'
			})
		],
		commitment: {
			budget: '',
			skills: '',
			training: '',
			approvalFlow: '',
			privacyRules: '',
			responsePolicy: '',
			responseTimeHours: 24
		},
		notes: [],
		frames: [],
		internal: []
	};
}

type Edit = (plan: Plan) => void;

const LONG = `A name that goes on ${'and on '.repeat(1_500)}`.trim();

/**
 * Each case: edits made during the session, votes revealed, and exactly the summary's lines after
 * its header (the header, title and time, is checked once below).
 */
const CASES: { name: string; edits: Edit[]; votes?: RevealedVote[]; expected: string[] }[] = [
	{
		name: 'an empty session says so',
		edits: [],
		expected: [NOTHING_DECIDED]
	},
	{
		name: 'a platform decision with its reason, and the platform added with one',
		edits: [
			(plan) => {
				plan.platforms[0]!.decision = 'focus';
				plan.platforms[0]!.reason = 'Readers *ask* <b>questions</b> there every day.';
			},
			(plan) => {
				plan.platforms.push(
					platformRecord(2, { name: 'Newsletter', decision: 'not-now', reason: '' })
				);
			}
		],
		expected: [
			'1 platform added, 1 changed.',
			'',
			'DECISIONS',
			'- Newsletter: Not now',
			'    No reason written yet.',
			'- Mastodon: Focus (was Maintain)',
			'    Reason: Readers *ask* <b>questions</b> there every day.',
			'',
			'OTHER CHANGES',
			'- Platform added: Newsletter'
		]
	},
	{
		name: 'goals with owners and deadlines, and the next steps they make',
		edits: [
			(plan) =>
				plan.goals.push(
					goal(2, { statement: 'Thank ten promoters a month', owner: 'Jo', deadline: '2027-01-31' })
				),
			(plan) => plan.goals.push(goal(3, { statement: 'Listen to the parents’ forum weekly' })),
			(plan) => {
				plan.goals[0]!.target = '99 %';
			}
		],
		expected: [
			'2 goals added, 1 changed.',
			'',
			'GOALS, OWNERS AND DEADLINES',
			'- Goal added: Thank ten promoters a month',
			'    Owner: Jo',
			'    Deadline: 2027-01-31',
			'    Measure: not set, from not set to not set',
			'- Goal added: Listen to the parents’ forum weekly',
			'    Owner: not set',
			'    Deadline: not set',
			'    Measure: not set, from not set to not set',
			'- Goal changed: Answer every question within a day',
			'    Owner: Amara',
			'    Deadline: 2027-03-31',
			'    Measure: Answered in 24 h, from 60 % to 99 %',
			'',
			'NEXT STEPS',
			'- Jo: Thank ten promoters a month, by 2027-01-31',
			'- Amara: Answer every question within a day, by 2027-03-31',
			'- Agree an owner and a deadline for the goal: Listen to the parents’ forum weekly'
		]
	},
	{
		name: 'a stakeholder moved, renamed to a very long name, a text and the hours changed',
		edits: [
			(plan) => {
				plan.stakeholders[0]!.influence = 90;
				plan.stakeholders[0]!.interest = 90;
			},
			(plan) => {
				plan.stakeholders[0]!.name = LONG;
			},
			(plan) => {
				plan.purpose.knownFor = 'Helping people find things out';
			},
			(plan) => {
				plan.team[0]!.hoursPerWeek = 8;
			}
		],
		expected: [
			'1 stakeholder moved, 1 team member changed, 1 text changed, hours a week 6 → 8.',
			'',
			'OTHER CHANGES',
			'- What we want to be known for changed',
			'    Was: not set',
			'    Now: Helping people find things out',
			`- Stakeholder changed: ${LONG}`,
			'    Moved: Monitor → Manage closely',
			`    Name: Local press → ${LONG}`,
			'    Influence: 20 → 90',
			'    Interest: 20 → 90',
			'- Team member changed: Amara',
			'    Hours a week: 6 → 8',
			'- Hours a week committed: 6 → 8'
		]
	},
	{
		name: 'a revealed vote lists its items most dots first, names whole',
		edits: [],
		votes: [
			{
				id: 'vote1',
				target: 'stakeholders',
				step: 'stakeholders',
				budget: 3,
				onePerItem: false,
				state: 'revealed',
				results: { stake0000001: 5, gone00000001: 2, stake0000009: 0 },
				voters: 4
			}
		],
		expected: [
			'1 vote revealed.',
			'',
			'VOTE RESULTS',
			'- Vote on stakeholders (Audience and stakeholders): 4 voters, 3 dots each',
			'    5 dots: Local press',
			'    2 dots: A removed item'
		]
	}
];

function summarize(edits: Edit[], votes: RevealedVote[] = [], findings: Finding[] = []) {
	const start = before();
	const after = structuredClone(start);
	for (const edit of edits) edit(after);
	return buildSessionSummary({
		before: start,
		after,
		startedAt: START,
		endedAt: END,
		votes,
		findings,
		timeZone: 'UTC'
	});
}

describe('session summary', () => {
	it.each(CASES)('$name', ({ edits, votes, expected }) => {
		expect(summaryLines(summarize(edits, votes)).slice(3)).toEqual(expected);
	});

	it('lists open findings with the step that fixes them, most serious first as given', () => {
		const findings: Finding[] = [
			{
				rule: 'a',
				severity: 'error',
				message: 'Nobody has hours for this.',
				why: '',
				step: 'commitment'
			},
			{
				rule: 'b',
				severity: 'info',
				message: 'No <goal> about *listening*.',
				why: '',
				step: 'goals'
			}
		];
		const summary = summarize([], [], findings);
		expect(summaryLines(summary).slice(3)).toEqual([
			NOTHING_DECIDED,
			'',
			'OPEN PLAN-CHECK FINDINGS',
			'- Must fix: Nobody has hours for this.',
			'    Fixed in: Limitations and commitment',
			'- Worth a look: No <goal> about *listening*.',
			'    Fixed in: Goals and measures'
		]);
		expect(summary.nothingDecided).toBe(true);
	});

	it('writes the header with the workshop and the session’s times', () => {
		const lines = summaryLines(summarize([]));
		expect(lines.slice(0, 3)).toEqual([
			'Today’s summary: Library 2027, City Library',
			'Sunday, 6 December 2026, 09:00–12:30 UTC',
			''
		]);
	});

	it('writes times on the facilitator’s clock, and both days past midnight', () => {
		const summary = buildSessionSummary({
			before: before(),
			after: before(),
			startedAt: Date.UTC(2026, 2, 29, 21, 0),
			endedAt: Date.UTC(2026, 2, 29, 23, 30),
			votes: [],
			findings: [],
			timeZone: 'Europe/Berlin'
		});
		// 29 March 2026 is the spring change: 21:00 UTC is 23:00 in Berlin, 23:30 UTC is 01:30 the next day.
		expect(summary.when).toBe('Sunday, 29 March 2026, 23:00 – Monday, 30 March 2026, 01:30 CEST');
	});

	it('keeps a very long name whole and lists a stakeholder’s move between quadrants', () => {
		const summary = summarize([
			(plan) => {
				plan.stakeholders[0]!.influence = 90;
				plan.stakeholders[0]!.interest = 90;
				plan.stakeholders[0]!.name = LONG;
			}
		]);
		const changes = summary.sections.find((section) => section.id === 'changes')!;
		expect(changes.lines[0]!.text).toBe(`Stakeholder changed: ${LONG}`);
		expect(changes.lines[0]!.details).toContain('Moved: Monitor → Manage closely');
		expect(changes.lines[0]!.details).toContain(`Name: Local press → ${LONG}`);
	});

	it('counts the board’s notes instead of listing them', () => {
		const summary = summarize([
			(plan) => {
				for (let i = 0; i < 3; i++)
					plan.notes.push({
						id: `note${String(i).padStart(8, '0')}`,
						order: i,
						step: 'purpose',
						text: `Idea ${i}`,
						color: 'yellow',
						position: null,
						z: '',
						cluster: '',
						promotedTo: ''
					});
			}
		]);
		expect(summary.nothingDecided).toBe(false);
		expect(summaryLines(summary)).toContain('- Board of Purpose and values: 3 board notes added');
	});
});

describe('session summary in the language asked for', () => {
	const finding: Finding = {
		rule: 'a',
		severity: 'warning',
		message: 'x',
		why: '',
		step: 'goals'
	};
	const summaryIn = (locale: 'en' | 'fr' | 'de' | 'ar') =>
		buildSessionSummary({
			before: before(),
			after: before(),
			startedAt: START,
			endedAt: END,
			votes: [],
			findings: [finding],
			timeZone: 'UTC',
			locale
		});

	it.each([
		['en', 'Sunday, 6 December 2026, 09:00–12:30 UTC', 'Open plan-check findings', 'Weak spot: x'],
		[
			'fr',
			'dimanche 6 décembre 2026, 09:00–12:30 UTC',
			'Constats ouverts de la vérification du plan',
			'Point faible\u00a0: x'
		],
		[
			'de',
			'Sonntag, 6. Dezember 2026, 09:00–12:30 UTC',
			'Offene Hinweise der Planprüfung',
			'Schwachstelle: x'
		]
	] as const)('%s: date, heading and finding', (locale, when, heading, line) => {
		const summary = summaryIn(locale);
		expect(summary.when).toBe(when);
		expect(summary.sections.map((section) => section.heading)).toEqual([heading]);
		expect(summary.sections[0]?.lines[0]?.text).toBe(line);
	});

	it('writes Arabic dates and words, not English ones', () => {
		const summary = summaryIn('ar');
		expect(summary.when).toContain('ديسمبر');
		expect(summary.headline).toBe('لم يُتخذ أي قرار ولم يتغير شيء في هذه الجلسة.');
		expect(summary.sections[0]?.lines[0]?.details[0]).toMatch(/^يُصلَح في: /);
	});
});
