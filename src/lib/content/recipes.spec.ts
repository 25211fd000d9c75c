import { describe, expect, it } from 'vitest';
import { agendaOf, framesOf, parseRecipeFile, recipeFileText } from '../domain/recipe';
import { totalMinutes } from '../domain/agenda';
import { recipes as BUILT_IN_RECIPES } from './recipes/en';

describe('built-in recipes', () => {
	it.each([
		['full-day', 'Full-day strategy', 8, 465],
		['half-day-kick-off', 'Half-day kick-off', 4, 3 * 60],
		['annual-review', '90-minute annual review', 3, 90],
		['listening-session', 'Listening session', 3, 105]
	])('%s is “%s”: %i steps in %i minutes', (id, name, steps, minutes) => {
		const entry = BUILT_IN_RECIPES.find((candidate) => candidate.id === id);
		expect(entry?.recipe.name).toBe(name);
		const recipe = entry!.recipe;
		expect(recipe.items.filter((item) => item.kind === 'step')).toHaveLength(steps);
		let count = 0;
		const breakId = () => `break${String(++count).padStart(5, '0')}`;
		expect(totalMinutes(agendaOf(recipe, breakId))).toBe(minutes);
		// Every step has a prompt, and the recipe is a valid file of its own.
		expect(recipe.items.every((item) => item.kind === 'break' || item.prompt.length > 0)).toBe(
			true
		);
		expect(framesOf(recipe).length).toBeGreaterThan(0);
		expect(parseRecipeFile(recipeFileText(recipe))).toEqual(recipe);
	});

	it('focuses the annual review on maturity and platform decisions', () => {
		const review = BUILT_IN_RECIPES.find((entry) => entry.id === 'annual-review')!.recipe;
		const steps = review.items.flatMap((item) => (item.kind === 'step' ? [item.step] : []));
		expect(steps).toEqual(['maturity', 'platforms', 'review']);
	});
});
