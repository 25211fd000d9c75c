import { describe, expect, it } from 'vitest';
import { emptyPlan, strategyPlan } from '../../../../tests/factories/strategy-plan';
import { LOCALES } from '../locale';
import { buildReport, reportSections } from '.';

const generatedAt = new Date(2026, 10, 2);

describe('report in the language it is asked for', () => {
	it('built in French, has French headings, intros and vocabulary', () => {
		const report = buildReport(strategyPlan(), { edition: 'full', generatedAt, locale: 'fr' });
		expect(report.summary.title).toBe('Synthèse');
		expect(report.appendix.title).toBe('Annexe\u202f: notes des tableaux');
		expect(report.steps.map((step) => step.title)).toEqual([
			'Raison d’être et valeurs',
			'Où en sommes-nous\u202f?',
			'Publics et parties prenantes',
			'Écoute et paysage',
			'Choix des plateformes',
			'Objectifs et indicateurs',
			'Contraintes et engagement',
			'Relecture'
		]);
		expect(report.steps[0]!.intro).toMatch(/^Pourquoi nous sommes sur les réseaux sociaux/);
		// The plan check's findings in the review section are worded in French too.
		const review = JSON.stringify(report.steps.at(-1)!.blocks);
		expect(review).not.toMatch(/Fix this|has no named person/);
		const stakeholders = JSON.stringify(report.steps[2]!.blocks);
		expect(stakeholders).toMatch(/Gérer de près|Satisfaire|Tenir informés|Surveiller/);
	});

	it('says an empty part is empty, and labels findings, in German', () => {
		const report = buildReport(emptyPlan(), { edition: 'full', generatedAt, locale: 'de' });
		expect(report.steps[2]!.blocks).toEqual([{ type: 'empty', text: 'Noch nichts festgehalten.' }]);
		const labels = JSON.stringify(
			buildReport(strategyPlan(), { edition: 'full', generatedAt, locale: 'de' }).steps.at(-1)!
				.blocks
		);
		expect(labels).toMatch(/Schwachstelle|Muss behoben werden|Einen Blick wert/);
		expect(labels).not.toMatch(/Weak spot|Must fix|Worth a look/);
	});

	it('is English when no locale is given (the worker never guesses)', () => {
		const report = buildReport(strategyPlan(), { edition: 'full', generatedAt });
		expect(report.summary.title).toBe('Summary');
		expect(report.steps[0]!.title).toBe('Purpose and values');
	});

	it.each(LOCALES.filter((locale) => locale !== 'en'))(
		'every section title and intro differs from English in %s',
		(locale) => {
			const english = reportSections(
				buildReport(strategyPlan(), { edition: 'public', generatedAt })
			);
			const sections = reportSections(
				buildReport(strategyPlan(), { edition: 'public', generatedAt, locale })
			);
			expect(sections).toHaveLength(english.length);
			sections.forEach((section, i) => {
				expect(section.title).not.toBe(english[i]!.title);
				expect(section.intro).not.toBe(english[i]!.intro);
			});
		}
	);
});
