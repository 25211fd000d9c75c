import type { Locale } from '../../domain/locale';
import type { Platform } from '../../domain/plan';
import { m } from '../../paraglide/messages.js';
import { getLocale } from '../../paraglide/runtime.js';

/**
 * The fit × effort grid's four zones. Fit and effort run 1–5 and the zones split at 3; a platform
 * with a 3 on either scale sits on a dividing line and belongs to no zone: the picture shows it
 * between two, and the words say so rather than pretend.
 */
const ZONE_MESSAGES = {
	'quick-wins': {
		label: m.map_zone_quick_wins,
		phrase: m.map_zone_phrase_quick_wins,
		count: m.map_zone_count_quick_wins
	},
	'worth-the-effort': {
		label: m.map_zone_worth_the_effort,
		phrase: m.map_zone_phrase_worth_the_effort,
		count: m.map_zone_count_worth_the_effort
	},
	'low-priority': {
		label: m.map_zone_low_priority,
		phrase: m.map_zone_phrase_low_priority,
		count: m.map_zone_count_low_priority
	},
	avoid: { label: m.map_zone_avoid, phrase: m.map_zone_phrase_avoid, count: m.map_zone_count_avoid }
} as const;
export type FitEffortZone = keyof typeof ZONE_MESSAGES;
export const FIT_EFFORT_ZONE_KEYS = Object.keys(ZONE_MESSAGES) as FitEffortZone[];

/** A zone's name ("Quick wins"), its phrase inside a sentence ("quick win") and its count. */
export function zoneWords(zone: FitEffortZone, locale: Locale = getLocale()) {
	const words = ZONE_MESSAGES[zone];
	return {
		label: words.label({}, { locale }),
		phrase: words.phrase({}, { locale }),
		count: (count: number, countText: string) => words.count({ count, countText }, { locale })
	};
}

export const ZONE_SPLIT = 3;

export function fitEffortZone(platform: Pick<Platform, 'fit' | 'effort'>): FitEffortZone | null {
	if (platform.fit === ZONE_SPLIT || platform.effort === ZONE_SPLIT) return null;
	const goodFit = platform.fit > ZONE_SPLIT;
	const light = platform.effort < ZONE_SPLIT;
	if (goodFit) return light ? 'quick-wins' : 'worth-the-effort';
	return light ? 'low-priority' : 'avoid';
}
