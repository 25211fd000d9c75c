import type { StepId } from '../steps';
import { RULES } from './rules';
import type { CheckedPlan, Finding, Rule, Severity } from './types';

export type { CheckedPlan, Finding, Rule, Severity };
export { RULES };

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Runs every rule; findings come most serious first, then in rule order. */
export function checkPlan(plan: CheckedPlan, rules: readonly Rule[] = RULES): Finding[] {
	return rules
		.flatMap((rule) => rule.check(plan))
		.map((finding, index) => ({ finding, index }))
		.sort((a, b) => ORDER[a.finding.severity] - ORDER[b.finding.severity] || a.index - b.index)
		.map(({ finding }) => finding);
}

/** Findings per step, for the badges in the step list. */
export function findingsByStep(findings: readonly Finding[]): Map<StepId, Finding[]> {
	const byStep = new Map<StepId, Finding[]>();
	for (const finding of findings) {
		const list = byStep.get(finding.step) ?? [];
		list.push(finding);
		byStep.set(finding.step, list);
	}
	return byStep;
}
