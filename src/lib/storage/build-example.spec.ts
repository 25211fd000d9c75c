import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { exampleWorkshop } from '../content/example-workshop';
import { texts } from '../content/example/en';
import { isId } from '../domain/ids';
import { checkPlan } from '../domain/plan-check';
import { stepsWithContent } from '../domain/progress';
import { byQuadrant } from '../domain/quadrant';
import { STEP_IDS } from '../domain/steps';
import { buildExample, exampleId } from './build-example';
import { PlanDoc } from '../doc/plan-doc';
import { loadExample } from '../content/load-example';
import { LOCALES } from '../domain/locale';

const CREATED = Date.UTC(2026, 8, 14);
const EXAMPLE_WORKSHOP = exampleWorkshop(texts);

describe('buildExample', () => {
	const ydoc = new Y.Doc();
	const plan = buildExample(EXAMPLE_WORKSHOP, ydoc, CREATED);
	const json = plan.toJSON();

	it('gives a plan the plan check has nothing to say about', () => {
		expect(checkPlan(json)).toEqual([]);
	});

	it('has content in every step, so the review counts as started too', () => {
		const filled = stepsWithContent(plan);
		for (const step of STEP_IDS) expect(filled).toContain(step);
	});

	it('places stakeholders in all four quadrants, and every one of them', () => {
		const { 'not-placed': notPlaced, ...quadrants } = byQuadrant(json.stakeholders);
		for (const [quadrant, members] of Object.entries(quadrants)) {
			expect(members.length, quadrant).toBeGreaterThan(0);
		}
		expect(notPlaced).toEqual([]);
	});

	it('holds every record of the data, with its meta', () => {
		expect(json.meta).toMatchObject({ ...EXAMPLE_WORKSHOP.meta, createdAt: CREATED });
		expect(json.purpose).toEqual(EXAMPLE_WORKSHOP.purpose);
		expect(json.commitment).toEqual(EXAMPLE_WORKSHOP.commitment);
		expect(json.maturityNotes).toEqual(EXAMPLE_WORKSHOP.maturityNotes);
		expect(json.values.map((v) => v.text)).toEqual(EXAMPLE_WORKSHOP.values.map((v) => v.text));
		expect(json.team.map((m) => m.name)).toEqual(EXAMPLE_WORKSHOP.team.map((m) => m.name));
		expect(json.ratings).toHaveLength(EXAMPLE_WORKSHOP.team.length * 4);
		expect(json.stakeholders.map((s) => s.name)).toEqual(
			EXAMPLE_WORKSHOP.stakeholders.map((s) => s.name)
		);
		expect(json.listening).toHaveLength(EXAMPLE_WORKSHOP.listening.length);
		expect(json.swot).toHaveLength(EXAMPLE_WORKSHOP.swot.length);
		expect(json.platforms.map((p) => p.decision)).toEqual(
			EXAMPLE_WORKSHOP.platforms.map((p) => p.decision)
		);
		expect(json.presence).toHaveLength(EXAMPLE_WORKSHOP.presence.length);
		expect(json.goals.map((g) => g.stakeholderIds.length)).toEqual(
			EXAMPLE_WORKSHOP.goals.map((g) => g.stakeholders.length)
		);
		expect(json.notes.map((n) => n.text)).toEqual(EXAMPLE_WORKSHOP.notes.map((n) => n.text));
	});

	it('links promoted notes and their records both ways', () => {
		const promoted = json.notes.filter((note) => note.promotedTo !== '');
		expect(promoted.length).toBeGreaterThanOrEqual(5);
		for (const note of promoted) {
			const [kind, id] = note.promotedTo.split(':') as [keyof typeof json, string];
			const records = json[kind] as unknown as { id: string; sourceNote: string }[];
			expect(records.find((record) => record.id === id)?.sourceNote).toBe(note.id);
		}
	});

	it('leaves nothing to undo', () => {
		expect(plan.canUndo).toBe(false);
		expect(plan.undo()).toBe(false);
	});

	it('builds the same plan every time, with ids in the shape of real ones', () => {
		expect(buildExample(EXAMPLE_WORKSHOP, new Y.Doc(), CREATED).toJSON()).toEqual(json);
		const ids = [...json.stakeholders, ...json.platforms, ...json.goals, ...json.notes].map(
			(record) => record.id
		);
		for (const id of ids) expect(isId(id)).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
		expect(exampleId('a')).not.toBe(exampleId('b'));
		expect(exampleId('a')).toHaveLength(16);
	});

	it('survives a round trip through a Yjs update', () => {
		const copy = new Y.Doc();
		Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
		expect(new PlanDoc(copy).toJSON()).toEqual(json);
	});

	it.each(LOCALES)(
		'built in %s, passes the plan check and fills every step as the English one does',
		async (locale) => {
			const data = await loadExample(locale);
			const translated = buildExample(data, new Y.Doc(), CREATED);
			const plan = translated.toJSON();
			expect(checkPlan(plan, undefined, locale)).toEqual([]);
			expect(stepsWithContent(translated)).toEqual(
				stepsWithContent(buildExample(EXAMPLE_WORKSHOP))
			);
			expect(plan.meta.title).toBe(data.meta.title);
			expect(plan.stakeholders.map((s) => s.name)).toEqual(data.stakeholders.map((s) => s.name));
			// The same ids as the English: only the words differ.
			expect(plan.stakeholders.map((s) => s.id)).toEqual(json.stakeholders.map((s) => s.id));
			// Owners are the team's people, named as this language names them.
			const team = new Set(plan.team.map((member) => member.name));
			for (const goal of plan.goals) expect(team).toContain(goal.owner);
		}
	);

	it('refuses data that refers to a record it does not define', () => {
		const broken = {
			...EXAMPLE_WORKSHOP,
			presence: [{ stakeholder: 'nobody', platform: 'groups', strength: 1 as const }]
		};
		expect(() => buildExample(broken, new Y.Doc(), CREATED)).toThrow(/stakeholders:nobody/);
	});
});
