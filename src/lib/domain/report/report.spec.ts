import { describe, expect, it } from 'vitest';
import { emptyPlan, GREEK_NAME, strategyPlan } from '../../../../tests/factories/strategy-plan';
import { CYRILLIC_NAME, MARKUP_NAME } from '../../../../tests/factories/workshop';
import { internalKey } from '../internal';
import type { Plan } from '../plan';
import { checkPlan } from '../plan-check';
import { STEPS } from '../steps';
import { buildReport, filterInternal, reportMaps, reportSections } from '.';
import type { Block, Report, ReportSection } from './types';

const GENERATED = new Date(2026, 10, 2, 12, 0);

/** Every string a section shows, so tests can ask "is this anywhere in it?". */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}
const textOf = (value: unknown) => strings(value).join('\n');

function reference(): Plan {
	return strategyPlan();
}

function withInternal(plan: Plan, ...keys: string[]): Plan {
	return { ...plan, internal: [...plan.internal, ...keys].sort() };
}

const full = (plan: Plan) => buildReport(plan, { edition: 'full', generatedAt: GENERATED });
const pub = (plan: Plan) => buildReport(plan, { edition: 'public', generatedAt: GENERATED });

/** A heading must always lead to something: content, or the "nothing yet" line. */
function headingsWithoutContent(section: ReportSection): string[] {
	return section.blocks.flatMap((block, index) => {
		if (block.type !== 'heading') return [];
		const next: Block | undefined = section.blocks[index + 1];
		const empty = next === undefined || (next.type === 'heading' && next.level <= block.level);
		return empty ? [`${section.title} › ${block.text}`] : [];
	});
}

describe('buildReport: sections', () => {
	const cases: { name: string; plan: () => Plan }[] = [
		{ name: 'reference workshop', plan: reference },
		{ name: 'empty plan', plan: emptyPlan }
	];

	it.each(cases)('$name: summary, every step in order, then the appendix', ({ plan }) => {
		const report = full(plan());
		expect(reportSections(report).map((s) => s.id)).toEqual([
			'summary',
			...STEPS.map((step) => step.id),
			'appendix'
		]);
		expect(report.steps.map((s) => s.number)).toEqual(STEPS.map((step) => step.number));
	});

	it.each(cases)('$name: no section and no heading is left blank', ({ plan }) => {
		for (const section of reportSections(full(plan()))) {
			expect(section.blocks.length, section.title).toBeGreaterThan(0);
			expect(headingsWithoutContent(section)).toEqual([]);
		}
	});

	it('an empty plan says "Nothing recorded yet" and places no maps', () => {
		const report = full(emptyPlan());
		for (const step of report.steps.filter((s) => s.id !== 'review')) {
			expect(textOf(step.blocks), step.title).toMatch(/Nothing recorded yet|No .* yet/);
		}
		expect(report.cover.title).toBe('Untitled workshop');
		expect(reportMaps(report)).toEqual([]);
	});

	it('the reference workshop fills every section', () => {
		const plan = reference();
		const report = full(plan);
		for (const section of reportSections(report)) {
			const empty = section.blocks.filter((block) => block.type === 'empty');
			expect(empty, section.title).toEqual([]);
		}
		expect(reportMaps(report)).toEqual(['stakeholders', 'salience', 'platforms', 'fit-effort']);
		const text = textOf(report);
		for (const name of [
			...plan.stakeholders.map((s) => s.name),
			...plan.platforms.map((p) => p.name),
			...plan.goals.map((g) => g.statement.trim())
		])
			expect(text).toContain(name);
		expect(text).toContain(MARKUP_NAME);
		expect(text).toContain(CYRILLIC_NAME);
		expect(text).toContain(GREEK_NAME);
	});

	it('the cover names the workshop, organisation, facilitator, date and participants', () => {
		const plan = reference();
		const { cover } = full(plan);
		expect(cover).toMatchObject({
			title: plan.meta.title,
			organisation: 'Riverside Libraries',
			facilitator: 'Inès Moreau',
			date: '2 November 2026',
			participants: plan.team.map((m) => m.name),
			editionNote: ''
		});
	});

	it('the review lists the plan check’s findings, most serious first', () => {
		const plan = reference();
		const findings = checkPlan(plan);
		const review = full(plan).steps.find((s) => s.id === 'review')!;
		const block = review.blocks.find((b) => b.type === 'findings');
		expect(findings.length).toBeGreaterThan(0);
		expect(block?.type === 'findings' && block.items.map((f) => f.message)).toEqual(
			findings.map((f) => f.message)
		);
	});

	it('clips long table cells but keeps every long text whole elsewhere in its section', () => {
		const plan = reference();
		const long = (word: string) => Array.from({ length: 400 }, () => word).join(' ');
		plan.stakeholders[0]!.engagement = long('engage');
		plan.platforms[0]!.reason = long('because');
		plan.platforms[0]!.faces = long('face');
		plan.goals[0]!.metric = long('metric');
		const report = full(plan);
		for (const section of report.steps) {
			for (const block of section.blocks)
				if (block.type === 'table')
					for (const cell of block.rows.flat())
						expect(textOf(cell).length, section.title).toBeLessThanOrEqual(2 * 300 + 1);
		}
		const step = (id: string) => textOf(report.steps.find((s) => s.id === id));
		expect(step('stakeholders')).toContain(long('engage'));
		expect(step('platforms')).toContain(long('because'));
		expect(step('platforms')).toContain(long('face'));
		expect(step('goals')).toContain(long('metric'));
	});

	it('is pure: the same plan and date give the same report', () => {
		const plan = reference();
		expect(full(plan)).toEqual(full(structuredClone(plan)));
	});
});

