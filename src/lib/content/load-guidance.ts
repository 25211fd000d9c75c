import { getLocale } from '../paraglide/runtime.js';
import type { Locale } from '../domain/locale';
import type { StepId } from '../domain/steps';
import type { StepGuidance } from './guidance/types';

type Loader = () => Promise<{ guidance: StepGuidance }>;

// One chunk per step and language: a step page downloads its own guidance in the language it
// shows, never the whole method's, nor the other languages'.
const LOADERS: Record<Locale, Record<StepId, Loader>> = {
	en: {
		purpose: () => import('./guidance/en/purpose'),
		maturity: () => import('./guidance/en/maturity'),
		stakeholders: () => import('./guidance/en/stakeholders'),
		listening: () => import('./guidance/en/listening'),
		platforms: () => import('./guidance/en/platforms'),
		goals: () => import('./guidance/en/goals'),
		commitment: () => import('./guidance/en/commitment'),
		review: () => import('./guidance/en/review')
	},
	fr: {
		purpose: () => import('./guidance/fr/purpose'),
		maturity: () => import('./guidance/fr/maturity'),
		stakeholders: () => import('./guidance/fr/stakeholders'),
		listening: () => import('./guidance/fr/listening'),
		platforms: () => import('./guidance/fr/platforms'),
		goals: () => import('./guidance/fr/goals'),
		commitment: () => import('./guidance/fr/commitment'),
		review: () => import('./guidance/fr/review')
	},
	de: {
		purpose: () => import('./guidance/de/purpose'),
		maturity: () => import('./guidance/de/maturity'),
		stakeholders: () => import('./guidance/de/stakeholders'),
		listening: () => import('./guidance/de/listening'),
		platforms: () => import('./guidance/de/platforms'),
		goals: () => import('./guidance/de/goals'),
		commitment: () => import('./guidance/de/commitment'),
		review: () => import('./guidance/de/review')
	},
	ar: {
		purpose: () => import('./guidance/ar/purpose'),
		maturity: () => import('./guidance/ar/maturity'),
		stakeholders: () => import('./guidance/ar/stakeholders'),
		listening: () => import('./guidance/ar/listening'),
		platforms: () => import('./guidance/ar/platforms'),
		goals: () => import('./guidance/ar/goals'),
		commitment: () => import('./guidance/ar/commitment'),
		review: () => import('./guidance/ar/review')
	}
};

/** The guidance of one step in one language (the active one by default), loaded on demand. */
export async function loadGuidance(
	step: StepId,
	locale: Locale = getLocale()
): Promise<StepGuidance> {
	return (await LOADERS[locale][step]()).guidance;
}
