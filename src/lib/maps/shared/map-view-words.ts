// What a map says to a screen reader as its selection moves, in the interface's language.
import { formatCount } from '../../domain/locale';
import { m } from '../../paraglide/messages.js';
import { getLocale } from '../../paraglide/runtime.js';
import type { Direction } from './navigation';

export const NOTHING_FURTHER: Record<Direction, () => string> = {
	left: () => m.map_view_nothing_further_left(),
	right: () => m.map_view_nothing_further_right(),
	up: () => m.map_view_nothing_further_up(),
	down: () => m.map_view_nothing_further_down()
};

const FIELDS: Record<string, () => string> = {
	influence: () => m.map_field_influence(),
	interest: () => m.map_field_interest(),
	effort: () => m.map_field_effort(),
	fit: () => m.map_field_fit()
};

/** An axis's field ("influence") as a word of the language; an unknown field as it is. */
export function fieldName(field: string): string {
	return FIELDS[field]?.() ?? field;
}

/** The inputs of a counted message: the number, and the number written the language's way. */
export function countOf(count: number) {
	return { count, countText: formatCount(count, getLocale()) };
}

export { formatCount, getLocale };
