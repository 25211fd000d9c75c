import { m } from '../../paraglide/messages.js';
import { baseLocale } from '../../paraglide/runtime.js';
import type { Locale } from '../locale';
import { checkPlan, RULES, type Finding } from '../plan-check';
import type { Plan, RecordKind } from '../plan';
import { filterInternal, hiddenFields } from './filter-internal';
import { named } from './format';
import type { Edition } from './types';

/** What one edition of the report is drawn from. */
export interface EditionSource {
	edition: Edition;
	/** The language the report is written in: the page's choice, passed to the PDF worker. */
	locale: Locale;
	/** The plan the report and its maps show: the filtered plan for the public edition. */
	plan: Plan;
	/** The plan check's findings about that plan. */
	findings: readonly Finding[];
	/** Whether a field is kept out of this edition (never, in the full edition). */
	hidden(kind: RecordKind, id: string, field: string): boolean;
}

/**
 * The plan and findings an edition shows. The public edition runs the plan check again on the
 * filtered plan: findings computed on the full plan can name internal records in their messages.
 * The report is in English unless a locale is given: pure code never guesses the page's choice.
 */
export function editionSource(
	plan: Plan,
	edition: Edition,
	findings?: readonly Finding[],
	locale: Locale = baseLocale
): EditionSource {
	if (edition === 'full') {
		const found = findings ?? checkPlan(plan, RULES, locale);
		return { edition, locale, plan, findings: found, hidden: () => false };
	}
	const filtered = filterInternal(plan);
	const found = checkPlan(filtered, RULES, locale);
	return { edition, locale, plan: filtered, findings: found, hidden: hiddenFields(plan) };
}

/** What every section builder reads. */
export interface SectionContext extends EditionSource {
	stakeholderName(id: string): string | null;
	platformName(id: string): string | null;
}

export function sectionContext(source: EditionSource): SectionContext {
	const stakeholders = new Map(
		source.plan.stakeholders.map((s) => [
			s.id,
			named(s.name, m.report_unnamed_stakeholder({}, { locale: source.locale }))
		])
	);
	const platforms = new Map(
		source.plan.platforms.map((p) => [
			p.id,
			named(p.name, m.report_unnamed_platform({}, { locale: source.locale }))
		])
	);
	return {
		...source,
		stakeholderName: (id) => stakeholders.get(id) ?? null,
		platformName: (id) => platforms.get(id) ?? null
	};
}
