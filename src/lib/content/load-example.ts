import { getLocale } from '../paraglide/runtime.js';
import type { Locale } from '../domain/locale';
import { exampleWorkshop, type ExampleTexts, type ExampleWorkshop } from './example-workshop';

type Loader = () => Promise<{ texts: ExampleTexts }>;

// One chunk per language, fetched when someone asks for the example: the home page carries none
// of its words, and a French visitor never downloads the German ones.
const LOADERS: Record<Locale, Loader> = {
	en: () => import('./example/en'),
	fr: () => import('./example/fr'),
	de: () => import('./example/de'),
	ar: () => import('./example/ar')
};

/** The example workshop written in one language (the active one by default), loaded on demand. */
export async function loadExample(locale: Locale = getLocale()): Promise<ExampleWorkshop> {
	return exampleWorkshop((await LOADERS[locale]()).texts);
}
