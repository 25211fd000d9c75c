import { describe, expect, it } from 'vitest';
import { addBreak, defaultAgenda, setMinutes, setPrompt, setSkipped, totalMinutes } from './agenda';
import {
	agendaOf,
	canonicalJson,
	framesOf,
	parseRecipeFile,
	recipeFileText,
	recipeOf,
	RecipeError,
	type Recipe
} from './recipe';
import { STEP_IDS } from './steps';

const recipe: Recipe = {
	name: 'Short day',
	description: 'Two steps and a break.',
	items: [
		{
			kind: 'step',
			step: 'stakeholders',
			minutes: 20,
			prompt: 'Who matters?',
			groups: [{ name: 'Inside', rect: [0, 0, 520, 420] }]
		},
		{ kind: 'break', title: 'Coffee', minutes: 10 },
		{ kind: 'step', step: 'purpose', minutes: 15, prompt: '', groups: [] }
	]
};

const file = (overrides: Record<string, unknown>) =>
	JSON.stringify({ ...JSON.parse(recipeFileText(recipe)), ...overrides });

describe('recipe files', () => {
	it('round-trips byte for byte, with keys in one order', () => {
		const text = recipeFileText(recipe);
		expect(parseRecipeFile(text)).toEqual(recipe);
		expect(recipeFileText(parseRecipeFile(text))).toBe(text);
		expect(text.indexOf('"description"')).toBeLessThan(text.indexOf('"format"'));
		expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe(
			'{\n  "a": [\n    {\n      "c": 2,\n      "d": 1\n    }\n  ],\n  "b": 1\n}\n'
		);
	});

	it('reads a file whose keys come in another order as the same recipe', () => {
		const shuffled = JSON.stringify(JSON.parse(recipeFileText(recipe)), [
			'version',
			'items',
			'groups',
			'rect',
			'name',
			'prompt',
			'minutes',
			'title',
			'step',
			'kind',
			'format',
			'description'
		]);
		expect(recipeFileText(parseRecipeFile(shuffled))).toBe(recipeFileText(recipe));
	});

	it.each([
		['not JSON', '{"format": "canal-recipe",', /not JSON/],
		['another format', file({ format: 'canal-workshop' }), /not a Canal recipe/],
		['a newer version', file({ version: 2 }), /newer version/],
		['an unknown field', file({ script: 'alert(1)' }), /does not know: “script”/],
		[
			'an unknown step',
			file({ items: [{ kind: 'step', step: 'x', minutes: 5, prompt: '', groups: [] }] }),
			/step Canal does not have/
		],
		['a repeated step', file({ items: [recipe.items[0], recipe.items[0]] }), /repeats/],
		[
			'minutes out of range',
			file({ items: [{ ...recipe.items[0], minutes: 0 }] }),
			/whole minutes/
		],
		[
			'fractional minutes',
			file({ items: [{ ...recipe.items[0], minutes: 2.5 }] }),
			/whole minutes/
		],
		[
			'a bad rectangle',
			file({ items: [{ ...recipe.items[0], groups: [{ name: 'A', rect: [0, 0, 'x', 1] }] }] }),
			/rectangle/
		],
		[
			'too many breaks',
			file({ items: Array.from({ length: 40 }, () => recipe.items[1]) }),
			/breaks/
		],
		['no steps', file({ items: [recipe.items[1]] }), /no step/],
		['no name', file({ name: '   ' }), /no name/],
		['a top-level list', '[]', /not an object/],
		['a huge file', `${recipeFileText(recipe)}${' '.repeat(300_000)}`, /too large/]
	])('refuses %s with a clear message', (_name, text, message) => {
		expect(() => parseRecipeFile(text)).toThrow(RecipeError);
		expect(() => parseRecipeFile(text)).toThrow(message);
	});

	it('clips a 10,000-character name to the name limit', () => {
		const parsed = parseRecipeFile(file({ name: 'n'.repeat(10_000) }));
		expect(parsed.name).toHaveLength(300);
	});
});

describe('recipes and agendas', () => {
	it('gives a workshop its steps, time boxes, prompts and groups; the others skipped', () => {
		let id = 0;
		const agenda = agendaOf(recipe, () => `break${String(++id).padStart(5, '0')}`);
		expect(agenda.items.slice(0, 3)).toEqual([
			{ kind: 'step', step: 'stakeholders', minutes: 20, skipped: false, prompt: 'Who matters?' },
			{ kind: 'break', id: 'break00001', title: 'Coffee', minutes: 10 },
			{ kind: 'step', step: 'purpose', minutes: 15, skipped: false, prompt: '' }
		]);
		expect(agenda.items).toHaveLength(STEP_IDS.length + 1);
		expect(agenda.items.slice(3).every((item) => item.kind === 'step' && item.skipped)).toBe(true);
		expect(totalMinutes(agenda)).toBe(45);
		expect(framesOf(recipe)).toEqual([
			{ step: 'stakeholders', name: 'Inside', rect: [0, 0, 520, 420] }
		]);
	});

	it('saves a set-up as a recipe: skipped steps and unnamed groups left out', () => {
		let agenda = setSkipped(defaultAgenda(), 'maturity', true);
		agenda = setMinutes(setPrompt(agenda, 'purpose', 'Why?'), 'purpose', 25);
		agenda = addBreak(agenda, 'purpose', 'break00001');
		const saved = recipeOf('  Mine  ', '', agenda, [
			{ step: 'purpose', name: 'Ideas', rect: [1, 2, 3, 4] },
			{ step: 'purpose', name: ' ', rect: [0, 0, 1, 1] },
			{ step: 'maturity', name: 'Gone', rect: [0, 0, 1, 1] }
		]);
		expect(saved.name).toBe('Mine');
		expect(saved.items[0]).toEqual({
			kind: 'step',
			step: 'purpose',
			minutes: 25,
			prompt: 'Why?',
			groups: [{ name: 'Ideas', rect: [1, 2, 3, 4] }]
		});
		expect(saved.items[1]).toEqual({ kind: 'break', title: 'Break', minutes: 15 });
		expect(saved.items.some((item) => item.kind === 'step' && item.step === 'maturity')).toBe(
			false
		);
		// What is saved reads back as the same recipe.
		expect(parseRecipeFile(recipeFileText(saved))).toEqual(saved);
	});
});
