import type { Platform } from '../../domain/plan';

/**
 * The fit × effort grid's four zones. Fit and effort run 1–5 and the zones split at 3; a platform
 * with a 3 on either scale sits on a dividing line and belongs to no zone: the picture shows it
 * between two, and the words say so rather than pretend.
 */
export const FIT_EFFORT_ZONES = {
	'quick-wins': { label: 'Quick wins', phrase: 'quick win' },
	'worth-the-effort': { label: 'Worth the effort', phrase: 'worth the effort' },
	'low-priority': { label: 'Low priority', phrase: 'low priority' },
	avoid: { label: 'Avoid', phrase: 'to avoid' }
} as const;
export type FitEffortZone = keyof typeof FIT_EFFORT_ZONES;

export const ZONE_SPLIT = 3;

export function fitEffortZone(platform: Pick<Platform, 'fit' | 'effort'>): FitEffortZone | null {
	if (platform.fit === ZONE_SPLIT || platform.effort === ZONE_SPLIT) return null;
	const goodFit = platform.fit > ZONE_SPLIT;
	const light = platform.effort < ZONE_SPLIT;
	if (goodFit) return light ? 'quick-wins' : 'worth-the-effort';
	return light ? 'low-priority' : 'avoid';
}
