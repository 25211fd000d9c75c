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
 * Length in characters (code points), the unit every text limit counts in: an emoji is one, not
 * two UTF-16 units. The UTF-16 length is never below it, so a string of at most `exactAbove`
 * units is answered with that upper bound, uncounted: enough to compare with a limit.
 */
export function characterCount(value: string, exactAbove = 0): number {
	return value.length <= exactAbove ? value.length : [...value].length;
}

/** The first `max` characters of a string, never half a surrogate pair. */
export function clipCharacters(value: string, max: number): string {
	if (value.length <= max) return value;
	let end = 0;
	for (let count = 0; count < max && end < value.length; count++)
		end += (value.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
	return value.slice(0, end);
}
