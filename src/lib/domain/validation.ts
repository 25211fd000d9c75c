import type { Goal, Stakeholder } from './plan';
import { TEXT_LIMITS, type TextSize } from './limits';
import { characterCount } from './text';

/** A problem with one field, worded for the person who typed it. */
export interface FieldError<F extends string = string> {
	field: F;
	message: string;
}

/** Null when `value` fits; otherwise a message saying what is wrong and how to fix it. */
export function checkText(value: string, size: TextSize, what = 'This text'): string | null {
	const limit = TEXT_LIMITS[size];
	const length = characterCount(value, limit);
	if (length > limit) {
		return `${what} is ${length.toLocaleString('en')} characters long; the limit is ${limit.toLocaleString('en')}. Shorten it to save it.`;
	}
	return null;
}

export function checkRequiredName(value: string, what: string): string | null {
	if (value.trim() === '') return `${what} cannot be empty.`;
	return checkText(value, 'name', what);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
	const match = ISO_DATE.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

export type GoalField = 'statement' | 'metric' | 'target' | 'deadline' | 'owner';

/**
 * What a goal lacks to be measurable: a statement, a metric, a target, a real deadline and an
 * owner. A baseline may honestly be unknown at the start, so it is not required.
 */
export function validateGoal(
	goal: Pick<Goal, 'statement' | 'metric' | 'target' | 'deadline' | 'owner'>
): FieldError<GoalField>[] {
	const errors: FieldError<GoalField>[] = [];
	if (goal.statement.trim() === '')
		errors.push({ field: 'statement', message: 'Say what the goal is.' });
	if (goal.metric.trim() === '')
		errors.push({ field: 'metric', message: 'Name the metric that shows progress.' });
	if (goal.target.trim() === '')
		errors.push({ field: 'target', message: 'Set a target value for the metric.' });
	if (goal.deadline.trim() === '') errors.push({ field: 'deadline', message: 'Set a deadline.' });
	else if (!isIsoDate(goal.deadline))
		errors.push({ field: 'deadline', message: 'Use a real date (YYYY-MM-DD).' });
	if (goal.owner.trim() === '')
		errors.push({ field: 'owner', message: 'Name the person who owns this goal.' });
	return errors;
}

export type StakeholderField = 'name' | 'influence' | 'interest' | 'reach';

export function validateStakeholder(
	stakeholder: Pick<Stakeholder, StakeholderField>
): FieldError<StakeholderField>[] {
	const errors: FieldError<StakeholderField>[] = [];
	const nameError = checkRequiredName(stakeholder.name, 'The name');
	if (nameError) errors.push({ field: 'name', message: nameError });
	for (const field of ['influence', 'interest', 'reach'] as const) {
		const value = stakeholder[field];
		if (!Number.isFinite(value) || value < 0 || value > 100)
			errors.push({ field, message: 'Use a value from 0 to 100.' });
	}
	return errors;
}

/**
 * Parses a number typed by a person. Returns null for an empty field, NaN-free numbers clamped to
 * the given range otherwise; `undefined` when the text is not a number at all.
 */
export function parseNumberInput(
	text: string,
	range: { min: number; max: number }
): number | null | undefined {
	const trimmed = text.trim().replace(',', '.');
	if (trimmed === '') return null;
	const value = Number(trimmed);
	if (!Number.isFinite(value)) return undefined;
	return Math.min(range.max, Math.max(range.min, value));
}