describe('buildReport: maturity ratings stay anonymous', () => {
	it('no member id and no team name appears next to a score', () => {
		const plan = reference();
		expect(plan.ratings.length).toBeGreaterThan(0);
		const report = full(plan);
		const everything = textOf(report);
		for (const rating of plan.ratings) expect(everything).not.toContain(rating.memberId);
		const maturity = report.steps.find((s) => s.id === 'maturity')!;
		const chart = maturity.blocks.find((b) => b.type === 'maturity');
		expect(chart).toBeDefined();
		const shown = textOf(chart);
		for (const member of plan.team) expect(shown).not.toContain(member.name);
		if (chart?.type === 'maturity') {
			for (const row of chart.rows)
				expect(Object.keys(row).sort()).toEqual(
					[
						'count',
						'disagreement',
						'histogram',
						'label',
						'living',
						'max',
						'mean',
						'min',
						'note',
						'present'
					].sort()
				);
		}
	});

	it('no record id of any kind reaches the report', () => {
		const plan = reference();
		const text = textOf(full(plan));
		const ids = [
			...plan.stakeholders,
			...plan.platforms,
			...plan.goals,
			...plan.team,
			...plan.notes
		].map((record) => record.id);
		for (const id of ids) expect(text).not.toContain(id);
	});
});

