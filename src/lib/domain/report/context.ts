import { checkPlan, type Finding } from '../plan-check';
import type { Plan, RecordKind } from '../plan';
import { filterInternal, hiddenFields } from './filter-internal';
import { named } from './format';
import type { Edition } from './types';

/** What one edition of the report is drawn from. */
export interface EditionSource {
	edition: Edition;
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
 */
export function editionSource(
	plan: Plan,
	edition: Edition,
	findings?: readonly Finding[]
): EditionSource {
	if (edition === 'full') {
		return { edition, plan, findings: findings ?? checkPlan(plan), hidden: () => false };
	}
	const filtered = filterInternal(plan);
	return { edition, plan: filtered, findings: checkPlan(filtered), hidden: hiddenFields(plan) };
}

/** What every section builder reads. */
export interface SectionContext extends EditionSource {
	stakeholderName(id: string): string | null;
	platformName(id: string): string | null;
}

export function sectionContext(source: EditionSource): SectionContext {
	const stakeholders = new Map(
		source.plan.stakeholders.map((s) => [s.id, named(s.name, 'Unnamed stakeholder')])
	);
	const platforms = new Map(
		source.plan.platforms.map((p) => [p.id, named(p.name, 'Unnamed platform')])
	);
	return {
		...source,
		stakeholderName: (id) => stakeholders.get(id) ?? null,
		platformName: (id) => platforms.get(id) ?? null
	};
}
