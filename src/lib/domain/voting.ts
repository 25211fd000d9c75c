import { m } from '../paraglide/messages.js';
import type { StepId } from './steps';

/** What a dot vote is about, each with its name in the vote's form (`VOTE_TARGETS.goals()`). */
export const VOTE_TARGETS = {
	notes: m.vote_target_notes,
	stakeholders: m.vote_target_stakeholders,
	platforms: m.vote_target_platforms,
	goals: m.vote_target_goals
} as const;
export type VoteTarget = keyof typeof VOTE_TARGETS;

export interface VoteSession {
	id: string;
	target: VoteTarget;
	step: StepId;
	/** Dots each person may place. */
	budget: number;
	/** At most one dot per item. */
	onePerItem: boolean;
	state: 'open' | 'revealed';
	/** Totals per item, written by the facilitator at the reveal; null before. */
	results: Record<string, number> | null;
	/** How many ballots the totals came from. */
	voters: number;
}

/** A person's dots in one vote: item id → dots. */
export type Dots = Readonly<Record<string, number>>;

export function dotsUsed(dots: Dots): number {
	return Object.values(dots).reduce((sum, count) => sum + count, 0);
}

/**
 * The dots after placing (+1) or taking back (−1) one on `item`, or null when the rules of the
 * vote forbid it (no dots left, one per item, nothing to take back).
 */
export function placeDot(
	dots: Dots,
	item: string,
	change: 1 | -1,
	vote: Pick<VoteSession, 'budget' | 'onePerItem'>
): Record<string, number> | null {
	const current = dots[item] ?? 0;
	if (change === -1) {
		if (current === 0) return null;
		const next = { ...dots, [item]: current - 1 };
		if (next[item] === 0) delete next[item];
		return next;
	}
	if (dotsUsed(dots) >= vote.budget) return null;
	if (vote.onePerItem && current >= 1) return null;
	return { ...dots, [item]: current + 1 };
}

/** Totals over ballots, dropping what a ballot could not legally hold (a tampered client). */
export function tally(
	ballots: readonly Dots[],
	vote: Pick<VoteSession, 'budget' | 'onePerItem'>,
	items: ReadonlySet<string>
): Record<string, number> {
	const totals: Record<string, number> = {};
	for (const ballot of ballots) {
		let left = vote.budget;
		for (const [item, raw] of Object.entries(ballot).sort()) {
			if (!items.has(item) || !Number.isInteger(raw) || raw <= 0) continue;
			const count = Math.min(raw, vote.onePerItem ? 1 : raw, left);
			left -= count;
			if (count > 0) totals[item] = (totals[item] ?? 0) + count;
		}
	}
	return totals;
}

/** Results, most dots first; ties keep the items' own order. */
export function ranked<T extends { id: string }>(
	items: readonly T[],
	results: Record<string, number>
): { item: T; dots: number }[] {
	return items
		.map((item, index) => ({ item, dots: results[item.id] ?? 0, index }))
		.sort((a, b) => b.dots - a.dots || a.index - b.index)
		.map(({ item, dots }) => ({ item, dots }));
}
