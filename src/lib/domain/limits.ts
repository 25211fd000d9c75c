/**
 * How long user text may be. Long enough that nobody meets them in normal work; short enough that
 * a pasted document or a runaway script cannot bloat a shared plan that every device must load.
 */
export const TEXT_LIMITS = {
	/** Names and titles: workshops, stakeholders, platforms, people. */
	name: 300,
	/** One-line values: metric, baseline, target, owner, source. */
	short: 1_000,
	/** Paragraphs: interests, norms, policies, notes. */
	long: 20_000
} as const;
export type TextSize = keyof typeof TEXT_LIMITS;

export const NUMBER_LIMITS = {
	hoursPerWeek: { min: 0, max: 168 },
	responseTimeHours: { min: 0, max: 24 * 365 },
	scale100: { min: 0, max: 100 },
	scale5: { min: 1, max: 5 }
} as const;

/**
 * How far from the origin a canvas position or size may go. Far beyond any real wall (a note is 200
 * units wide), near enough that sums and products stay exact; stored values beyond it are clamped.
 */
export const COORDINATE_LIMIT = 1_000_000;
