import type { Quadrant } from '../../domain/quadrant';
import type { FitEffortZone } from '../platform/fit-effort-zones';
import type { SalienceAttribute } from '../../domain/salience';
import type { Decision, Sentiment } from '../../domain/vocabulary';

/**
 * Map colours. Every colour that marks a dot has at least 3:1 contrast with white (the page and
 * the dots' outline), so a dot stays visible in print and for low vision; hues are chosen to stay
 * apart for the common colour-vision deficiencies, and every colour also has a legend entry, so
 * colour is never the only way to tell things apart.
 */

/**
 * Sentiment: a diverging orange–purple scale (after ColorBrewer's PuOr, darkened towards the
 * middle so the light steps keep their contrast), grey for neutral. Orange and purple stay
 * distinct for red–green colour blindness, which a red–green scale would not.
 */
export const SENTIMENT_COLORS: Record<Sentiment, { color: string; className: string }> = {
	[-2]: { color: '#9c4700', className: 'sentiment-neg2' },
	[-1]: { color: '#d47400', className: 'sentiment-neg1' },
	0: { color: '#8c8c8c', className: 'sentiment-0' },
	1: { color: '#8b82c0', className: 'sentiment-pos1' },
	2: { color: '#542788', className: 'sentiment-pos2' }
};

export type DecisionKey = Decision | 'undecided';

/**
 * Decisions, from the Okabe–Ito palette (designed to stay distinguishable for every common colour
 * deficiency). Undecided is drawn hollow (white with a dashed outline in map.css): nothing chosen.
 */
export const DECISION_COLORS: Record<DecisionKey, { color: string; className: string }> = {
	focus: { color: '#0072B2', className: 'decision-focus' },
	maintain: { color: '#009E73', className: 'decision-maintain' },
	listen: { color: '#CC79A7', className: 'decision-listen' },
	'not-now': { color: '#909090', className: 'decision-not-now' },
	undecided: { color: '#ffffff', className: 'decision-undecided' }
};

/** The order platforms are grouped and listed in: most committed first. */
export const DECISION_ORDER: readonly DecisionKey[] = [
	'focus',
	'maintain',
	'listen',
	'not-now',
	'undecided'
];

/** Very light tints behind the stakeholder map's quadrants: they set areas apart, never text. */
export const QUADRANT_TINTS: Record<Quadrant, string> = {
	'manage-closely': '#f1eef8',
	'keep-satisfied': '#eef3f9',
	'keep-informed': '#fbf2e9',
	monitor: '#f6f6f6'
};

/** Outlines of the salience map's three circles (drawn with a very light fill in map.css). */
export const SALIENCE_ATTRIBUTE_COLORS: Record<SalienceAttribute, string> = {
	power: '#0072B2',
	legitimacy: '#009E73',
	urgency: '#D55E00'
};

/** Neutral grey for keys that show size or width rather than a category. */
export const NEUTRAL_KEY_COLOR = '#8c8c8c';

/** Very light tints behind the fit × effort zones. */
export const ZONE_TINTS: Record<FitEffortZone, string> = {
	'quick-wins': '#eaf5ef',
	'worth-the-effort': '#eef3f9',
	'low-priority': '#f6f6f6',
	avoid: '#fbf0ea'
};
