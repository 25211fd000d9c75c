import type { Commitment, MaturityRating, Purpose, RecordKind } from './plan';
import { STEP_IDS, type StepId } from './steps';

/**
 * What progress needs to read of a plan; PlanView and PlanDoc both provide it. Counts and the
 * notes' steps only, never the records: the step list shows before any step's records are read.
 */
export interface PlanReader {
	purpose: Purpose;
	commitment: Commitment;
	ratings: readonly MaturityRating[];
	maturityNotes: Readonly<Record<string, string>>;
	count(kind: RecordKind): number;
	values(kind: 'notes', field: 'step'): readonly StepId[];
}

/**
 * Steps that hold something a person entered: the step list shows them as started. Review has
 * nothing to fill in: it counts as started once every other step is, or holds notes of its own,
 * so a plan worked through to the end reads "8 of 8".
 */
export function stepsWithContent(plan: PlanReader): Set<StepId> {
	const filled = new Set<StepId>();
	for (const step of plan.values('notes', 'step')) filled.add(step);
	const some = (values: readonly unknown[]) => values.some((v) => v !== '' && v !== null);
	if (some(Object.values(plan.purpose)) || plan.count('values') > 0 || plan.count('team') > 0)
		filled.add('purpose');
	if (plan.ratings.length > 0 || some(Object.values(plan.maturityNotes))) filled.add('maturity');
	if (plan.count('stakeholders') > 0) filled.add('stakeholders');
	if (plan.count('listening') > 0 || plan.count('swot') > 0) filled.add('listening');
	if (plan.count('platforms') > 0) filled.add('platforms');
	if (plan.count('goals') > 0) filled.add('goals');
	if (some(Object.values(plan.commitment))) filled.add('commitment');
	if (STEP_IDS.every((step) => step === 'review' || filled.has(step))) filled.add('review');
	return filled;
}
