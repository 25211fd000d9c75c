import type { StepId } from '../steps';
import type { Finding } from './types';

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
