import { m } from '../paraglide/messages.js';
import { getLocale, locales, type Locale } from '../paraglide/runtime.js';

export type { Locale };

/** Every interface language, the base (English) first. */
export const LOCALES: readonly Locale[] = locales;

/**
 * The language the person chose, for the edge of the app (a page, a state class). Pure functions
 * take the locale as an argument instead: the PDF worker cannot see the page's choice.
 */
export function activeLocale(): Locale {
	return getLocale();
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A whole number written the way the language writes it (Arabic uses Arabic-Indic digits). */
export function formatCount(value: number, locale: Locale): string {
	let format = numberFormats.get(locale);
	if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
	return format.format(value);
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/** "a, b, c" as the language lists (English keeps bare commas, French and German join the last). */
export function formatList(items: readonly string[], locale: Locale): string {
	// One formatter per language: a map's descriptions list names for every dot.
	let format = listFormats.get(locale);
	if (!format)
		listFormats.set(
			locale,
			(format = new Intl.ListFormat(locale, { style: 'short', type: 'unit' }))
		);
	return format.format(items);
}

/** A word lowered for use inside a sentence (German nouns keep their capital there). */
export function inSentence(label: string, locale: Locale): string {
	return locale === 'de' ? label : label.toLocaleLowerCase(locale);
}

/**
 * What a person who gave no name is called, in the reader's language (the active one unless
 * given): a name is sent and stored as typed, the fallback is the reader's own word.
 */
export function unnamedPerson(locale: Locale = getLocale()): string {
	return m.common_someone({}, { locale });
}

/** Languages written from right to left, among those Canal speaks. */
const RIGHT_TO_LEFT = new Set(['ar']);

/** Which way a language is written: the `dir` of a page, the direction of a PDF. */
export const directionOf = (locale: string): 'rtl' | 'ltr' =>
	RIGHT_TO_LEFT.has(locale.split('-')[0] ?? locale) ? 'rtl' : 'ltr';
