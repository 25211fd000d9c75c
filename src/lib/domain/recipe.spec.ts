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
	recipeProblemWords,
	type Recipe,
	type RecipeProblem
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

	const refusal = (text: string, locale: 'en' | 'fr' | 'de' | 'ar') => {
		try {
			parseRecipeFile(text, locale);
		} catch (error) {
			if (error instanceof RecipeError) return error;
			throw error;
		}
		throw new Error('The file was accepted.');
	};
	const bigGroup = { ...recipe.items[0], groups: [{ name: 'A', rect: [0, 0, 'x', 1] }] };
	const unnamedGroup = { ...recipe.items[0], groups: [{ name: 7, rect: [0, 0, 1, 1] }] };

	it.each([
		['fr', '{', 'not-json', 'Ce fichier n’est pas une recette Canal : ce n’est pas du JSON.'],
		['ar', '{', 'not-json', 'هذا الملف ليس وصفة من Canal: ليس بصيغة JSON.'],
		[
			'fr',
			file({ script: 'alert(1)' }),
			'unknown-field',
			'La recette a un champ que Canal ne connaît pas : « script ».'
		],
		[
			'ar',
			file({ script: 'alert(1)' }),
			'unknown-field',
			'الوصفة: فيها حقل لا يعرفه Canal: «script».'
		],
		[
			'fr',
			file({ items: [{ ...recipe.items[0], minutes: 0 }] }),
			'minutes',
			'L’élément 1 demande un nombre entier de minutes, de 1 à 720.'
		],
		[
			'ar',
			file({ items: [{ ...recipe.items[0], minutes: 0 }] }),
			'minutes',
			'البند 1: يلزم عدد صحيح من الدقائق من 1 إلى 720.'
		],
		[
			'fr',
			file({ items: [bigGroup] }),
			'rectangle',
			'Le groupe 1 de l’élément 1 demande un rectangle de quatre nombres.'
		],
		[
			'ar',
			file({ items: [bigGroup] }),
			'rectangle',
			'المجموعة 1 من البند 1: يلزم مستطيل من أربعة أرقام.'
		],
		[
			'fr',
			file({ items: [unnamedGroup] }),
			'not-text',
			'Le nom du groupe 1 de l’élément 1 n’est pas du texte.'
		],
		[
			'ar',
			file({ items: [unnamedGroup] }),
			'not-text',
			'اسم المجموعة 1 من البند 1: القيمة ليست نصًا.'
		],
		[
			'fr',
			file({ items: [recipe.items[0], recipe.items[0]] }),
			'repeated-step',
			'L’élément 2 répète l’étape « stakeholders ».'
		],
		[
			'ar',
			file({ items: [recipe.items[0], recipe.items[0]] }),
			'repeated-step',
			'البند 2 يكرّر الخطوة «stakeholders».'
		],
		[
			'fr',
			`${recipeFileText(recipe)}${' '.repeat(300_000)}`,
			'too-large',
			'Ce fichier est trop volumineux pour une recette (une recette fait au plus 256 Ko).'
		],
		[
			'ar',
			`${recipeFileText(recipe)}${' '.repeat(300_000)}`,
			'too-large',
			'هذا الملف أكبر من أن يكون وصفة (لا تتجاوز الوصفة 256 كيلوبايت).'
		],
		[
			'fr',
			file({ items: [recipe.items[1]] }),
			'no-steps',
			'La recette ne reprend aucune étape de la méthode.'
		],
		[
			'ar',
			file({ items: [recipe.items[1]] }),
			'no-steps',
			'لا تتضمن الوصفة أي خطوة من خطوات المنهج.'
		],
		[
			'de',
			file({ version: 2 }),
			'newer-version',
			'Dieses Rezept wurde mit einer neueren Version von Canal erstellt: Aktualisieren Sie Canal, um es zu verwenden.'
		],
		['de', '[]', 'not-object', 'Die Datei ist kein Objekt.']
	] as const)('%s: says why it refuses %s (%s) in that language', (locale, text, code, words) => {
		const error = refusal(text, locale);
		expect(error.problem.code).toBe(code);
		expect(error.message).toBe(words);
	});

	it('has words for every problem in every language, with every value in them', () => {
		const place = { at: 'group-name', item: 3, group: 5 } as const;
		const problems: { [C in RecipeProblem['code']]: RecipeProblem & { code: C } } = {
			'too-large': { code: 'too-large', kb: 256 },
			'not-json': { code: 'not-json' },
			'not-recipe': { code: 'not-recipe' },
			'newer-version': { code: 'newer-version' },
			'no-name': { code: 'no-name' },
			'items-not-list': { code: 'items-not-list' },
			'no-steps': { code: 'no-steps' },
			'too-many-breaks': { code: 'too-many-breaks', max: 24 },
			'not-object': { code: 'not-object', place },
			'not-text': { code: 'not-text', place: { at: 'item-prompt', item: 3 } },
			rectangle: { code: 'rectangle', place: { at: 'group', item: 3, group: 5 } },
			'unknown-field': { code: 'unknown-field', place: { at: 'item', item: 3 }, field: 'zz' },
			minutes: { code: 'minutes', place: { at: 'item', item: 3 }, min: 1, max: 720 },
			'groups-not-list': { code: 'groups-not-list', item: 3 },
			'not-step-or-break': { code: 'not-step-or-break', item: 3 },
			'unknown-step': { code: 'unknown-step', item: 3 },
			'too-many-groups': { code: 'too-many-groups', item: 3, max: 24 },
			'repeated-step': { code: 'repeated-step', item: 3, step: 'swot' },
			'group-no-name': { code: 'group-no-name', item: 3, group: 5 }
		};
		const values = (problem: RecipeProblem) =>
			Object.entries(problem).flatMap(([key, value]) =>
				key === 'code' ? [] : typeof value === 'object' ? Object.values(value).slice(1) : [value]
			);
		for (const problem of Object.values(problems)) {
			const english = recipeProblemWords(problem, 'en');
			for (const locale of ['en', 'fr', 'de', 'ar'] as const) {
				const words = recipeProblemWords(problem, locale);
				if (locale !== 'en') expect(words, `${problem.code} in ${locale}`).not.toBe(english);
				expect(words).not.toMatch(/[{}]/);
				for (const value of values(problem)) expect(words, problem.code).toContain(String(value));
			}
		}
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
