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

/** What a stakeholder nobody has placed yet reads instead of a quadrant. */
export const NOT_PLACED = {
	label: 'Not placed yet',
	advice: 'Nobody has said where they sit: drag them on the map or set influence and interest.'
} as const;

type Placeable = Pick<Stakeholder, 'influence' | 'interest'> & { placed?: boolean };

/**
 * The quadrant a stakeholder is in, or null while nobody has placed them (their influence and
 * interest are only the defaults then, and reading "Manage closely" for everyone would mislead).
 */
export function quadrantOf(stakeholder: Placeable): Quadrant | null {
	if (stakeholder.placed === false) return null;
	const highInfluence = stakeholder.influence >= MIDLINE;
	const highInterest = stakeholder.interest >= MIDLINE;
	if (highInfluence) return highInterest ? 'manage-closely' : 'keep-satisfied';
	return highInterest ? 'keep-informed' : 'monitor';
}

/** The words for a stakeholder's place: a quadrant's label, or "Not placed yet". */
export function quadrantLabel(stakeholder: Placeable): string {
	const quadrant = quadrantOf(stakeholder);
	return quadrant === null ? NOT_PLACED.label : QUADRANTS[quadrant].label;
}

/** Stakeholders grouped by quadrant (and those not placed yet), each group in the given order. */
export function byQuadrant<T extends Placeable>(
	stakeholders: readonly T[]
): Record<Quadrant | 'not-placed', T[]> {
	const groups: Record<Quadrant | 'not-placed', T[]> = {
		'manage-closely': [],
		'keep-satisfied': [],
		'keep-informed': [],
		monitor: [],
		'not-placed': []
	};
	for (const stakeholder of stakeholders)
		groups[quadrantOf(stakeholder) ?? 'not-placed'].push(stakeholder);
	return groups;
}
