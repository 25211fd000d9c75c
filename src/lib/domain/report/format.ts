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

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/**
 * A date written out in words ("2 November 2026"), the same on every device: a PDF handed to a
 * sponsor should not depend on the browser's locale settings. Local time, because that is the day
 * the facilitator exported it.
 */
export function formatDate(date: Date): string {
	return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/** A goal's deadline in words when it is a real date; whatever was typed otherwise. */
export function formatDeadline(deadline: string): string {
	const trimmed = deadline.trim();
	if (!isIsoDate(trimmed)) return trimmed;
	const [year, month, day] = trimmed.split('-').map(Number) as [number, number, number];
	return `${day} ${MONTHS[month - 1]} ${year}`;
}

export function orDash(text: string): string {
	return text.trim() === '' ? DASH : text.trim();
}

export function named(name: string, fallback: string): string {
	return name.trim() === '' ? fallback : name.trim();
}

/** "one", "two things": counts in prose. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
	return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}

/** Label–value pairs with the empty ones left out. */
export function filledFields(
	items: readonly { label: string; value: string }[]
): { label: string; value: string }[] {
	return items
		.filter((item) => item.value.trim() !== '')
		.map((item) => ({ label: item.label, value: item.value.trim() }));
}
