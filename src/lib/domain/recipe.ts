import { m } from '../paraglide/messages.js';
import { AGENDA_LIMITS, normaliseItems, type Agenda, type AgendaItem } from './agenda';
import { COORDINATE_LIMIT, TEXT_LIMITS } from './limits';
import { formatCount, type Locale } from './locale';
import type { Box } from './plan';
import { STEP_IDS, isStepId, type StepId } from './steps';
import { clipCharacters } from './text';

/**
 * A recipe: a workshop's set-up without its content. Which steps the day takes and in what order,
 * their time boxes and breaks, a prompt per board and the groups (frames) each board starts with.
 * Built-in recipes live in content/recipes.ts; one's own are saved on the device and travel as a
 * small JSON file, written in one canonical form so that exporting an imported file gives back
 * the same bytes.
 */
export interface RecipeGroup {
	name: string;
	rect: Box;
}

export type RecipeItem =
	| { kind: 'step'; step: StepId; minutes: number; prompt: string; groups: RecipeGroup[] }
	| { kind: 'break'; title: string; minutes: number };

export interface Recipe {
	name: string;
	description: string;
	items: RecipeItem[];
}

export const RECIPE_FORMAT = 'canal-recipe';
export const RECIPE_VERSION = 1;

export const RECIPE_LIMITS = {
	/** A real recipe file is a few kilobytes. */
	maxFileBytes: 256 * 1024,
	maxGroupsPerStep: 24
} as const;

/** Where in a recipe file a problem is: items and groups are counted from 1, as people count. */
export type RecipePlace =
	| { at: 'file' | 'recipe' | 'name' | 'description' }
	| { at: 'item' | 'item-title' | 'item-prompt'; item: number }
	| { at: 'group' | 'group-name'; item: number; group: number };

/** Why a file is not a recipe Canal can use. */
export type RecipeProblem =
	| { code: 'too-large'; kb: number }
	| { code: 'not-json' | 'not-recipe' | 'newer-version' | 'no-name' | 'items-not-list' }
	| { code: 'no-steps' }
	| { code: 'too-many-breaks'; max: number }
	| { code: 'not-object' | 'not-text' | 'rectangle'; place: RecipePlace }
	| { code: 'unknown-field'; place: RecipePlace; field: string }
	| { code: 'minutes'; place: RecipePlace; min: number; max: number }
	| { code: 'groups-not-list' | 'not-step-or-break' | 'unknown-step'; item: number }
	| { code: 'too-many-groups'; item: number; max: number }
	| { code: 'repeated-step'; item: number; step: string }
	| { code: 'group-no-name'; item: number; group: number };

function placeWords(place: RecipePlace, locale: Locale): string {
	const options = { locale };
	const count = (n: number) => formatCount(n, locale);
	switch (place.at) {
		case 'file':
			return m.recipe_place_file({}, options);
		case 'recipe':
			return m.recipe_place_recipe({}, options);
		case 'name':
			return m.recipe_place_name({}, options);
		case 'description':
			return m.recipe_place_description({}, options);
		case 'item':
			return m.recipe_place_item({ item: count(place.item) }, options);
		case 'item-title':
			return m.recipe_place_item_title({ item: count(place.item) }, options);
		case 'item-prompt':
			return m.recipe_place_item_prompt({ item: count(place.item) }, options);
		case 'group':
			return m.recipe_place_group({ item: count(place.item), group: count(place.group) }, options);
		case 'group-name':
			return m.recipe_place_group_name(
				{ item: count(place.item), group: count(place.group) },
				options
			);
	}
}

/** A recipe problem as a sentence for the person who chose the file, in `locale`. */
export function recipeProblemWords(problem: RecipeProblem, locale: Locale): string {
	const options = { locale };
	const count = (n: number) => formatCount(n, locale);
	switch (problem.code) {
		case 'too-large':
			return m.recipe_error_too_large({ kb: count(problem.kb) }, options);
		case 'not-json':
			return m.recipe_error_not_json({}, options);
		case 'not-recipe':
			return m.recipe_error_not_recipe({}, options);
		case 'newer-version':
			return m.recipe_error_newer_version({}, options);
		case 'no-name':
			return m.recipe_error_no_name({}, options);
		case 'items-not-list':
			return m.recipe_error_items_not_list({}, options);
		case 'no-steps':
			return m.recipe_error_no_steps({}, options);
		case 'too-many-breaks':
			return m.recipe_error_too_many_breaks({ max: count(problem.max) }, options);
		case 'not-object':
			return m.recipe_error_not_object({ place: placeWords(problem.place, locale) }, options);
		case 'not-text':
			return m.recipe_error_not_text({ place: placeWords(problem.place, locale) }, options);
		case 'rectangle':
			return m.recipe_error_rectangle({ place: placeWords(problem.place, locale) }, options);
		case 'unknown-field':
			return m.recipe_error_unknown_field(
				{ place: placeWords(problem.place, locale), field: problem.field },
				options
			);
		case 'minutes':
			return m.recipe_error_minutes(
				{
					place: placeWords(problem.place, locale),
					min: count(problem.min),
					max: count(problem.max)
				},
				options
			);
		case 'groups-not-list':
			return m.recipe_error_groups_not_list({ item: count(problem.item) }, options);
		case 'not-step-or-break':
			return m.recipe_error_not_step_or_break({ item: count(problem.item) }, options);
		case 'unknown-step':
			return m.recipe_error_unknown_step({ item: count(problem.item) }, options);
		case 'too-many-groups':
			return m.recipe_error_too_many_groups(
				{ item: count(problem.item), max: count(problem.max) },
				options
			);
		case 'repeated-step':
			return m.recipe_error_repeated_step(
				{ item: count(problem.item), step: problem.step },
				options
			);
		case 'group-no-name':
			return m.recipe_error_group_no_name(
				{ item: count(problem.item), group: count(problem.group) },
				options
			);
	}
}

