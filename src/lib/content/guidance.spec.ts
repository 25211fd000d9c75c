import { beforeAll, describe, expect, it } from 'vitest';
import { exampleWorkshop } from './example-workshop';
import { texts } from './example/en';
import type { StepGuidance } from './guidance/types';
import { loadGuidance } from './load-guidance';
import { LOCALES } from '../domain/locale';
import { STEP_IDS, type StepId } from '../domain/steps';

// Read through the loader a step page uses, so a step whose module is missing fails here too.
let GUIDANCE = {} as Record<StepId, StepGuidance>;
const EXAMPLE_WORKSHOP = exampleWorkshop(texts);
beforeAll(async () => {
	const loaded = await Promise.all(
		STEP_IDS.map(async (step) => [step, await loadGuidance(step, 'en')])
	);
	GUIDANCE = Object.fromEntries(loaded) as Record<StepId, StepGuidance>;
});

describe('guidance', () => {
	it.each(STEP_IDS)('%s has why, questions and an example', (step) => {
		const guidance = GUIDANCE[step];
		expect(guidance.why.trim()).not.toBe('');
		expect(guidance.example.trim()).not.toBe('');
		expect(guidance.questions.length).toBeGreaterThanOrEqual(3);
		expect(guidance.questions.length).toBeLessThanOrEqual(6);
		for (const question of guidance.questions) expect(question).toMatch(/\?$/);
		// The panel keys its list by question text.
		expect(new Set(guidance.questions).size).toBe(guidance.questions.length);
	});

	it('is plain text: no markup, no markdown', () => {
		for (const { why, questions, example } of Object.values(GUIDANCE)) {
			for (const text of [why, example, ...questions]) {
				expect(text).not.toMatch(/[<>*#`_[\]]/);
				expect(text).toBe(text.trim());
			}
		}
	});

	it('tells the story of the example workshop, and agrees with it', () => {
		for (const { example } of Object.values(GUIDANCE)) {
			expect(example).toMatch(/Riverside/);
		}
		expect(EXAMPLE_WORKSHOP.meta.organisation).toBe('Riverside Libraries');
		const hours = EXAMPLE_WORKSHOP.team.reduce((sum, m) => sum + (m.hoursPerWeek ?? 0), 0);
		expect(GUIDANCE.commitment.example).toContain(`${hours} hours a week`);
		expect(EXAMPLE_WORKSHOP.team).toHaveLength(7);
		expect(GUIDANCE.commitment.example).toContain('seven people');
		expect(EXAMPLE_WORKSHOP.stakeholders).toHaveLength(15);
		expect(GUIDANCE.stakeholders.example).toContain('fifteen stakeholders');
		const focus = EXAMPLE_WORKSHOP.platforms.filter((p) => p.decision === 'focus');
		expect(focus).toHaveLength(2);
		expect(GUIDANCE.platforms.example).toContain('two focus platforms');
	});
});

describe('guidance in every language', () => {
	const cases = LOCALES.flatMap((locale) => STEP_IDS.map((step) => ({ locale, step })));

	it.each(cases)(
		'$step in $locale has the structure of the English guidance',
		async ({ locale, step }) => {
			const english = await loadGuidance(step, 'en');
			const guidance = await loadGuidance(step, locale);
			expect(Object.keys(guidance).sort()).toEqual(Object.keys(english).sort());
			expect(guidance.questions).toHaveLength(english.questions.length);
			expect(guidance.why.trim()).not.toBe('');
			expect(guidance.example).toMatch(locale === 'ar' ? /ريفرسايد/ : /Riverside/);
			// Arabic asks with its own question mark.
			for (const question of guidance.questions) expect(question).toMatch(/[?؟]$/);
			expect(new Set(guidance.questions).size).toBe(guidance.questions.length);
			for (const text of [guidance.why, guidance.example, ...guidance.questions]) {
				expect(text).not.toMatch(/[<>*#`_[\]]/);
				expect(text).toBe(text.trim());
			}
			if (locale !== 'en') {
				expect(guidance.why).not.toBe(english.why);
				expect(guidance.example).not.toBe(english.example);
				for (const question of guidance.questions)
					expect(english.questions).not.toContain(question);
			}
			if (locale === 'ar') expect(guidance.why).toMatch(/[\u0600-\u06FF]/);
		}
	);

	it.each(LOCALES)(
		'%s explains the axes on the stakeholders and platforms steps',
		async (locale) => {
			// The maps keep their geometry in every language: influence and fit up, interest and
			// effort to the right. The guidance says so in the words of the language.
			const words = {
				en: [/upwards/, /right/],
				fr: [/vers le haut/, /droite/],
				de: [/nach oben/, /rechts/],
				ar: [/الأعلى/, /اليمين/]
			}[locale];
			for (const step of ['stakeholders', 'platforms'] as const) {
				const { why } = await loadGuidance(step, locale);
				for (const word of words) expect(why).toMatch(word);
			}
		}
	);

	it('keeps the example workshop’s figures in every language', async () => {
		const figures: Record<string, RegExp> = {
			en: /21 hours/,
			fr: /21 heures/,
			de: /21 Stunden/,
			ar: /21 ساعة/
		};
		for (const locale of LOCALES) {
			expect((await loadGuidance('commitment', locale)).example).toMatch(figures[locale]!);
		}
	});
});
