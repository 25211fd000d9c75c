import type { Stakeholder } from './plan';

/**
 * The influence × interest grid. Influence and interest run 0–100; the midline (50) belongs to
 * the upper half, so a stakeholder dragged exactly onto it is treated as the more demanding case.
 */
export const QUADRANTS = {
	'manage-closely': {
		label: 'Manage closely',
		advice: 'High influence, high interest: involve them, talk with them often.'
	},
	'keep-satisfied': {
		label: 'Keep satisfied',
		advice: 'High influence, low interest: meet their needs without overloading them.'
	},
	'keep-informed': {
		label: 'Keep informed',
		advice: 'Low influence, high interest: keep them up to date, they often become advocates.'
	},
	monitor: {
		label: 'Monitor',
		advice: 'Low influence, low interest: listen, and notice when that changes.'
	}
} as const;
export type Quadrant = keyof typeof QUADRANTS;

export const MIDLINE = 50;

export function quadrantOf(stakeholder: Pick<Stakeholder, 'influence' | 'interest'>): Quadrant {
	const highInfluence = stakeholder.influence >= MIDLINE;
	const highInterest = stakeholder.interest >= MIDLINE;
	if (highInfluence) return highInterest ? 'manage-closely' : 'keep-satisfied';
	return highInterest ? 'keep-informed' : 'monitor';
}

/** Stakeholders grouped by quadrant, each group in the given order. */
export function byQuadrant<T extends Pick<Stakeholder, 'influence' | 'interest'>>(
	stakeholders: readonly T[]
): Record<Quadrant, T[]> {
	const groups: Record<Quadrant, T[]> = {
		'manage-closely': [],
		'keep-satisfied': [],
		'keep-informed': [],
		monitor: []
	};
	for (const stakeholder of stakeholders) groups[quadrantOf(stakeholder)].push(stakeholder);
	return groups;
}
