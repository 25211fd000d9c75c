import { getLocale } from '../../paraglide/runtime.js';
import type { Locale } from '../locale';
import { RULES } from './rules';
import type { CheckedPlan, Finding, Rule, Severity } from './types';

export type { CheckedPlan, Finding, Rule, Severity };
export { RULES };
// Its own module, so that the step list can group findings without loading the rules.
export { findingsByStep } from './by-step';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Runs every rule; findings come most serious first, then in rule order. Findings are worded in
 * `locale`, the active language when none is given (the page's own check).
 */
export function checkPlan(
	plan: CheckedPlan,
	rules: readonly Rule[] = RULES,
	locale: Locale = getLocale()
): Finding[] {
	return rules
		.flatMap((rule) => rule.check(plan, locale))
		.map((finding, index) => ({ finding, index }))
		.sort((a, b) => ORDER[a.finding.severity] - ORDER[b.finding.severity] || a.index - b.index)
		.map(({ finding }) => finding);
}
