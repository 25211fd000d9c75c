// Every word the report writes around the plan (headings, column headers, field labels, counts,
// "None", "Unnamed stakeholder", the change report) follows the language it is built in, not only
// the section titles. In Arabic any Latin word that nobody typed is a word left in English.
import { describe, expect, it } from 'vitest';
import { emptyPlan, strategyPlan } from '../../../../tests/factories/strategy-plan';
import type { Locale } from '../locale';
import type { Plan } from '../plan';
import { buildReport, reportSections } from '.';
import type { Severity } from '../plan-check';
import { findingsSummary } from './sections/review';
import type { Report, ReportFinding } from './types';

const generatedAt = new Date(2026, 10, 2);
const before = strategyPlan();

/** The reference plan a little later: enough changes for every part of the change report. */
function later(): Plan {
	const plan = structuredClone(before);
	const [first] = plan.stakeholders;
	plan.stakeholders.push({ ...structuredClone(first!), id: 'sh-new', name: 'Nouveau' });
	Object.assign(first!, { influence: first!.influence >= 50 ? 10 : 90, placed: true });
	plan.platforms[0]!.decision = plan.platforms[0]!.decision === 'focus' ? 'not-now' : 'focus';
	const link = plan.presence[0]!;
	link.strength = link.strength === 3 ? 1 : 3;
	const removed = plan.platforms.splice(1, 1)[0]!;
	plan.presence = plan.presence.filter((p) => p.platformId !== removed.id);
	plan.team[0]!.hoursPerWeek = (plan.team[0]!.hoursPerWeek ?? 0) + 5;
	plan.purpose.statement = `${plan.purpose.statement} !`;
	if (plan.ratings[0]) plan.ratings[0].score = plan.ratings[0].score === 1 ? 5 : 1;
	// A platform nobody is on, and a board note the team turned into a stakeholder.
	plan.platforms.push({ ...structuredClone(plan.platforms[0]!), id: 'pl-lonely', name: 'Lonely' });
	if (plan.notes[0]) plan.notes[0].promotedTo = `stakeholders:${first!.id}`;
	// Unnamed records read the report's own stand-in name.
	plan.stakeholders.push({ ...structuredClone(first!), id: 'sh-blank', name: '' });
	plan.goals.push({ ...structuredClone(plan.goals[0]!), id: 'g-blank', statement: '' });
	return plan;
}

const after = later();

function report(plan: Plan, locale?: Locale): Report {
	return buildReport(plan, {
		edition: 'full',
		generatedAt,
		comparison: { name: 'Mars', before },
		...(locale ? { locale } : {})
	});
}

/** Keys whose values are code (a block's type, a step's id), not words. */
const CODE_KEYS = new Set([
	'type',
	'map',
	'step',
	'id',
	'tone',
	'severity',
	'generatedAt',
	'edition'
]);

/** Every string a reader reads in a report. */
function textsOf(value: unknown, key = ''): string[] {
	if (typeof value === 'string') return CODE_KEYS.has(key) ? [] : [value];
	if (Array.isArray(value)) return value.flatMap((item) => textsOf(item, key));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => textsOf(v, k));
	return [];
}

/** Latin words of the plans' own strings: what the team typed (never the plans' keys). */
function typedWords(...plans: Plan[]): Set<string> {
	const words = textsOf(plans).flatMap((text) => text.match(/[A-Za-z]+/g) ?? []);
	return new Set(words);
}

const typed = typedWords(before, after);
/** Names that are the same in every language. */
const SAME = new Set(['SWOT', 'Mars']);

function foreignWords(texts: string[]): string[] {
	const words = texts.flatMap((text) => text.match(/[A-Za-z]+/g) ?? []);
	return [...new Set(words.filter((word) => !typed.has(word) && !SAME.has(word)))];
}

