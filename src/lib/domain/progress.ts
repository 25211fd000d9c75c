import type { Commitment, MaturityRating, Purpose, RecordKinds, StickyNote } from './plan';
import { STEP_IDS, type StepId } from './steps';

/** What progress needs to read of a plan; PlanView and PlanDoc both provide it. */
export interface PlanReader {
	purpose: Purpose;
	commitment: Commitment;
	ratings: readonly MaturityRating[];
	maturityNotes: Readonly<Record<string, string>>;
	list<K extends keyof RecordKinds>(kind: K): readonly Readonly<RecordKinds[K]>[];
}

/**
 * Steps that hold something a person entered: the step list shows them as started. Review has
 * nothing to fill in: it counts as started once every other step is, or holds notes of its own,
 * so a plan worked through to the end reads "8 of 8".
 */
export function stepsWithContent(plan: PlanReader): Set<StepId> {
	const filled = new Set<StepId>();
	const notes: readonly Readonly<StickyNote>[] = plan.list('notes');
	for (const note of notes) filled.add(note.step);
	const some = (values: readonly unknown[]) => values.some((v) => v !== '' && v !== null);
	if (
		some(Object.values(plan.purpose)) ||
		plan.list('values').length > 0 ||
		plan.list('team').length > 0
	)
		filled.add('purpose');
	if (plan.ratings.length > 0 || some(Object.values(plan.maturityNotes))) filled.add('maturity');
	if (plan.list('stakeholders').length > 0) filled.add('stakeholders');
	if (plan.list('listening').length > 0 || plan.list('swot').length > 0) filled.add('listening');
	if (plan.list('platforms').length > 0) filled.add('platforms');
	if (plan.list('goals').length > 0) filled.add('goals');
	if (some(Object.values(plan.commitment))) filled.add('commitment');
	if (STEP_IDS.every((step) => step === 'review' || filled.has(step))) filled.add('review');
	return filled;
}
