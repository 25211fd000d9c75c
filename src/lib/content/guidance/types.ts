/** The guidance panel of a step, in Canal's own words. */
export interface StepGuidance {
	/** Why this step matters, two or three sentences. */
	why: string;
	/** Questions the facilitator can put to the room. */
	questions: string[];
	/** A short worked example from a fictional organisation. */
	example: string;
}