describe('public edition', () => {
	const plan = reference();
	const stakeholder = plan.stakeholders[5]!;
	// Listening notes name platforms as their source: a unique name tells this one apart.
	const platform = plan.platforms[1]!;
	platform.name = 'Secret channel';
	const member = plan.team[0]!;
	const goal = plan.goals[0]!;

	const cases: {
		name: string;
		key: string;
		/** Text the full edition shows and the public one must not. */
		secret: () => string;
	}[] = [
		{
			name: 'a whole stakeholder',
			key: internalKey.record('stakeholders', stakeholder.id),
			secret: () => stakeholder.name
		},
		{
			name: 'a stakeholder’s concerns',
			key: internalKey.field('stakeholders', stakeholder.id, 'concerns'),
			secret: () => stakeholder.concerns
		},
		{
			name: 'a whole platform',
			key: internalKey.record('platforms', platform.id),
			secret: () => platform.name
		},
		{
			name: 'a platform’s reason',
			key: internalKey.field('platforms', platform.id, 'reason'),
			secret: () => platform.reason
		},
		{
			name: 'a team member',
			key: internalKey.record('team', member.id),
			secret: () => member.name
		},
		{
			name: 'a goal',
			key: internalKey.record('goals', goal.id),
			secret: () => goal.statement
		},
		{
			name: 'the privacy rules',
			key: internalKey.text('commitment.privacyRules'),
			secret: () => plan.commitment.privacyRules
		},
		{
			name: 'the purpose statement',
			key: internalKey.text('purpose.statement'),
			secret: () => plan.purpose.statement
		},
		{
			name: 'a maturity discussion note',
			key: internalKey.text('maturity.planning'),
			secret: () => plan.maturityNotes.planning
		}
	];

	it.each(cases)('leaves out $name, which the full edition shows', ({ key, secret }) => {
		const marked = withInternal(plan, key);
		expect(secret().trim()).not.toBe('');
		expect(textOf(full(marked))).toContain(secret().trim());
		expect(textOf(pub(marked))).not.toContain(secret().trim());
	});

	it('says which edition it is on the cover', () => {
		const marked = withInternal(plan, internalKey.record('stakeholders', stakeholder.id));
		expect(pub(marked).cover.editionNote).toMatch(/^Public edition/);
		expect(full(marked).cover.editionNote).toMatch(/^Full edition/);
	});

	it('shows a hidden number or choice as a dash, never as a made-up value', () => {
		const marked = withInternal(
			plan,
			internalKey.field('stakeholders', stakeholder.id, 'sentiment'),
			internalKey.field('stakeholders', stakeholder.id, 'influence')
		);
		const section = pub(marked).steps.find((s) => s.id === 'stakeholders')!;
		const table = section.blocks.find((b) => b.type === 'table');
		const row = table?.type === 'table' ? table.rows.find((r) => r[0] === stakeholder.name) : null;
		expect(row?.[2]).toBe('—');
		expect(row?.[3]).toBe('—');
	});

	it('drops every link to an internal record', () => {
		const marked = withInternal(
			plan,
			internalKey.record('stakeholders', stakeholder.id),
			internalKey.record('platforms', platform.id),
			internalKey.record('team', member.id)
		);
		const filtered = filterInternal(marked);
		expect(filtered.internal).toEqual([]);
		expect(filtered.stakeholders.map((s) => s.id)).not.toContain(stakeholder.id);
		expect(filtered.platforms.map((p) => p.id)).not.toContain(platform.id);
		const linked = [
			...filtered.presence.flatMap((l) => [l.stakeholderId, l.platformId]),
			...filtered.goals.flatMap((g) => [...g.stakeholderIds, ...g.platformIds]),
			...filtered.ratings.map((r) => r.memberId),
			...filtered.notes.map((n) => n.promotedTo.split(':')[1] ?? '')
		];
		for (const id of [stakeholder.id, platform.id, member.id]) expect(linked).not.toContain(id);
		expect(filterInternal(filtered)).toEqual(filtered);
	});

	it('runs the plan check on the filtered plan, so no finding names an internal record', () => {
		const focus = plan.platforms.filter((p) => p.decision === 'focus');
		const marked = withInternal(plan, ...focus.map((p) => internalKey.record('platforms', p.id)));
		const findings = checkPlan(marked);
		const review = pub(marked).steps.find((s) => s.id === 'review')!;
		const text = textOf(review);
		for (const p of focus) expect(text).not.toContain(p.name);
		expect(findings.length).toBeGreaterThan(0);
	});

	it('with nothing marked, shows the same content as the full edition', () => {
		const a = pub(plan);
		const b = full(plan);
		expect({ ...a, edition: 'full', cover: { ...a.cover, editionNote: '' } }).toEqual(b);
	});
});

describe('report shape', () => {
	it('is plain data that survives structured cloning (it crosses into a worker)', () => {
		const report: Report = full(reference());
		expect(structuredClone(report)).toEqual(report);
	});
});
