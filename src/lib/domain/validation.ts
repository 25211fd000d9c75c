import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import { TEXT_LIMITS, type TextSize } from './limits';
import { formatCount, type Locale } from './locale';
import type { Goal, Stakeholder } from './plan';
import { characterCount } from './text';

/** A problem with one field, worded for the person who typed it. */
export interface FieldError<F extends string = string> {
	field: F;
	message: string;
}

/** What a message about a too long or empty text calls that text. */
const SUBJECTS = {
	text: m.validation_subject_text,
	name: m.validation_subject_name,
	'the-name': m.validation_subject_the_name,
	title: m.validation_subject_title,
	organisation: m.validation_subject_organisation,
	facilitator: m.validation_subject_facilitator
} as const;
export type TextSubject = keyof typeof SUBJECTS;

/**
 * Null when `value` fits; otherwise a message saying what is wrong and how to fix it, in the
 * given language (the active one at the edge of the app).
 */
export function checkText(
	value: string,
	size: TextSize,
	subject: TextSubject = 'text',
	locale: Locale = getLocale()
): string | null {
	const limit = TEXT_LIMITS[size];
	const length = characterCount(value, limit);
	if (length <= limit) return null;
	return m.validation_too_long(
		{
			what: SUBJECTS[subject]({}, { locale }),
			length,
			lengthText: formatCount(length, locale),
			limit: formatCount(limit, locale)
		},
		{ locale }
	);
}

export function checkRequiredName(
	value: string,
	subject: TextSubject,
	locale: Locale = getLocale()
): string | null {
	if (value.trim() === '')
		return m.validation_empty({ what: SUBJECTS[subject]({}, { locale }) }, { locale });
	return checkText(value, 'name', subject, locale);
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
	goal: Pick<Goal, 'statement' | 'metric' | 'target' | 'deadline' | 'owner'>,
	locale: Locale = getLocale()
): FieldError<GoalField>[] {
	const errors: FieldError<GoalField>[] = [];
	const add = (
		field: GoalField,
		message: (inputs: object, options: { locale: Locale }) => string
	) => errors.push({ field, message: message({}, { locale }) });
	if (goal.statement.trim() === '') add('statement', m.validation_goal_statement);
	if (goal.metric.trim() === '') add('metric', m.validation_goal_metric);
	if (goal.target.trim() === '') add('target', m.validation_goal_target);
	if (goal.deadline.trim() === '') add('deadline', m.validation_goal_deadline);
	else if (!isIsoDate(goal.deadline)) add('deadline', m.validation_goal_deadline_date);
	if (goal.owner.trim() === '') add('owner', m.validation_goal_owner);
	return errors;
}

export type StakeholderField = 'name' | 'influence' | 'interest' | 'reach';

export function validateStakeholder(
	stakeholder: Pick<Stakeholder, StakeholderField>,
	locale: Locale = getLocale()
): FieldError<StakeholderField>[] {
	const errors: FieldError<StakeholderField>[] = [];
	const nameError = checkRequiredName(stakeholder.name, 'the-name', locale);
	if (nameError) errors.push({ field: 'name', message: nameError });
	for (const field of ['influence', 'interest', 'reach'] as const) {
		const value = stakeholder[field];
		if (!Number.isFinite(value) || value < 0 || value > 100)
			errors.push({ field, message: m.validation_scale_100({}, { locale }) });
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
