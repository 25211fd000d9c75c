import type { StepId } from '../domain/steps';
import { guidance as commitment } from './guidance/commitment';
import { guidance as goals } from './guidance/goals';
import { guidance as listening } from './guidance/listening';
import { guidance as maturity } from './guidance/maturity';
import { guidance as platforms } from './guidance/platforms';
import { guidance as purpose } from './guidance/purpose';
import { guidance as review } from './guidance/review';
import { guidance as stakeholders } from './guidance/stakeholders';
import type { StepGuidance } from './guidance/types';

export type { StepGuidance };

// The examples follow the same fictional organisation as the example workshop (Riverside
// Libraries), so a team that opens both sees one story told twice, never two that contradict.
// Each step's text is a module of its own so that a step page loads only its own (load-guidance.ts).
export const GUIDANCE: Record<StepId, StepGuidance> = {
	purpose,
	maturity,
	stakeholders,
	listening,
	platforms,
	goals,
	commitment,
	review
};
