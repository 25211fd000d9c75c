import { getLocale } from '../paraglide/runtime.js';
import type { Locale } from '../domain/locale';
import type { BuiltInRecipe } from './recipes/parts';

type Loader = () => Promise<{ recipes: readonly BuiltInRecipe[] }>;

// One chunk per language, fetched by the home page after it has drawn: the recipes' words are
// in no route's first download, and only in the language being shown.
const LOADERS: Record<Locale, Loader> = {
	en: () => import('./recipes/en'),
	fr: () => import('./recipes/fr'),
	de: () => import('./recipes/de'),
	ar: () => import('./recipes/ar')
};

/** Canal's built-in recipes in one language (the active one by default), loaded on demand. */
export async function loadRecipes(locale: Locale = getLocale()): Promise<readonly BuiltInRecipe[]> {
	return (await LOADERS[locale]()).recipes;
}
