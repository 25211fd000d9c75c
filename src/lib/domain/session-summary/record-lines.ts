import { m } from '../../paraglide/messages.js';
import type { Locale } from '../locale';
import type { Goal, Platform, RecordKind, RecordKinds } from '../plan';
import { quadrantName } from '../quadrant';
import { oneLine } from '../text';
import { collectionNoun, summarizeChanges } from '../versions';
import type { PlanChanges, RecordChange, StepChanges } from '../versions';
import { labelIn, type Decision } from '../vocabulary';
import type { SummaryLine } from './types';

/** The lines are written in one language, given by the summary (English in tests by default). */
type In = { locale: Locale };

/** The record's name, statement or text, whole (the differ's titles are shortened for lists). */
export function fullTitle(
	kind: RecordKind,
	record: RecordKinds[RecordKind],
	locale: Locale = 'en'
): string {
	const r = record as unknown as Record<string, unknown>;
	const raw = kind === 'goals' ? r.statement : 'name' in r ? r.name : r.text;
	return oneLine(typeof raw === 'string' ? raw : '', m.version_untitled({}, { locale }));
}

function titleOf(change: RecordChange, locale: Locale): string {
	const record = change.after ?? change.before;
	return record ? fullTitle(change.collection, record, locale) : m.version_untitled({}, { locale });
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Stakeholder added: …"; "Partie prenante — ajout : …" where a verb would have to agree. */
function recordText(change: RecordChange, type: RecordChange['type'], { locale }: In): string {
	const inputs = {
		noun: capital(collectionNoun(change.collection, locale)),
		title: titleOf(change, locale)
	};
	const message =
		type === 'added'
			? m.sumline_record_added
			: type === 'removed'
				? m.sumline_record_removed
				: m.sumline_record_changed;
	return message(inputs, { locale });
}

/** The board's notes and groups are the brainstorm, not the decision: counted, not listed. */
const COUNTED: ReadonlySet<RecordKind> = new Set(['notes', 'frames']);
/** Fields the decisions section already shows. */
const DECISION_FIELDS: ReadonlySet<string> = new Set(['decision', 'reason']);

function fieldDetails(
	change: RecordChange,
	options: In,
	skip: ReadonlySet<string> = new Set()
): string[] {
	const details = change.fields
		.filter((field) => !skip.has(field.field))
		.map((field) =>
			m.sumline_field_change(
				{ label: field.label, before: oneLine(field.beforeText), after: oneLine(field.afterText) },
				options
			)
		);
	if (change.move?.quadrantChanged) {
		const where = (placement: typeof change.move.before) =>
			placement.quadrant
				? quadrantName(placement.quadrant, options.locale)
				: m.sumline_not_placed({}, options);
		details.unshift(
			m.sumline_moved(
				{ before: where(change.move.before), after: where(change.move.after) },
				options
			)
		);
	}
	return details;
}

function recordLine(change: RecordChange, options: In): SummaryLine | null {
	if (change.type !== 'changed')
		return { text: recordText(change, change.type, options), details: [] };
	const skip = change.collection === 'platforms' ? DECISION_FIELDS : undefined;
	const details = fieldDetails(change, options, skip);
	return details.length > 0 ? { text: recordText(change, 'changed', options), details } : null;
}

/** The board's notes and groups counted, as the versions list counts changes. */
function boardLine(step: StepChanges, options: In): SummaryLine | null {
	const board = step.records.filter((record) => COUNTED.has(record.collection));
	if (board.length === 0) return null;
	const counted: PlanChanges = {
		steps: [{ ...step, records: board, fields: [], presence: [], maturity: [], hours: null }]
	};
	const parts = summarizeChanges(counted, options.locale);
	return { text: m.sumline_board({ step: step.title, parts }, options), details: [] };
}

const strength = (value: 0 | 1 | 2 | 3, options: In) =>
	value === 0
		? m.sumline_not_there({}, options)
		: labelIn('presenceStrengths', value, options.locale);

/**
 * Everything that changed except goals and platform decisions (they have sections of their own),
 * step by step.
 */
export function changeLines(changes: PlanChanges, locale: Locale = 'en'): SummaryLine[] {
	const options: In = { locale };
	const lines: SummaryLine[] = [];
	for (const step of changes.steps) {
		for (const record of step.records) {
			if (record.collection === 'goals' || COUNTED.has(record.collection)) continue;
			if (record.collection === 'platforms' && record.type === 'added') {
				// An added platform is listed here; its decision, if any, under decisions.
				lines.push({ text: recordText(record, 'added', options), details: [] });
				continue;
			}
			const line = recordLine(record, options);
			if (line) lines.push(line);
		}
		for (const field of step.fields)
			lines.push({
				text: m.sumline_text_changed({ label: field.label }, options),
				details: [
					m.sumline_was({ text: oneLine(field.beforeText) }, options),
					m.sumline_now({ text: oneLine(field.afterText) }, options)
				]
			});
		for (const link of step.presence)
			lines.push({
				text: m.sumline_presence(
					{
						stakeholder: oneLine(link.stakeholder),
						platform: oneLine(link.platform),
						before: strength(link.before, options),
						after: strength(link.after, options)
					},
					options
				),
				details: []
			});
		for (const result of step.maturity) {
			const mean = (value: number | null) =>
				value === null
					? m.sumline_no_ratings({}, options)
					: value.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
			lines.push({
				text: m.sumline_maturity(
					{
						label: result.label,
						count: result.after.count,
						before: mean(result.before.mean),
						after: mean(result.after.mean)
					},
					options
				),
				details: result.after.disagreement ? [m.sumline_disagree({}, options)] : []
			});
		}
		if (step.hours)
			lines.push({
				text: m.sumline_hours({ before: step.hours.before, after: step.hours.after }, options),
				details: []
			});
		const board = boardLine(step, options);
		if (board) lines.push(board);
	}
	return lines;
}

function records<K extends RecordKind>(changes: PlanChanges, kind: K): RecordChange<K>[] {
	return changes.steps
		.flatMap((step) => step.records)
		.filter((record): record is RecordChange<K> => record.collection === kind);
}

const decisionLabel = (decision: string | null, options: In) =>
	decision === null
		? m.sumline_undecided({}, options)
		: labelIn('decisions', decision as Decision, options.locale);

/**
 * Platform decisions made or changed (a new platform that came with a decision counts), each
 * with its reason as written; a decision without a reason says so, since the reason is what a
 * sponsor reads.
 */
export function decisionLines(changes: PlanChanges, locale: Locale = 'en'): SummaryLine[] {
	const options: In = { locale };
	const lines: SummaryLine[] = [];
	for (const change of records(changes, 'platforms')) {
		const after = change.after as Platform | null;
		if (!after) continue;
		const made = change.type === 'added' ? after.decision !== null : change.decision !== null;
		const reasonChanged = change.fields.some((field) => field.field === 'reason');
		if (!made && !reasonChanged) continue;
		const before = change.before as Platform | null;
		const title = fullTitle('platforms', after, locale);
		const decision = decisionLabel(after.decision, options);
		const text =
			change.type === 'changed' && before && before.decision !== after.decision
				? m.sumline_decision_was(
						{ title, decision, before: decisionLabel(before.decision, options) },
						options
					)
				: m.sumline_decision({ title, decision }, options);
		const reason = oneLine(after.reason);
		lines.push({
			text,
			details: [reason ? m.sumline_reason({ reason }, options) : m.sumline_no_reason({}, options)]
		});
	}
	return lines;
}

function goalDetails(goal: Goal, locale: Locale = 'en'): string[] {
	const options: In = { locale };
	const or = (value: string) => oneLine(value) || m.version_value_not_set({}, options);
	return [
		m.sumline_owner({ owner: or(goal.owner) }, options),
		m.sumline_deadline({ deadline: or(goal.deadline) }, options),
		m.sumline_measure(
			{ metric: or(goal.metric), baseline: or(goal.baseline), target: or(goal.target) },
			options
		)
	];
}

/** Goals added or changed, each with its owner, deadline and measure; removed goals said so. */
export function goalLines(changes: PlanChanges, locale: Locale = 'en'): SummaryLine[] {
	const options: In = { locale };
	return records(changes, 'goals').map((change) => {
		const goal = (change.after ?? change.before) as Goal;
		const text = recordText(change, change.type, options);
		if (change.type === 'removed') return { text, details: [] };
		return { text, details: goalDetails(goal, locale) };
	});
}

/** The goals touched in the session, as they are now. */
export function touchedGoals(changes: PlanChanges): Goal[] {
	return records(changes, 'goals').flatMap((change) =>
		change.after ? [change.after as Goal] : []
	);
}
