import { getLocale } from '../paraglide/runtime.js';
import type { Locale } from '../domain/locale';
import type { PlatformKind } from '../domain/vocabulary';

/** A starting point for a platform candidate: a kind of platform and how its communities behave. */
export interface PlatformTemplate {
	id: TemplateId;
	/** A generic name ("Professional network"), never a brand the team must use. */
	name: string;
	kind: PlatformKind;
	/** Short, neutral description of the community norms, written by Canal; editable once added. */
	norms: string;
	/** Typical effort, 1 (light) – 5 (heavy). */
	effort: number;
}

// Kinds of places rather than brands: brands come and go, and a team should judge the place its
// own stakeholders use, whatever it is called this year. The kind and effort are the same in
// every language; the words are in platform-library/<locale>.ts.
const TEMPLATES = {
	'professional-network': { kind: 'professional-network', effort: 3 },
	'photo-video-app': { kind: 'image-video', effort: 3 },
	'short-video-app': { kind: 'short-video', effort: 4 },
	microblog: { kind: 'microblog', effort: 3 },
	fediverse: { kind: 'federated', effort: 2 },
	'community-forum': { kind: 'community', effort: 3 },
	'neighbourhood-groups': { kind: 'community', effort: 3 },
	'own-newsletter': { kind: 'own-channel', effort: 2 },
	'own-blog': { kind: 'own-channel', effort: 2 },
	'messaging-channel': { kind: 'messaging', effort: 2 },
	podcast: { kind: 'other', effort: 4 },
	'live-events': { kind: 'other', effort: 4 }
} as const satisfies Record<string, Pick<PlatformTemplate, 'kind' | 'effort'>>;

type TemplateId = keyof typeof TEMPLATES;

/** The library's words in one language: a name and the community norms of every template. */
export type PlatformLibraryTexts = Record<TemplateId, Pick<PlatformTemplate, 'name' | 'norms'>>;

export function platformLibrary(texts: PlatformLibraryTexts): PlatformTemplate[] {
	return (Object.keys(TEMPLATES) as TemplateId[]).map((id) => ({
		id,
		...texts[id],
		...TEMPLATES[id]
	}));
}

type Loader = () => Promise<{ texts: PlatformLibraryTexts }>;

// One chunk per language, fetched by the platforms step: no other page carries these words.
const LOADERS: Record<Locale, Loader> = {
	en: () => import('./platform-library/en'),
	fr: () => import('./platform-library/fr'),
	de: () => import('./platform-library/de'),
	ar: () => import('./platform-library/ar')
};

/** The platform library in one language (the active one by default), loaded on demand. */
export async function loadPlatformLibrary(
	locale: Locale = getLocale()
): Promise<PlatformTemplate[]> {
	return platformLibrary((await LOADERS[locale]()).texts);
}
