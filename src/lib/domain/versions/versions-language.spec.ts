// A change report and its one-line summary are written in the language they are asked for: every
// word Canal adds around what the team typed (field labels, vocabulary, "not set", the counts) is
// in that language. Arabic makes a leak easy to see: any Latin word that no one typed is English.
import { describe, expect, it } from 'vitest';
import { strategyPlan } from '../../../../tests/factories/strategy-plan';
import { typedWords } from '../../../../tests/helpers/typed-words';
import type { Locale } from '../locale';
import type { Plan } from '../plan';
import { diffPlans } from './diff-plans';
import { summarizeChanges } from './summary';
import type { PlanChanges } from './types';

const reference = strategyPlan();

/** The reference plan with something changed in every part a comparison reads. */
function everythingChanged(): Plan {
	const plan = structuredClone(reference);
	const [first, second] = plan.stakeholders;
	plan.stakeholders.push({ ...structuredClone(first!), id: 'sh-new', name: 'Nouveau' });
	Object.assign(first!, { influence: first!.influence >= 50 ? 10 : 90, placed: true });
	Object.assign(second!, {
		group: second!.group === 'community' ? 'media' : 'community',
		power: !second!.power,
		notes: `${second!.notes} encore`
	});
	const removed = plan.platforms.splice(1, 1)[0]!;
	plan.presence = plan.presence.filter((link) => link.platformId !== removed.id);
	plan.platforms[0]!.decision = plan.platforms[0]!.decision === 'focus' ? 'not-now' : 'focus';
	plan.platforms[0]!.fit = plan.platforms[0]!.fit === 5 ? 1 : 5;
	const link = plan.presence[0]!;
	link.strength = link.strength === 3 ? 1 : 3;
	plan.goals[0]!.target = `${plan.goals[0]!.target} +`;
	plan.goals[0]!.stakeholderIds = [];
	plan.purpose.statement = `${plan.purpose.statement} !`;
	plan.commitment.budget = '';
	plan.commitment.responseTimeHours = 7;
	plan.team[0]!.hoursPerWeek = (plan.team[0]!.hoursPerWeek ?? 0) + 5;
	plan.team[0]!.usesSocialDaily = !plan.team[0]!.usesSocialDaily;
	const dimension = plan.ratings[0]?.dimension;
	if (dimension) plan.maturityNotes[dimension] = `${plan.maturityNotes[dimension]} ?`;
	if (plan.ratings[0]) plan.ratings[0].score = plan.ratings[0].score === 1 ? 5 : 1;
	if (plan.notes[0]) plan.notes[0].color = plan.notes[0].color === 'yellow' ? 'pink' : 'yellow';
	return plan;
}

/** Every text a reader reads in a comparison, except the typed texts themselves. */
function reportTexts(changes: PlanChanges): string[] {
	return changes.steps.flatMap((step) => [
		step.title,
		...step.records.flatMap((record) => [
			...record.fields.flatMap((field) => [field.label, field.beforeText, field.afterText]),
			...(record.decision ? [record.decision.beforeText, record.decision.afterText] : [])
		]),
		...step.fields.flatMap((field) => [field.label, field.beforeText, field.afterText]),
		...step.maturity.map((result) => result.label)
	]);
}

/** Latin words not typed by anyone, nor a name that is the same in every language. */
function foreignWords(texts: string[], typed: Set<string>): string[] {
	const same = new Set(['SWOT']);
	const words = texts.flatMap((text) => text.match(/[A-Za-z]+/g) ?? []);
	return [...new Set(words.filter((word) => !typed.has(word) && !same.has(word)))];
}

/** English words Canal writes around the plan; none belongs in a French or German report. */
const ENGLISH = [
	'added',
	'removed',
	'moved',
	'changed',
	'stakeholder',
	'stakeholders',
	'platforms',
	'texts',
	'presence',
	'not set',
	'yes',
	'none',
	'Placed on the map',
	'How we engage',
	'Relationship they want',
	'Hours a week',
	'Response time'
];

const after = everythingChanged();
const typed = typedWords(reference, after);

