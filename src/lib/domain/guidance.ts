import type { StepId } from './steps';

/** The guidance panel of a step, in Canal's own words. */
export interface StepGuidance {
	/** Why this step matters, two or three sentences. */
	why: string;
	/** Questions the facilitator can put to the room. */
	questions: string[];
	/** A short worked example from a fictional organisation. */
	example: string;
}

// Content is filled in below, one entry per step.
export const GUIDANCE: Record<StepId, StepGuidance> = {
	purpose: { why: '', questions: [], example: '' },
	maturity: { why: '', questions: [], example: '' },
	stakeholders: { why: '', questions: [], example: '' },
	listening: { why: '', questions: [], example: '' },
	platforms: { why: '', questions: [], example: '' },
	goals: { why: '', questions: [], example: '' },
	commitment: { why: '', questions: [], example: '' },
	review: { why: '', questions: [], example: '' }
};
