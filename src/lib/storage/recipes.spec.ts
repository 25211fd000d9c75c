import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recipes as BUILT_IN_RECIPES } from '../content/recipes/en';
import { recipes as GERMAN_RECIPES } from '../content/recipes/de';
import { FacilitationDoc } from '../doc/facilitation-doc';
import { PlanDoc } from '../doc/plan-doc';
import { dayOrder } from '../domain/agenda';
import { recipeFileText, RecipeError } from '../domain/recipe';
import { CanalDb } from './db';
import { facilitationDocId, loadStoredDoc } from './doc-store';
import { deleteRecipe, importRecipe, listRecipes, recipeFileName, saveRecipe } from './recipes';
import { createWorkshop, purgeDeleted, deleteWorkshop } from './workshops';

let db: CanalDb;
let name = 0;
beforeEach(() => {
	db = new CanalDb(`recipes-${++name}`);
});
afterEach(() => db.close());

const review = BUILT_IN_RECIPES.find((entry) => entry.id === 'annual-review')!.recipe;

describe('own recipes on the device', () => {
	it('saves, lists newest first, exports the same bytes it imported, and deletes', async () => {
		const first = await saveRecipe(db, review, 1_000);
		const text = recipeFileText({ ...review, name: 'Imported review' });
		await importRecipe(db, text, { now: 2_000 });
		const listed = await listRecipes(db);
		expect(listed.map((entry) => entry.recipe.name)).toEqual([
			'Imported review',
			'90-minute annual review'
		]);
		expect(recipeFileText(listed[0]!.recipe)).toBe(text);
		expect(recipeFileName(listed[0]!.recipe)).toBe('imported-review.canal-recipe.json');
		await deleteRecipe(db, first);
		expect(await db.recipes.count()).toBe(1);
	});

	it.each([
		['corrupt', '{"format":'],
		['hostile', recipeFileText(review).replace('"description"', '"__proto__": {}, "description"')],
		['huge', 'x'.repeat(1_000_000)]
	])('refuses a %s file and stores nothing', async (_name, text) => {
		await expect(importRecipe(db, text)).rejects.toBeInstanceOf(RecipeError);
		expect(await db.recipes.count()).toBe(0);
	});

	it('says why in the language the page asks for', async () => {
		await expect(importRecipe(db, '{', { locale: 'ar' })).rejects.toThrow(
			'هذا الملف ليس وصفة من Canal: ليس بصيغة JSON.'
		);
		await expect(importRecipe(db, '{', { locale: 'fr' })).rejects.toThrow(
			'Ce fichier n’est pas une recette Canal : ce n’est pas du JSON.'
		);
		expect(await db.recipes.count()).toBe(0);
	});
});

describe('a workshop from a recipe', () => {
	it('starts with the recipe’s agenda and groups, and no content', async () => {
		const id = await createWorkshop(
			db,
			{ title: 'Review 2026', organisation: '', facilitator: '' },
			5,
			review
		);
		const plan = new PlanDoc(await loadStoredDoc(db, id));
		expect(plan.list('frames').map((frame) => [frame.step, frame.name])).toEqual([
			['maturity', 'Grew'],
			['maturity', 'Stalled'],
			['platforms', 'Keep'],
			['platforms', 'Grow'],
			['platforms', 'Reduce'],
			['platforms', 'Leave']
		]);
		expect(plan.list('notes')).toEqual([]);
		const steering = new FacilitationDoc(await loadStoredDoc(db, facilitationDocId(id)));
		expect(dayOrder(steering.value.agenda)).toEqual(['maturity', 'platforms', 'review']);
		expect(steering.value.agenda.items[0]).toMatchObject({
			minutes: 30,
			prompt: 'What changed in the last year? Where did we grow, where did we stall?'
		});
		// Deleting the workshop purges its agenda with it.
		await deleteWorkshop(db, id, 10);
		await purgeDeleted(db, 10_000_000);
		expect(await db.updates.where('docId').equals(facilitationDocId(id)).count()).toBe(0);
	});

	it('puts the words of the recipe’s language into the plan', async () => {
		const german = GERMAN_RECIPES.find((entry) => entry.id === 'annual-review')!.recipe;
		const id = await createWorkshop(
			db,
			{ title: german.name, organisation: '', facilitator: '' },
			5,
			german
		);
		const plan = new PlanDoc(await loadStoredDoc(db, id));
		expect(plan.list('frames').map((frame) => frame.name)).toEqual([
			'Gewachsen',
			'Stehen geblieben',
			'Behalten',
			'Ausbauen',
			'Reduzieren',
			'Aufgeben'
		]);
		const steering = new FacilitationDoc(await loadStoredDoc(db, facilitationDocId(id)));
		expect(steering.value.agenda.items[0]).toMatchObject({
			minutes: 30,
			prompt: 'Was hat sich im letzten Jahr verändert? Wo sind wir gewachsen, wo stehen geblieben?'
		});
	});
});
