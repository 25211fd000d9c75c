/** The eight steps of the workshop method, in their usual order (the facilitator may take any). */
export const STEPS = [
	{
		id: 'purpose',
		number: 1,
		title: 'Purpose and values',
		summary:
			'What the organisation wants to achieve, be known for, and which values frame how it speaks.'
	},
	{
		id: 'maturity',
		number: 2,
		title: 'Where we stand',
		summary: 'Present or living? Each participant rates four dimensions; disagreement is a topic.'
	},
	{
		id: 'stakeholders',
		number: 3,
		title: 'Audience and stakeholders',
		summary:
			'The people who matter: their interests, where they are online, influence and interest.'
	},
	{
		id: 'listening',
		number: 4,
		title: 'Listening and landscape',
		summary: 'What is already said, the norms of each community, peers to learn from, and a SWOT.'
	},
	{
		id: 'platforms',
		number: 5,
		title: 'Platform choice',
		summary: 'Where our stakeholders are, what each platform asks of us, and a decision for each.'
	},
	{
		id: 'goals',
		number: 6,
		title: 'Goals and measures',
		summary: 'Realistic, measurable goals tied to stakeholders and platforms, with an owner.'
	},
	{
		id: 'commitment',
		number: 7,
		title: 'Limitations and commitment',
		summary: 'Hours, budget, skills, approval, privacy and how fast we respond: the honest limits.'
	},
	{
		id: 'review',
		number: 8,
		title: 'Review and export',
		summary: 'The whole plan on one page, its weak spots, and the export.'
	}
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