describe('the report around the plan, in its language', () => {
	it('has every kind of block and a change report to check', () => {
		const english = report(after);
		const types = new Set(reportSections(english).flatMap((s) => s.blocks.map((b) => b.type)));
		expect([...types]).toEqual(
			expect.arrayContaining(['heading', 'table', 'records', 'fields', 'list', 'changes'])
		);
		const words = textsOf(english).join('\n');
		// The English words this test looks for are there in English.
		for (const word of ['Unnamed stakeholder', 'Unnamed goal', 'How we engage', 'Before', 'Now'])
			expect(words).toContain(word);
	});

	it('in Arabic, writes no Latin word that nobody typed', () => {
		expect(foreignWords(textsOf(report(after, 'ar')))).toEqual([]);
		expect(
			foreignWords(
				textsOf(buildReport(emptyPlan(), { edition: 'public', generatedAt, locale: 'ar' }))
			)
		).toEqual([]);
	});

	it.each<[Locale, string[]]>([
		[
			'fr',
			[
				'Partie prenante sans nom',
				'Objectif sans nom',
				'Notre façon de dialoguer',
				'Avant',
				'Maintenant'
			]
		],
		[
			'de',
			['Unbenannter Stakeholder', 'Ziel ohne Namen', 'Wie wir sie einbinden', 'Vorher', 'Jetzt']
		]
	])('in %s, writes its own words: %j', (locale, words) => {
		const texts = textsOf(report(after, locale)).join('\n');
		for (const word of words) expect(texts).toContain(word);
	});

	// Canal's English words in a report: none may remain in French or German.
	const ENGLISH = [
		'Unnamed',
		'None',
		'Interests',
		'Concerns',
		'Hopes',
		'Where they are online',
		'How we engage',
		'Stakeholder map',
		'Who is there',
		'Nobody yet',
		'with high influence',
		'of 5',
		'Added',
		'Removed',
		'Moved on the map',
		'Decisions changed',
		'Mean before',
		'hours',
		'a week',
		'people',
		'took part',
		'The plan check found',
		'Not grouped',
		'became',
		'Within'
	];
	/** The plans' own texts, longest first, taken out of a report's texts before looking. */
	const typedTexts = [...new Set(textsOf([before, after]))]
		.filter((text) => text.trim().length > 1)
		.sort((x, y) => y.length - x.length);
	const canalWords = (text: string) =>
		typedTexts.reduce((rest, typedText) => rest.split(typedText).join(' | '), text);

	it.each<Locale>(['fr', 'de'])('in %s, none of the English words around the plan', (locale) => {
		const texts = textsOf(report(after, locale)).map(canalWords);
		const english = textsOf(report(after)).map(canalWords).join('\n');
		for (const word of ENGLISH) {
			const pattern = new RegExp(`\\b${word}\\b`);
			// Only a word the English report writes counts: so the check can fail.
			expect(english, word).toMatch(pattern);
			expect(
				texts.filter((text) => pattern.test(text)),
				word
			).toEqual([]);
		}
	});

	it.each<[Locale, string]>([
		['en', 'The plan check found 4 open points: 1 must fix, 2 weak spots, 1 worth a look.'],
		[
			'fr',
			'La vérification du plan a trouvé 4 points ouverts : 1 à corriger, 2 points faibles et 1 à regarder.'
		],
		[
			'de',
			'Die Planprüfung hat 4 offene Punkte gefunden: 1 muss behoben werden, 2 Schwachstellen und 1 einen Blick wert.'
		],
		[
			'ar',
			'وجد فحص الخطة 4 نقاط مفتوحة: نقطة واحدة يجب إصلاحها، ونقطتا ضعف، ونقطة واحدة تستحق النظر.'
		]
	])('counts the plan check’s findings in %s', (locale, sentence) => {
		const finding = (severity: Severity) =>
			({ severity, label: '', message: '', why: '', step: '' }) satisfies ReportFinding;
		const findings = [finding('error'), finding('warning'), finding('warning'), finding('info')];
		expect(findingsSummary(findings, locale)).toBe(sentence);
	});

	it.each<[Locale, string]>([
		['en', '2 November 2026'],
		['fr', '2 novembre 2026'],
		['de', '2. November 2026']
	])('dates the cover in %s: %s', (locale, date) => {
		expect(report(after, locale).cover.date).toBe(date);
	});
});