/**
 * A recipe that cannot be read: what is wrong (for code) and a sentence saying it in the language
 * the file was read for (for the person).
 */
export class RecipeError extends Error {
	override readonly name = 'RecipeError';
	constructor(
		readonly problem: RecipeProblem,
		locale: Locale
	) {
		super(recipeProblemWords(problem, locale));
	}
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with every object's keys sorted, two-space indented, one final newline: one text per recipe. */
export function canonicalJson(value: Json): string {
	const sort = (v: Json): Json =>
		Array.isArray(v)
			? v.map(sort)
			: v && typeof v === 'object'
				? Object.fromEntries(
						Object.keys(v)
							.sort()
							.map((key) => [key, sort(v[key] ?? null)])
					)
				: v;
	return `${JSON.stringify(sort(value), null, 2)}\n`;
}

export function recipeFileText(recipe: Recipe): string {
	return canonicalJson({
		format: RECIPE_FORMAT,
		version: RECIPE_VERSION,
		name: recipe.name,
		description: recipe.description,
		items: recipe.items.map((item): Json =>
			item.kind === 'break'
				? { kind: 'break', title: item.title, minutes: item.minutes }
				: {
						kind: 'step',
						step: item.step,
						minutes: item.minutes,
						prompt: item.prompt,
						groups: item.groups.map((group) => ({ name: group.name, rect: [...group.rect] }))
					}
		)
	});
}

// Reading a file: strict about shape (a wrong type or unknown field says the file is not what it
// claims), forgiving about length (too long a text is clipped, as everywhere in Canal).

type Fields = Record<string, unknown>;

function object(value: unknown, place: RecipePlace, locale: Locale): Fields {
	if (!value || typeof value !== 'object' || Array.isArray(value))
		throw new RecipeError({ code: 'not-object', place }, locale);
	return value as Fields;
}

function onlyFields(
	value: Fields,
	allowed: readonly string[],
	place: RecipePlace,
	locale: Locale
): void {
	const unknown = Object.keys(value).find((key) => !allowed.includes(key));
	if (unknown !== undefined)
		throw new RecipeError(
			{ code: 'unknown-field', place, field: clipCharacters(unknown, 40) },
			locale
		);
}

function text(value: unknown, max: number, place: RecipePlace, locale: Locale): string {
	if (typeof value !== 'string') throw new RecipeError({ code: 'not-text', place }, locale);
	return clipCharacters(value, max);
}

function minutes(value: unknown, place: RecipePlace, locale: Locale): number {
	const { minMinutes: min, maxMinutes: max } = AGENDA_LIMITS;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
		throw new RecipeError({ code: 'minutes', place, min, max }, locale);
	return value;
}

function rect(value: unknown, place: RecipePlace, locale: Locale): Box {
	const numbers = Array.isArray(value) && value.length === 4 ? value : null;
	if (!numbers || !numbers.every((n) => typeof n === 'number' && Number.isFinite(n)))
		throw new RecipeError({ code: 'rectangle', place }, locale);
	const [x, y, width, height] = numbers as [number, number, number, number];
	const at = (n: number) => Math.min(COORDINATE_LIMIT, Math.max(-COORDINATE_LIMIT, n));
	const size = (n: number) => Math.min(2 * COORDINATE_LIMIT, Math.max(0, n));
	return [at(x), at(y), size(width), size(height)];
}

function readGroups(value: unknown, item: number, locale: Locale): RecipeGroup[] {
	if (!Array.isArray(value)) throw new RecipeError({ code: 'groups-not-list', item }, locale);
	const max = RECIPE_LIMITS.maxGroupsPerStep;
	if (value.length > max) throw new RecipeError({ code: 'too-many-groups', item, max }, locale);
	return value.map((raw, index) => {
		const place = { at: 'group', item, group: index + 1 } as const;
		const group = object(raw, place, locale);
		onlyFields(group, ['name', 'rect'], place, locale);
		const name = text(group.name, TEXT_LIMITS.name, { ...place, at: 'group-name' }, locale).trim();
		if (!name) throw new RecipeError({ code: 'group-no-name', item, group: place.group }, locale);
		return { name, rect: rect(group.rect, place, locale) };
	});
}

function readItem(raw: unknown, index: number, seen: Set<StepId>, locale: Locale): RecipeItem {
	const at = index + 1;
	const place = { at: 'item', item: at } as const;
	const item = object(raw, place, locale);
	if (item.kind === 'break') {
		onlyFields(item, ['kind', 'title', 'minutes'], place, locale);
		return {
			kind: 'break',
			title: text(item.title, TEXT_LIMITS.name, { at: 'item-title', item: at }, locale),
			minutes: minutes(item.minutes, place, locale)
		};
	}
	if (item.kind !== 'step') throw new RecipeError({ code: 'not-step-or-break', item: at }, locale);
	onlyFields(item, ['kind', 'step', 'minutes', 'prompt', 'groups'], place, locale);
	if (!isStepId(item.step)) throw new RecipeError({ code: 'unknown-step', item: at }, locale);
	if (seen.has(item.step))
		throw new RecipeError({ code: 'repeated-step', item: at, step: item.step }, locale);
	seen.add(item.step);
	return {
		kind: 'step',
		step: item.step,
		minutes: minutes(item.minutes, place, locale),
		prompt: text(item.prompt, TEXT_LIMITS.short, { at: 'item-prompt', item: at }, locale),
		groups: readGroups(item.groups, at, locale)
	};
}

/**
 * A recipe from a file's text, or a RecipeError saying what is wrong with it in `locale` (English
 * when not given: pure code never guesses the page's language).
 */
export function parseRecipeFile(source: string, locale: Locale = 'en'): Recipe {
	if (source.length > RECIPE_LIMITS.maxFileBytes)
		throw new RecipeError({ code: 'too-large', kb: RECIPE_LIMITS.maxFileBytes / 1024 }, locale);
	let json: unknown;
	try {
		json = JSON.parse(source);
	} catch {
		throw new RecipeError({ code: 'not-json' }, locale);
	}
	const file = object(json, { at: 'file' }, locale);
	if (file.format !== RECIPE_FORMAT) throw new RecipeError({ code: 'not-recipe' }, locale);
	if (typeof file.version !== 'number' || file.version > RECIPE_VERSION)
		throw new RecipeError({ code: 'newer-version' }, locale);
	onlyFields(file, ['format', 'version', 'name', 'description', 'items'], { at: 'recipe' }, locale);
	const name = text(file.name, TEXT_LIMITS.name, { at: 'name' }, locale).trim();
	if (!name) throw new RecipeError({ code: 'no-name' }, locale);
	if (!Array.isArray(file.items)) throw new RecipeError({ code: 'items-not-list' }, locale);
	const seen = new Set<StepId>();
	const breaks = file.items.filter((item) => (item as Fields | null)?.kind === 'break').length;
	if (
		file.items.length > STEP_IDS.length + AGENDA_LIMITS.maxBreaks ||
		breaks > AGENDA_LIMITS.maxBreaks
	)
		throw new RecipeError({ code: 'too-many-breaks', max: AGENDA_LIMITS.maxBreaks }, locale);
	const items = file.items.map((item, index) => readItem(item, index, seen, locale));
	if (seen.size === 0) throw new RecipeError({ code: 'no-steps' }, locale);
	return {
		name,
		description: text(file.description, TEXT_LIMITS.long, { at: 'description' }, locale),
		items
	};
}

/** The agenda a workshop made from `recipe` starts with: the steps it leaves out come last, skipped. */
export function agendaOf(recipe: Recipe, breakId: () => string): Agenda {
	const items = recipe.items.map((item): AgendaItem =>
		item.kind === 'break'
			? { kind: 'break', id: breakId(), title: item.title, minutes: item.minutes }
			: {
					kind: 'step',
					step: item.step,
					minutes: item.minutes,
					skipped: false,
					prompt: item.prompt
				}
	);
	return { startsAt: null, items: normaliseItems(items) };
}

/** The groups a workshop made from `recipe` starts with, as frames on each step's board. */
export function framesOf(recipe: Recipe): { step: StepId; name: string; rect: Box }[] {
	return recipe.items.flatMap((item) =>
		item.kind === 'step' ? item.groups.map((group) => ({ step: item.step, ...group })) : []
	);
}

/**
 * A workshop's set-up as a recipe: the day's steps (not the skipped ones) with their time boxes
 * and prompts, the breaks, and the named groups on each board, never its notes or records.
 */
export function recipeOf(
	name: string,
	description: string,
	agenda: Agenda,
	frames: readonly { step: StepId; name: string; rect: Box }[]
): Recipe {
	const items = agenda.items.flatMap((item): RecipeItem[] => {
		if (item.kind === 'break') return [{ kind: 'break', title: item.title, minutes: item.minutes }];
		if (item.skipped) return [];
		const groups = frames
			.filter((frame) => frame.step === item.step && frame.name.trim())
			.slice(0, RECIPE_LIMITS.maxGroupsPerStep)
			.map((frame) => ({ name: frame.name.trim(), rect: [...frame.rect] as Box }));
		return [{ kind: 'step', step: item.step, minutes: item.minutes, prompt: item.prompt, groups }];
	});
	return {
		name: clipCharacters(name.trim(), TEXT_LIMITS.name),
		description: clipCharacters(description, TEXT_LIMITS.long),
		items
	};
}
