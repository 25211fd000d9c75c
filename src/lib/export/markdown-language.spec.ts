// The Markdown file says its own words (the cover's facts, "Contents", the maturity table's
// headers, a missing map's note) in the report's language: in Arabic, no Latin word nobody typed.
import { describe, expect, it } from 'vitest';
import { strategyPlan } from '../../../tests/factories/strategy-plan';
import type { Locale } from '../domain/locale';
import { buildReport } from '../domain/report';
import { reportToMarkdown } from './markdown';

const generatedAt = new Date(2026, 10, 2);
const plan = strategyPlan();

/** Latin words of the plan's own strings (never its keys). */
function typedWords(value: unknown): string[] {
	if (typeof value === 'string') return value.match(/[A-Za-z]+/g) ?? [];
	if (Array.isArray(value)) return value.flatMap(typedWords);
	if (value && typeof value === 'object') return Object.values(value).flatMap(typedWords);
	return [];
}

/** Names that are the same in every language, and the escapes Markdown writes (&amp;). */
const SAME = new Set(['SWOT', 'SVG', 'Markdown', 'Canal', 'amp', 'lt', 'gt']);

const markdown = (locale: Locale) =>
	reportToMarkdown(buildReport(plan, { edition: 'full', generatedAt, locale }), undefined, locale);

describe('the Markdown report in its language', () => {
	it('in Arabic, writes no Latin word that nobody typed', () => {
		const typed = new Set(typedWords(plan));
		const words = markdown('ar').match(/[A-Za-z]+/g) ?? [];
		expect([...new Set(words.filter((word) => !typed.has(word) && !SAME.has(word)))]).toEqual([]);
	});

	it.each<[Locale, string[], string[]]>([
		[
			'en',
			['_Social media strategy_', '**Date:**', '## Contents', '| Dimension | Mean | Range |'],
			[]
		],
		[
			'fr',
			[
				'_Stratégie pour les réseaux sociaux_',
				'**Date:**',
				'## Sommaire',
				'| Dimension | Moyenne |'
			],
			['Contents', 'Social media strategy', 'Facilitator:', '| Mean |', 'is not included']
		],
		[
			'de',
			['_Social-Media-Strategie_', '**Datum:**', '## Inhalt', '| Dimension | Mittelwert |'],
			['Contents', 'Social media strategy', 'Facilitator:', '| Mean |', 'is not included']
		]
	])('in %s, says %j and none of %j', (locale, present, absent) => {
		const text = markdown(locale);
		for (const words of present) expect(text).toContain(words);
		for (const words of absent) expect(text).not.toContain(words);
	});
});
