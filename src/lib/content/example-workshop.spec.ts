import { describe, expect, it } from 'vitest';
import { exampleWorkshop } from './example-workshop';
import { texts } from './example/en';
import { quadrantOf, QUADRANTS } from '../domain/quadrant';
import { isIsoDate, validateGoal } from '../domain/validation';
import {
	DECISIONS,
	GOAL_KINDS,
	keysOf,
	LISTENING_KINDS,
	MATURITY_DIMENSIONS,
	SWOT_KINDS
} from '../domain/vocabulary';
import { maturityResults } from '../domain/maturity';

const unique = (values: readonly string[]) => new Set(values).size === values.length;
const example = exampleWorkshop(texts);

describe('the example workshop as data', () => {
	it('has a title that says it is an example', () => {
		expect(example.meta.title).toBe('Example: Riverside Libraries social media strategy');
	});

	it('uses each key once per kind, and refers only to keys it defines', () => {
		const stakeholders = example.stakeholders.map((s) => s.key);
		const platforms = example.platforms.map((p) => p.key);
		const notes = example.notes.map((n) => n.key);
		for (const keys of [stakeholders, platforms, notes, example.team.map((m) => m.key)]) {
			expect(unique(keys)).toBe(true);
		}
		for (const link of example.presence) {
			expect(stakeholders).toContain(link.stakeholder);
			expect(platforms).toContain(link.platform);
		}
		expect(unique(example.presence.map((l) => `${l.stakeholder}:${l.platform}`))).toBe(true);
		for (const goal of example.goals) {
			for (const key of goal.stakeholders) expect(stakeholders).toContain(key);
			for (const key of goal.platforms) expect(platforms).toContain(key);
		}
		const promoted = [
			...example.values,
			...example.stakeholders,
			...example.listening,
			...example.swot,
			...example.platforms,
			...example.goals
		].flatMap((record) => (record.fromNote ? [record.fromNote] : []));
		expect(promoted.length).toBeGreaterThan(0);
		expect(unique(promoted)).toBe(true);
		for (const key of promoted) expect(notes).toContain(key);
	});

	it('has a team of six to eight with people who live on social media, and hours agreed', () => {
		expect(example.team.length).toBeGreaterThanOrEqual(6);
		expect(example.team.length).toBeLessThanOrEqual(8);
		expect(example.team.filter((m) => m.usesSocialDaily).length).toBeGreaterThanOrEqual(3);
		for (const member of example.team) expect(member.hoursPerWeek).toBeGreaterThan(0);
	});

	it('disagrees widely on exactly one maturity dimension, and discusses it', () => {
		const ratings = example.team.flatMap((member) =>
			keysOf(MATURITY_DIMENSIONS).map((dimension) => ({
				memberId: member.key,
				dimension,
				score: member.ratings[dimension]
			}))
		);
		const disputed = maturityResults(ratings).filter((result) => result.disagreement);
		expect(disputed.map((result) => result.dimension)).toEqual(['presences']);
		expect(example.maturityNotes.presences).toMatch(/spread/);
	});

	it('covers the starter stakeholder groups and all four quadrants', () => {
		expect(example.stakeholders.length).toBeGreaterThanOrEqual(12);
		expect(example.stakeholders.length).toBeLessThanOrEqual(16);
		const groups = new Set(example.stakeholders.map((s) => s.group));
		for (const group of [
			'customers',
			'employees',
			'partners',
			'investors',
			'community',
			'regulators',
			'media',
			'competitors'
		] as const)
			expect(groups, group).toContain(group);
		const quadrants = new Set(example.stakeholders.map(quadrantOf));
		expect(quadrants).toEqual(new Set(keysOf(QUADRANTS)));
	});

	it('has an engagement plan for every stakeholder with a negative view of us', () => {
		const critics = example.stakeholders.filter((s) => s.sentiment < 0);
		expect(critics.length).toBeGreaterThan(0);
		for (const critic of critics) expect(critic.engagement.trim(), critic.key).not.toBe('');
	});

	it('fills every listening kind and every SWOT quadrant', () => {
		expect(new Set(example.listening.map((l) => l.kind))).toEqual(new Set(keysOf(LISTENING_KINDS)));
		expect(new Set(example.swot.map((s) => s.kind))).toEqual(new Set(keysOf(SWOT_KINDS)));
	});

	it('makes every kind of platform decision, with a reason each, and faces where it posts', () => {
		expect(example.platforms.length).toBeGreaterThanOrEqual(6);
		expect(example.platforms.length).toBeLessThanOrEqual(8);
		expect(new Set(example.platforms.map((p) => p.decision))).toEqual(new Set(keysOf(DECISIONS)));
		for (const platform of example.platforms) {
			expect(platform.reason.trim(), platform.key).not.toBe('');
			expect(platform.norms.trim(), platform.key).not.toBe('');
			if (platform.decision === 'focus' || platform.decision === 'maintain') {
				expect(platform.faces.trim(), platform.key).not.toBe('');
				expect(platform.owner.trim(), platform.key).not.toBe('');
			}
		}
	});

	it('sets measurable goals for 2027, about listening, relationships and reputation too', () => {
		expect(example.goals.length).toBeGreaterThanOrEqual(6);
		expect(example.goals.length).toBeLessThanOrEqual(8);
		const kinds = new Set(example.goals.map((goal) => goal.kind));
		for (const kind of ['listening', 'relationship', 'reputation'] as const) {
			expect(kinds).toContain(kind);
		}
		for (const goal of example.goals) {
			expect(Object.keys(GOAL_KINDS)).toContain(goal.kind);
			expect(validateGoal(goal)).toEqual([]);
			expect(isIsoDate(goal.deadline)).toBe(true);
			expect(goal.deadline.startsWith('2027-')).toBe(true);
			expect(goal.baseline.trim()).not.toBe('');
			expect(goal.stakeholders.length).toBeGreaterThan(0);
			expect(goal.platforms.length).toBeGreaterThan(0);
		}
	});

	it('spreads ten to twenty notes over the steps, with some clusters', () => {
		expect(example.notes.length).toBeGreaterThanOrEqual(10);
		expect(example.notes.length).toBeLessThanOrEqual(20);
		expect(new Set(example.notes.map((n) => n.step)).size).toBeGreaterThanOrEqual(7);
		const clusters = example.notes.map((n) => n.cluster).filter((c) => c !== '');
		expect(new Set(clusters).size).toBeGreaterThanOrEqual(3);
	});

	it('is plain text throughout', () => {
		const texts: string[] = [];
		const collect = (value: unknown) => {
			if (typeof value === 'string') texts.push(value);
			else if (value && typeof value === 'object') Object.values(value).forEach(collect);
		};
		collect(example);
		expect(texts.length).toBeGreaterThan(100);
		for (const text of texts) expect(text).not.toMatch(/[<>]/);
	});
});
