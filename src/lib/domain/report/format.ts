import { isIsoDate } from '../validation';

/** What an empty part of the plan says, instead of a blank heading. */
export const NOTHING_YET = 'Nothing recorded yet.';

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

/**
 * The longest text a table cell shows. Rows of a table are kept whole on a page, so an unbounded
 * cell (a pasted 20,000-character policy) could not be laid out; the full text always appears in
 * a section that is not a table, so nothing is lost by clipping it here.
 */
export const CELL_LIMIT = 300;

export function clip(text: string, limit = CELL_LIMIT): string {
	const trimmed = text.trim();
	const chars = [...trimmed];
	if (chars.length <= limit) return trimmed;
	return `${chars
		.slice(0, limit - 1)
		.join('')
		.trimEnd()}…`;
}

export function isClipped(text: string, limit = CELL_LIMIT): boolean {
	return [...text.trim()].length > limit;
}
