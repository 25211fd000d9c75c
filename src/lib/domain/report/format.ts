import { m } from '../../paraglide/messages.js';
import type { Locale } from '../locale';
import { isIsoDate } from '../validation';

/** What an empty part of the plan says, instead of a blank heading. */
export const NOTHING_YET = 'Nothing recorded yet.';

/** NOTHING_YET in the report's language. */
export function nothingYet(locale: Locale): string {
	return m.report_nothing_yet({}, { locale });
}

/** Shown where a value is unknown or kept out of this edition. */
export const DASH = '—';

/** English dates read "2 November 2026", as the report always wrote them. */
const dateLocale = (locale: Locale) => (locale === 'en' ? 'en-GB' : locale);

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, timeZone?: 'UTC'): Intl.DateTimeFormat {
	const key = `${locale}:${timeZone ?? ''}`;
	let format = dateFormats.get(key);
	if (!format) {
		const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
		format = new Intl.DateTimeFormat(
			dateLocale(locale),
			timeZone ? { ...options, timeZone } : options
		);
		dateFormats.set(key, format);
	}
	return format;
}

/**
 * A date written out in words ("2 November 2026", "2 novembre 2026"), in the report's language and
 * the same on every device: a PDF handed to a sponsor should not depend on the browser's settings.
 * Local time, because that is the day the facilitator exported it.
 */
export function formatDate(date: Date, locale: Locale = 'en'): string {
	return dateFormat(locale).format(date);
}

/** A goal's deadline in words when it is a real date; whatever was typed otherwise. */
export function formatDeadline(deadline: string, locale: Locale = 'en'): string {
	const trimmed = deadline.trim();
	if (!isIsoDate(trimmed)) return trimmed;
	const [year, month, day] = trimmed.split('-').map(Number) as [number, number, number];
	// The typed day, whatever the time zone: read and written in UTC.
	return dateFormat(locale, 'UTC').format(new Date(Date.UTC(year, month - 1, day)));
}

export function orDash(text: string): string {
	return text.trim() === '' ? DASH : text.trim();
}

export function named(name: string, fallback: string): string {
	return name.trim() === '' ? fallback : name.trim();
}

/** Label–value pairs with the empty ones left out. */
export function filledFields(
	items: readonly { label: string; value: string }[]
): { label: string; value: string }[] {
	return items
		.filter((item) => item.value.trim() !== '')
		.map((item) => ({ label: item.label, value: item.value.trim() }));
}

type Plain = (inputs: Record<string, never>, options: { locale: Locale }) => string;

/** Reads messages without values in one language: `const say = sayIn(ctx.locale)`. */
export function sayIn(locale: Locale): (message: Plain) => string {
	return (message) => message({}, { locale });
}