describe('a comparison in the language it is asked for', () => {
	it('changes something in every part the report reads', () => {
		const changes = diffPlans(reference, after);
		const steps = changes.steps.map((step) => step.step);
		expect(steps).toEqual(expect.arrayContaining(['purpose', 'stakeholders', 'platforms']));
		expect(changes.steps.some((step) => step.presence.length > 0)).toBe(true);
		expect(changes.steps.some((step) => step.hours)).toBe(true);
	});

	it('is English unless asked: the worker never guesses', () => {
		const texts = reportTexts(diffPlans(reference, after)).join('\n');
		expect(texts).toMatch(/Placed on the map|Group|Power/);
		expect(texts).toMatch(/not set/);
	});

	it('in Arabic, writes no Latin word that nobody typed', () => {
		const changes = diffPlans(reference, after, { locale: 'ar' });
		const texts = [...reportTexts(changes), summarizeChanges(changes, 'ar')];
		expect(foreignWords(texts, typed)).toEqual([]);
	});

	it.each<Locale>(['fr', 'de'])(
		'in %s, writes none of the English words around the plan',
		(locale) => {
			const changes = diffPlans(reference, after, { locale });
			const texts = [...reportTexts(changes), summarizeChanges(changes, locale)].join('\n');
			for (const word of ENGLISH) {
				// Words the team typed may be English: only Canal's own words count.
				if (typed.has(word)) continue;
				expect(texts, word).not.toMatch(new RegExp(`\\b${word}\\b`));
			}
		}
	);

	it.each<Locale>(['fr', 'de', 'ar'])(
		'labels every field differently from English in %s',
		(locale) => {
			const english = diffPlans(reference, after);
			const translated = diffPlans(reference, after, { locale });
			const labels = (changes: PlanChanges) =>
				changes.steps.flatMap((step) => [
					...step.records.flatMap((record) => record.fields.map((field) => field.label)),
					...step.fields.map((field) => field.label)
				]);
			const pairs = labels(translated).map((label, i) => [label, labels(english)[i]]);
			// "Budget", "Influence", "Notes" are the same word in some languages: most labels differ.
			const same = pairs.filter(([a, b]) => a === b).map(([a]) => a);
			expect(same.length, same.join(', ')).toBeLessThan(pairs.length / 4);
		}
	);
});

describe('summarizeChanges counts in the language', () => {
	/** The reference plan with `n` stakeholders added. */
	const withAdded = (n: number) => {
		const plan = structuredClone(reference);
		for (let i = 0; i < n; i++)
			plan.stakeholders.push({ ...structuredClone(plan.stakeholders[0]!), id: `added-${i}` });
		return diffPlans(reference, plan);
	};

	it.each<[Locale, number, string]>([
		['en', 1, '1 stakeholder added'],
		['en', 3, '3 stakeholders added'],
		['fr', 1, 'Parties prenantes : 1 ajout'],
		['fr', 3, 'Parties prenantes : 3 ajouts'],
		['de', 1, 'Stakeholder: 1 hinzugefügt'],
		['de', 3, 'Stakeholder: 3 hinzugefügt'],
		// Arabic has a form for one, two, a few (3–10) and many (11–99).
		['ar', 1, 'أصحاب المصلحة: إضافة واحدة'],
		['ar', 2, 'أصحاب المصلحة: إضافتان'],
		['ar', 3, 'أصحاب المصلحة: 3 إضافات'],
		['ar', 11, 'أصحاب المصلحة: 11 إضافةً']
	])('%s, %i added: “%s”', (locale, n, expected) => {
		expect(summarizeChanges(withAdded(n), locale)).toBe(expected);
	});

	it.each<[Locale, string]>([
		['en', 'No changes'],
		['fr', 'Aucun changement'],
		['de', 'Keine Änderungen'],
		['ar', 'لا تغييرات']
	])('nothing changed, in %s: “%s”', (locale, expected) => {
		expect(summarizeChanges(diffPlans(reference, reference), locale)).toBe(expected);
	});

	it('joins kinds of records so that each is named once, in French', () => {
		const plan = structuredClone(reference);
		plan.stakeholders.push({ ...structuredClone(plan.stakeholders[0]!), id: 'x' });
		plan.goals[0]!.target = 'Plus';
		plan.purpose.statement = 'Autre';
		expect(summarizeChanges(diffPlans(reference, plan), 'fr')).toBe(
			'Parties prenantes : 1 ajout · Objectifs : 1 modification · Textes : 1 modification'
		);
		expect(summarizeChanges(diffPlans(reference, plan), 'en')).toBe(
			'1 stakeholder added, 1 goal changed, 1 text changed'
		);
	});
});
