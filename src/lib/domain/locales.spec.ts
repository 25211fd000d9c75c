import { describe, expect, it } from 'vitest';
import { emptyPlan, strategyPlan } from '../../../tests/factories/strategy-plan';
import { m } from '../paraglide/messages.js';
import { LOCALES, unnamedPerson, type Locale } from './locale';
import type { Plan } from './plan';
import { checkPlan, RULES } from './plan-check';
import { quadrantAdvice, quadrantName, type Quadrant } from './quadrant';
import { STEP_IDS, stepSummary, stepTitle } from './steps';
import {
	keysOf,
	labelIn,
	MATURITY_DIMENSIONS,
	maturityDimensionIn,
	VOCABULARY_MESSAGES,
	type Vocabulary
} from './vocabulary';

const TRANSLATED = LOCALES.filter((locale) => locale !== 'en');
const ARABIC = /[\u0600-\u06FF]/;

/** A text in `locale`: not empty, not the English one, and in Arabic script for Arabic. */
function expectTranslated(text: string, english: string, locale: Locale) {
	expect(text.trim()).not.toBe('');
	if (locale === 'en') return expect(text).toBe(english);
	if (locale === 'ar') expect(text).toMatch(ARABIC);
	// Words shared by the languages (Neutral, Service, Orange, Microblog…) may stay the same.
	if (!SAME_IN_SOME_LANGUAGES.has(english)) expect(text).not.toBe(english);
}
const SAME_IN_SOME_LANGUAGES = new Set([
	'Neutral',
	'Hostile',
	'Service',
	'Orange',
	'Microblog',
	'Partners',
	'Reputation',
	'Community'
]);

const vocabularyCases = (Object.keys(VOCABULARY_MESSAGES) as Vocabulary[]).flatMap((vocabulary) =>
	keysOf(VOCABULARY_MESSAGES[vocabulary]).flatMap((key) =>
		LOCALES.map((locale) => ({ vocabulary, key, locale }))
	)
);

describe('vocabulary in every language', () => {
	it.each(vocabularyCases)('$vocabulary.$key in $locale', ({ vocabulary, key, locale }) => {
		const label = labelIn(vocabulary, key as never, locale);
		expectTranslated(label, labelIn(vocabulary, key as never, 'en'), locale);
	});

	it.each(
		keysOf(MATURITY_DIMENSIONS).flatMap((dimension) =>
			TRANSLATED.map((locale) => ({ dimension, locale }))
		)
	)('maturity dimension $dimension in $locale', ({ dimension, locale }) => {
		const english = maturityDimensionIn(dimension, 'en');
		const texts = maturityDimensionIn(dimension, locale);
		for (const part of ['label', 'present', 'living'] as const)
			expectTranslated(texts[part], english[part], locale);
	});

	it('the active-language labels read English by default', () => {
		expect(MATURITY_DIMENSIONS.planning.label).toBe('Planning');
		expect(labelIn('sentiments', -2, 'en')).toBe('Hostile');
		expect(labelIn('sentiments', 2, 'fr')).toBe('Ambassadeur');
	});
});

describe('steps and quadrants in every language', () => {
	it.each(STEP_IDS.flatMap((step) => LOCALES.map((locale) => ({ step, locale }))))(
		'$step in $locale',
		({ step, locale }) => {
			expectTranslated(stepTitle(step, locale), stepTitle(step, 'en'), locale);
			expectTranslated(stepSummary(step, locale), stepSummary(step, 'en'), locale);
		}
	);

	const quadrants: (Quadrant | 'not-placed')[] = [
		'manage-closely',
		'keep-satisfied',
		'keep-informed',
		'monitor',
		'not-placed'
	];
	it.each(quadrants.flatMap((quadrant) => LOCALES.map((locale) => ({ quadrant, locale }))))(
		'$quadrant in $locale',
		({ quadrant, locale }) => {
			expectTranslated(quadrantName(quadrant, locale), quadrantName(quadrant, 'en'), locale);
			expectTranslated(quadrantAdvice(quadrant, locale), quadrantAdvice(quadrant, 'en'), locale);
		}
	);

	it('names the quadrants with the method’s terms', () => {
		expect(LOCALES.map((locale) => quadrantName('manage-closely', locale))).toEqual([
			'Manage closely',
			'Gérer de près',
			'Eng einbinden',
			'إدارة عن كثب'
		]);
	});
});

