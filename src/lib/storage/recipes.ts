import { newId } from '../domain/ids';
import { parseRecipeFile, recipeFileText, type Recipe } from '../domain/recipe';
import type { Locale } from '../domain/locale';
import type { CanalDb, StoredRecipe } from './db';

/** What a recipe file is called and typed as when it is downloaded. */
export const RECIPE_MIME = 'application/json';

export function recipeFileName(recipe: Recipe): string {
	const slug = recipe.name
		.normalize('NFKD')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.toLowerCase()
		.slice(0, 60);
	return `${slug || 'recipe'}.canal-recipe.json`;
}

/** One's own recipes, newest first. */
export async function listRecipes(db: CanalDb): Promise<StoredRecipe[]> {
	return (await db.recipes.orderBy('savedAt').reverse().toArray()).map((stored) => ({
		...stored,
		// Stored by an older or a damaged app: read it the way a file is read.
		recipe: parseRecipeFile(recipeFileText(stored.recipe))
	}));
}

export async function saveRecipe(db: CanalDb, recipe: Recipe, now = Date.now()): Promise<string> {
	// A recipe is only ever stored in the form a file would carry it.
	const checked = parseRecipeFile(recipeFileText(recipe));
	const id = newId();
	await db.recipes.add({ id, savedAt: now, recipe: checked });
	return id;
}

/**
 * Imports a recipe file's text. A file that is not a valid recipe throws a RecipeError with a
 * sentence for the person in `locale`, before anything is stored.
 */
export async function importRecipe(
	db: CanalDb,
	text: string,
	{ locale = 'en', now = Date.now() }: { locale?: Locale; now?: number } = {}
): Promise<string> {
	return saveRecipe(db, parseRecipeFile(text, locale), now);
}

export async function deleteRecipe(db: CanalDb, id: string): Promise<void> {
	await db.recipes.delete(id);
}
