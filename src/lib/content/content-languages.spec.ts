// Canal's own words outside the interface (the built-in recipes, the example workshop and the
// platform library) in every language: the same records as the English, every text translated.
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../domain/locale';
import type { Recipe } from '../domain/recipe';
import { exampleWorkshop, type ExampleTexts } from './example-workshop';
import { texts as ar } from './example/ar';
import { texts as de } from './example/de';
import { texts as en } from './example/en';
import { texts as fr } from './example/fr';
import { loadExample } from './load-example';
import { loadRecipes } from './load-recipes';
import { loadPlatformLibrary, type PlatformTemplate } from './platform-library';
import type { BuiltInRecipe } from './recipes/parts';

const EXAMPLE: Record<Locale, ExampleTexts> = { en, fr, de, ar };

/** Every string of a value with the path that leads to it: record keys are part of the path. */
function textsOf(value: unknown, path = ''): Map<string, string> {
	const found = new Map<string, string>();
	const walk = (node: unknown, at: string) => {
		if (typeof node === 'string') found.set(at, node);
		else if (node && typeof node === 'object')
			for (const [key, child] of Object.entries(node)) walk(child, `${at}/${key}`);
	};
	walk(value, path);
	return found;
}

/** The words of a recipe; its steps, minutes and groups' places are its shape. */
const recipeWords = ({ name, description, items }: Recipe) => [
	name,
	description,
	...items.flatMap((item) =>
		item.kind === 'break' ? [item.title] : [item.prompt, ...item.groups.map((g) => g.name)]
	)
];
const recipeShape = ({ id, recipe }: BuiltInRecipe) => ({
	id,
	items: recipe.items.map((item) =>
		item.kind === 'break'
			? { kind: item.kind, minutes: item.minutes }
			: {
					kind: item.kind,
					step: item.step,
					minutes: item.minutes,
					groups: item.groups.map((group) => group.rect)
				}
	)
});
const libraryShape = ({ id, kind, effort }: PlatformTemplate) => ({ id, kind, effort });

/**
 * Names stay as they are in French and German: the people of the example, its facilitator, and
 * the two kinds of platform both languages call by their English-born name. A text made only of
 * these may equal the English; anything else left equal is a sentence nobody translated.
 */
const NAMES = [
	en.meta.facilitator,
	...Object.values(en.team).map((member) => member.name),
	'Microblog',
	'Fediverse'
];
const onlyNames = (text: string) =>
	NAMES.reduce((rest, name) => rest.replaceAll(name, ''), text).replace(/[\s,.]/g, '') === '';

// Short words that English cannot write a sentence without, and French and German never use.
const ENGLISH_WORDS = /\b(the|and|with|our|we|they|is|are|of|to|for)\b/i;

/** Each translated text against the English one at the same place. */
function expectTranslated(locale: Locale, english: string[], translated: string[]) {
	expect(translated).toHaveLength(english.length);
	translated.forEach((text, index) => {
		const original = english[index]!;
		// Empty only where the English leaves the field empty (a stakeholder with no notes).
		expect(text.trim() === '', `${locale}: “${text}” for “${original}”`).toBe(
			original.trim() === ''
		);
		expect(text).toBe(text.trim());
		expect(text).not.toMatch(/[<>*#`]/);
		if (text === '' || locale === 'en') return;
		if (locale === 'ar') {
			// Arabic writes even the names in its own script: any Latin letter is English left behind.
			expect(text, original).not.toMatch(/[A-Za-z]/);
			expect(text, original).toMatch(/[\u0600-\u06FF]/);
		} else {
			if (!onlyNames(text)) expect(text, `${locale}: left in English`).not.toBe(original);
			expect(text, `${locale}: an English word`).not.toMatch(ENGLISH_WORDS);
		}
	});
}

describe('the example workshop in every language', () => {
	it.each(LOCALES)('%s has the same records and fields as the English', (locale) => {
		const english = textsOf(en);
		const translated = textsOf(EXAMPLE[locale]);
		expect([...translated.keys()]).toEqual([...english.keys()]);
		expectTranslated(locale, [...english.values()], [...translated.values()]);
	});

	it.each(LOCALES)('%s is what the loader gives, with the same decisions', async (locale) => {
		const loaded = await loadExample(locale);
		expect(loaded).toEqual(exampleWorkshop(EXAMPLE[locale]));
		const english = exampleWorkshop(en);
		// Everything that is not a word is shared: scores, places, links, decisions, dates.
		const facts = (example: typeof english) =>
			JSON.stringify(example, (key, value: unknown) =>
				typeof value === 'string' &&
				!/^(key|kind|group|step|color|decision|deadline|fromNote|stakeholder|platform)$/.test(key)
					? value !== ''
					: value
			);
		expect(facts(loaded)).toBe(facts(english));
	});

	it('the English check can see English: it fails on a sentence left untranslated', () => {
		const leftover = { ...fr, swot: { ...fr.swot, 'no-time': en.swot['no-time'] } };
		expect(() =>
			expectTranslated('fr', [...textsOf(en).values()], [...textsOf(leftover).values()])
		).toThrow();
		expect(() => expectTranslated('ar', [en.notes.blame], [`${ar.notes.blame} PDF`])).toThrow();
	});
});

describe('the built-in recipes in every language', () => {
	let english: readonly BuiltInRecipe[];
	beforeAll(async () => {
		english = await loadRecipes('en');
	});

	it.each(LOCALES)('%s has the same recipes, steps, minutes and groups', async (locale) => {
		const recipes = await loadRecipes(locale);
		expect(recipes.map(recipeShape)).toEqual(english.map(recipeShape));
		expectTranslated(
			locale,
			english.flatMap(({ recipe }) => recipeWords(recipe)),
			recipes.flatMap(({ recipe }) => recipeWords(recipe))
		);
		for (const { recipe } of recipes) {
			for (const item of recipe.items)
				if (item.kind === 'step') expect(item.prompt).toMatch(/[?؟]$/);
		}
	});
});

describe('the platform library in every language', () => {
	it.each(LOCALES)('%s has the same templates, kinds and effort', async (locale) => {
		const english = await loadPlatformLibrary('en');
		const library = await loadPlatformLibrary(locale);
		expect(library.map(libraryShape)).toEqual(english.map(libraryShape));
		const words = (templates: PlatformTemplate[]) =>
			templates.flatMap(({ name, norms }) => [name, norms]);
		expectTranslated(locale, words(english), words(library));
	});
});
