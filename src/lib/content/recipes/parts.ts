import type { Recipe, RecipeGroup, RecipeItem } from '../../domain/recipe';
import type { StepId } from '../../domain/steps';

/**
 * Canal's built-in recipes: proven formats a facilitator can start a workshop from. Each says
 * which steps the day takes, their time boxes and breaks, the question on each board and the
 * groups each board starts with. Every language writes the same recipes with these parts (a test
 * holds the steps, minutes and groups equal to the English); applying one puts its words into
 * the new plan.
 */
export interface BuiltInRecipe {
	/** Stable, for the form's choice; never stored in a plan. */
	id: 'full-day' | 'half-day-kick-off' | 'annual-review' | 'listening-session';
	recipe: Recipe;
}

/** Groups side by side on a board, each wide enough for a few rows of notes. */
export function groups(...names: string[]): RecipeGroup[] {
	return names.map((name, index) => ({ name, rect: [index * 560, 0, 520, 420] }));
}

export function step(
	id: StepId,
	minutes: number,
	prompt: string,
	named: RecipeGroup[] = []
): RecipeItem {
	return { kind: 'step', step: id, minutes, prompt, groups: named };
}

export function pause(minutes: number, title: string): RecipeItem {
	return { kind: 'break', title, minutes };
}
