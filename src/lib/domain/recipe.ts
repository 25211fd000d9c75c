import { AGENDA_LIMITS, normaliseItems, type Agenda, type AgendaItem } from './agenda';
import { COORDINATE_LIMIT, TEXT_LIMITS } from './limits';
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

/** A recipe that cannot be read, with a sentence for the person. */
export class RecipeError extends Error {
	override readonly name = 'RecipeError';
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

function object(value: unknown, what: string): Fields {
	if (!value || typeof value !== 'object' || Array.isArray(value))
		throw new RecipeError(`${what} is not an object.`);
	return value as Fields;
}

function onlyFields(value: Fields, allowed: readonly string[], what: string): void {
	const unknown = Object.keys(value).find((key) => !allowed.includes(key));
	if (unknown !== undefined)
		throw new RecipeError(
			`${what} has a field Canal does not know: “${clipCharacters(unknown, 40)}”.`
		);
}

function text(value: unknown, max: number, what: string): string {
	if (typeof value !== 'string') throw new RecipeError(`${what} is not text.`);
	return clipCharacters(value, max);
}

function minutes(value: unknown, what: string): number {
	const { minMinutes, maxMinutes } = AGENDA_LIMITS;
	if (
		typeof value !== 'number' ||
		!Number.isInteger(value) ||
		value < minMinutes ||
		value > maxMinutes
	)
		throw new RecipeError(`${what} needs whole minutes from ${minMinutes} to ${maxMinutes}.`);
	return value;
}

function rect(value: unknown, what: string): Box {
	const numbers = Array.isArray(value) && value.length === 4 ? value : null;
	if (!numbers || !numbers.every((n) => typeof n === 'number' && Number.isFinite(n)))
		throw new RecipeError(`${what} needs a rectangle of four numbers.`);
	const [x, y, width, height] = numbers as [number, number, number, number];
	const at = (n: number) => Math.min(COORDINATE_LIMIT, Math.max(-COORDINATE_LIMIT, n));
	const size = (n: number) => Math.min(2 * COORDINATE_LIMIT, Math.max(0, n));
	return [at(x), at(y), size(width), size(height)];
}

function readGroups(value: unknown, what: string): RecipeGroup[] {
	if (!Array.isArray(value)) throw new RecipeError(`${what} groups are not a list.`);
	if (value.length > RECIPE_LIMITS.maxGroupsPerStep)
		throw new RecipeError(`${what} has more than ${RECIPE_LIMITS.maxGroupsPerStep} groups.`);
	return value.map((raw, index) => {
		const group = object(raw, `${what}, group ${index + 1},`);
		onlyFields(group, ['name', 'rect'], `${what}, group ${index + 1},`);
		const name = text(group.name, TEXT_LIMITS.name, `${what}, group ${index + 1}, name`).trim();
		if (!name) throw new RecipeError(`${what}, group ${index + 1}, has no name.`);
		return { name, rect: rect(group.rect, `${what}, group ${index + 1},`) };
	});
}

function readItem(raw: unknown, index: number, seen: Set<StepId>): RecipeItem {
	const what = `Item ${index + 1}`;
	const item = object(raw, what);
	if (item.kind === 'break') {
		onlyFields(item, ['kind', 'title', 'minutes'], what);
		return {
			kind: 'break',
			title: text(item.title, TEXT_LIMITS.name, `${what}’s title`),
			minutes: minutes(item.minutes, what)
		};
	}
	if (item.kind !== 'step') throw new RecipeError(`${what} is neither a step nor a break.`);
	onlyFields(item, ['kind', 'step', 'minutes', 'prompt', 'groups'], what);
	if (!isStepId(item.step)) throw new RecipeError(`${what} names a step Canal does not have.`);
	if (seen.has(item.step)) throw new RecipeError(`${what} repeats the step “${item.step}”.`);
	seen.add(item.step);
	return {
		kind: 'step',
		step: item.step,
		minutes: minutes(item.minutes, what),
		prompt: text(item.prompt, TEXT_LIMITS.short, `${what}’s prompt`),
		groups: readGroups(item.groups, what)
	};
}

/** A recipe from a file's text, or a RecipeError saying what is wrong with it. */
export function parseRecipeFile(source: string): Recipe {
	if (source.length > RECIPE_LIMITS.maxFileBytes)
		throw new RecipeError(
			`This file is too large for a recipe (a recipe is at most ${RECIPE_LIMITS.maxFileBytes / 1024} KB).`
		);
	let json: unknown;
	try {
		json = JSON.parse(source);
	} catch {
		throw new RecipeError('This file is not a Canal recipe: it is not JSON.');
	}
	const file = object(json, 'The file');
	if (file.format !== RECIPE_FORMAT) throw new RecipeError('This file is not a Canal recipe.');
	if (typeof file.version !== 'number' || file.version > RECIPE_VERSION)
		throw new RecipeError(
			'This recipe was made by a newer version of Canal: update Canal to use it.'
		);
	onlyFields(file, ['format', 'version', 'name', 'description', 'items'], 'The recipe');
	const name = text(file.name, TEXT_LIMITS.name, 'The recipe’s name').trim();
	if (!name) throw new RecipeError('The recipe has no name.');
	if (!Array.isArray(file.items)) throw new RecipeError('The recipe’s items are not a list.');
	const seen = new Set<StepId>();
	const breaks = file.items.filter((item) => (item as Fields | null)?.kind === 'break').length;
	if (
		file.items.length > STEP_IDS.length + AGENDA_LIMITS.maxBreaks ||
		breaks > AGENDA_LIMITS.maxBreaks
	)
		throw new RecipeError(`The recipe has more than ${AGENDA_LIMITS.maxBreaks} breaks.`);
	const items = file.items.map((item, index) => readItem(item, index, seen));
	if (seen.size === 0) throw new RecipeError('The recipe takes no step of the method.');
	return {
		name,
		description: text(file.description, TEXT_LIMITS.long, 'The recipe’s description'),
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
