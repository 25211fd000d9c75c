import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import type { Locale } from './locale';

const STEP_MESSAGES = {
	purpose: { title: m.step_purpose_title, summary: m.step_purpose_summary },
	maturity: { title: m.step_maturity_title, summary: m.step_maturity_summary },
	stakeholders: { title: m.step_stakeholders_title, summary: m.step_stakeholders_summary },
	listening: { title: m.step_listening_title, summary: m.step_listening_summary },
	platforms: { title: m.step_platforms_title, summary: m.step_platforms_summary },
	goals: { title: m.step_goals_title, summary: m.step_goals_summary },
	commitment: { title: m.step_commitment_title, summary: m.step_commitment_summary },
	review: { title: m.step_review_title, summary: m.step_review_summary }
} as const;

type StepTextId = keyof typeof STEP_MESSAGES;

/** A step's title in the given language. */
export function stepTitle(id: StepTextId, locale: Locale): string {
	return STEP_MESSAGES[id].title({}, { locale });
}

/** A step's one-sentence summary in the given language. */
export function stepSummary(id: StepTextId, locale: Locale): string {
	return STEP_MESSAGES[id].summary({}, { locale });
}

function step<const Id extends StepTextId, const N extends number>(id: Id, number: N) {
	// Title and summary read the active language when read: the step list and pages show them.
	return {
		id,
		number,
		get title(): string {
			return stepTitle(id, getLocale());
		},
		get summary(): string {
			return stepSummary(id, getLocale());
		}
	};
}

/** The eight steps of the workshop method, in their usual order (the facilitator may take any). */
export const STEPS = [
	step('purpose', 1),
	step('maturity', 2),
	step('stakeholders', 3),
	step('listening', 4),
	step('platforms', 5),
	step('goals', 6),
	step('commitment', 7),
	step('review', 8)
] as const;

export type Step = (typeof STEPS)[number];
export type StepId = Step['id'];

export const STEP_IDS: readonly StepId[] = STEPS.map((step) => step.id);

export function isStepId(value: unknown): value is StepId {
	return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

export function stepById(id: StepId): Step {
	const step = STEPS.find((candidate) => candidate.id === id);
	if (!step) throw new Error(`Unknown step: ${id}`);
	return step;
}

/** The step before and after `id` in the usual order, for "previous / next" navigation. */
export function neighbours(id: StepId): { previous: Step | null; next: Step | null } {
	const index = STEP_IDS.indexOf(id);
	return { previous: STEPS[index - 1] ?? null, next: STEPS[index + 1] ?? null };
}