/** A plan every rule has something to say about. */
function troubledPlan(): Plan {
	const plan = strategyPlan();
	const member = (i: number) => ({ ...plan.team[0]!, id: `member-${i}`, usesSocialDaily: false });
	return {
		...plan,
		team: [member(1), member(2)].map((m, i) => ({ ...m, hoursPerWeek: i === 0 ? 1 : 0 })),
		ratings: [
			{ memberId: 'member-1', dimension: 'planning', score: 1 },
			{ memberId: 'member-2', dimension: 'planning', score: 5 }
		],
		maturityNotes: { ...plan.maturityNotes, planning: '' },
		stakeholders: plan.stakeholders.map((s) => ({
			...s,
			influence: 90,
			sentiment: -2,
			engagement: ''
		})),
		platforms: plan.platforms.map((p) => ({ ...p, decision: 'focus', faces: '', owner: '' })),
		presence: [],
		goals: plan.goals.map((g) => ({ ...g, kind: 'reach', metric: '', owner: '' })),
		commitment: { ...plan.commitment, responseTimeHours: null }
	};
}

describe('plan check in every language', () => {
	it.each(RULES.flatMap((rule) => LOCALES.map((locale) => ({ id: rule.id, rule, locale }))))(
		'rule $id has a title in $locale',
		({ rule, locale }) => expectTranslated(rule.title(locale), rule.title('en'), locale)
	);

	it.each(TRANSLATED)('every finding is worded in %s', (locale) => {
		// "No hours" and "more focus than time" exclude each other: two plans between them.
		const troubled = troubledPlan();
		const idle = { ...troubled, team: troubled.team.map((t) => ({ ...t, hoursPerWeek: 0 })) };
		const english = [troubled, idle].flatMap((plan) => checkPlan(plan, RULES, 'en'));
		const found = [troubled, idle].flatMap((plan) => checkPlan(plan, RULES, locale));
		// Every rule but "no goals" (the plan has goals) speaks about these plans.
		expect(new Set(english.map((f) => f.rule)).size).toBe(RULES.length - 1);
		expect(found.map((f) => f.rule)).toEqual(english.map((f) => f.rule));
		found.forEach((finding, i) => {
			expectTranslated(finding.message, english[i]!.message, locale);
			expectTranslated(finding.why, english[i]!.why, locale);
		});
		const empty = checkPlan(emptyPlan(), RULES, locale);
		const noGoals = empty.find((f) => f.rule === 'no-goals')!;
		const englishNoGoals = checkPlan(emptyPlan(), RULES, 'en').find((f) => f.rule === 'no-goals')!;
		expectTranslated(noGoals.message, englishNoGoals.message, locale);
	});

	it('quotes names the way each language does', () => {
		const rule = RULES.find((r) => r.id === 'faceless-presence')!;
		const plan = { ...troubledPlan(), platforms: [{ ...troubledPlan().platforms[0]!, name: 'X' }] };
		expect(rule.check(plan, 'en')[0]!.message).toContain('“X”');
		expect(rule.check(plan, 'fr')[0]!.message).toContain('«\u202fX\u202f»');
		expect(rule.check(plan, 'de')[0]!.message).toContain('„X“');
		expect(rule.check(plan, 'ar')[0]!.message).toContain('«X»');
	});
});

describe('plurals', () => {
	const hours = (count: number, locale: Locale) =>
		m.check_hour_count({ count, countText: String(count) }, { locale });

	it.each([
		[0, 'لا ساعات'],
		[1, 'ساعة واحدة'],
		[2, 'ساعتان'],
		[3, '3 ساعات'],
		[11, '11 ساعة'],
		[100, '100 ساعة']
	] as const)('Arabic: %i hours → %s', (count, text) => {
		expect(hours(count, 'ar')).toBe(text);
	});

	it.each([
		[0, 'لا أصحاب مصلحة'],
		[1, 'صاحب مصلحة واحد'],
		[2, 'صاحبا مصلحة'],
		[3, '3 أصحاب مصلحة'],
		[11, '11 صاحب مصلحة'],
		[100, '100 صاحب مصلحة']
	] as const)('Arabic: %i stakeholders → %s', (count, text) => {
		expect(m.map_stakeholder_count({ count, countText: String(count) }, { locale: 'ar' })).toBe(
			text
		);
	});

	it.each([
		['en', 1, '1 hour'],
		['en', 2, '2 hours'],
		['fr', 0, '0 heure'],
		['fr', 1, '1 heure'],
		['fr', 2, '2 heures'],
		['de', 1, '1 Stunde'],
		['de', 11, '11 Stunden']
	] as const)('%s: %i → %s', (locale, count, text) => {
		expect(hours(count, locale)).toBe(text);
	});
});

describe('someone who gave no name', () => {
	it.each(LOCALES)('is named in %s', (locale) => {
		expectTranslated(unnamedPerson(locale), 'Someone', locale);
	});
});
