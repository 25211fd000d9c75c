import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import type { Locale } from './locale';
import type { Stakeholder } from './plan';

/** The four areas of the influence × interest grid, most demanding first. */
export type Quadrant = 'manage-closely' | 'keep-satisfied' | 'keep-informed' | 'monitor';

const QUADRANT_MESSAGES = {
	'manage-closely': {
		label: m.vocab_quadrant_manage_closely_label,
		advice: m.vocab_quadrant_manage_closely_advice
	},
	'keep-satisfied': {
		label: m.vocab_quadrant_keep_satisfied_label,
		advice: m.vocab_quadrant_keep_satisfied_advice
	},
	'keep-informed': {
		label: m.vocab_quadrant_keep_informed_label,
		advice: m.vocab_quadrant_keep_informed_advice
	},
	monitor: { label: m.vocab_quadrant_monitor_label, advice: m.vocab_quadrant_monitor_advice },
	'not-placed': { label: m.vocab_not_placed_label, advice: m.vocab_not_placed_advice }
} as const;

/** A quadrant's name ("Manage closely"), or "Not placed yet", in the given language. */
export function quadrantName(quadrant: Quadrant | 'not-placed', locale: Locale): string {
	return QUADRANT_MESSAGES[quadrant].label({}, { locale });
}

/** What to do with the stakeholders of a quadrant, in the given language. */
export function quadrantAdvice(quadrant: Quadrant | 'not-placed', locale: Locale): string {
	return QUADRANT_MESSAGES[quadrant].advice({}, { locale });
}

/** Label and advice, read in the active language each time (for components). */
function activeTexts(quadrant: Quadrant | 'not-placed') {
	return {
		get label(): string {
			return quadrantName(quadrant, getLocale());
		},
		get advice(): string {
			return quadrantAdvice(quadrant, getLocale());
		}
	};
}

/**
 * The influence × interest grid. Influence and interest run 0–100; the midline (50) belongs to
 * the upper half, so a stakeholder dragged exactly onto it is treated as the more demanding case.
 */
export const QUADRANTS = {
	'manage-closely': activeTexts('manage-closely'),
	'keep-satisfied': activeTexts('keep-satisfied'),
	'keep-informed': activeTexts('keep-informed'),
	monitor: activeTexts('monitor')
} as const;

export const MIDLINE = 50;

/** What a stakeholder nobody has placed yet reads instead of a quadrant. */
export const NOT_PLACED = activeTexts('not-placed');

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
export function quadrantLabel(stakeholder: Placeable, locale: Locale = getLocale()): string {
	return quadrantName(quadrantOf(stakeholder) ?? 'not-placed', locale);
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
