import type { Goal, Platform, RecordKind, RecordKinds } from '../plan';
import { QUADRANTS } from '../quadrant';
import { oneLine } from '../text';
import { COLLECTION_NOUNS } from '../versions';
import type { PlanChanges, RecordChange, StepChanges } from '../versions';
import { DECISIONS, PRESENCE_STRENGTHS } from '../vocabulary';
import type { SummaryLine } from './types';

/** The record's name, statement or text, whole (the differ's titles are shortened for lists). */
export function fullTitle(kind: RecordKind, record: RecordKinds[RecordKind]): string {
	const r = record as unknown as Record<string, unknown>;
	const raw = kind === 'goals' ? r.statement : 'name' in r ? r.name : r.text;
	return oneLine(typeof raw === 'string' ? raw : '', 'Untitled');
}

function titleOf(change: RecordChange): string {
	const record = change.after ?? change.before;
	return record ? fullTitle(change.collection, record) : 'Untitled';
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The board's notes and groups are the brainstorm, not the decision: counted, not listed. */
const COUNTED: ReadonlySet<RecordKind> = new Set(['notes', 'frames']);
/** Fields the decisions section already shows. */
const DECISION_FIELDS: ReadonlySet<string> = new Set(['decision', 'reason']);

function fieldDetails(change: RecordChange, skip: ReadonlySet<string> = new Set()): string[] {
	const details = change.fields
		.filter((field) => !skip.has(field.field))
		.map((field) => `${field.label}: ${oneLine(field.beforeText)} → ${oneLine(field.afterText)}`);
	if (change.move?.quadrantChanged) {
		const where = (placement: typeof change.move.before) =>
			placement.quadrant ? QUADRANTS[placement.quadrant].label : 'Not placed yet';
		details.unshift(`Moved: ${where(change.move.before)} → ${where(change.move.after)}`);
	}
	return details;
}

function recordLine(change: RecordChange): SummaryLine | null {
	const noun = capital(COLLECTION_NOUNS[change.collection][0]);
	const title = titleOf(change);
	if (change.type !== 'changed') return { text: `${noun} ${change.type}: ${title}`, details: [] };
	const skip = change.collection === 'platforms' ? DECISION_FIELDS : undefined;
	const details = fieldDetails(change, skip);
	return details.length > 0 ? { text: `${noun} changed: ${title}`, details } : null;
}

function boardLine(step: StepChanges): SummaryLine | null {
	const board = step.records.filter((record) => COUNTED.has(record.collection));
	if (board.length === 0) return null;
	const parts: string[] = [];
	for (const kind of ['notes', 'frames'] as const) {
		for (const type of ['added', 'changed', 'removed'] as const) {
			const n = board.filter((r) => r.collection === kind && r.type === type).length;
			if (n === 0) continue;
			const [one, many] = COLLECTION_NOUNS[kind];
			parts.push(`${n.toLocaleString('en')} ${n === 1 ? one : many} ${type}`);
		}
	}
	return { text: `Board of ${step.title}: ${parts.join(', ')}`, details: [] };
}

const strength = (value: 0 | 1 | 2 | 3) => (value === 0 ? 'not there' : PRESENCE_STRENGTHS[value]);

/**
 * Everything that changed except goals and platform decisions (they have sections of their own),
 * step by step.
 */
export function changeLines(changes: PlanChanges): SummaryLine[] {
	const lines: SummaryLine[] = [];
	for (const step of changes.steps) {
		for (const record of step.records) {
			if (record.collection === 'goals' || COUNTED.has(record.collection)) continue;
			if (record.collection === 'platforms' && record.type === 'added') {
				// An added platform is listed here; its decision, if any, under decisions.
				lines.push({ text: `Platform added: ${titleOf(record)}`, details: [] });
				continue;
			}
			const line = recordLine(record);
			if (line) lines.push(line);
		}
		for (const field of step.fields)
			lines.push({
				text: `${field.label} changed`,
				details: [`Was: ${oneLine(field.beforeText)}`, `Now: ${oneLine(field.afterText)}`]
			});
		for (const link of step.presence)
			lines.push({
				text: `Presence of ${oneLine(link.stakeholder)} on ${oneLine(link.platform)}: ${strength(link.before)} → ${strength(link.after)}`,
				details: []
			});
		for (const result of step.maturity) {
			const mean = (value: number | null) => (value === null ? 'no ratings' : value.toFixed(1));
			lines.push({
				text: `Maturity, ${result.label}: ${result.after.count} ratings, mean ${mean(result.before.mean)} → ${mean(result.after.mean)}`,
				details: result.after.disagreement ? ['The team disagrees widely: worth a discussion.'] : []
			});
		}
		if (step.hours)
			lines.push({
				text: `Hours a week committed: ${step.hours.before} → ${step.hours.after}`,
				details: []
			});
		const board = boardLine(step);
		if (board) lines.push(board);
	}
	return lines;
}

function records<K extends RecordKind>(changes: PlanChanges, kind: K): RecordChange<K>[] {
	return changes.steps
		.flatMap((step) => step.records)
		.filter((record): record is RecordChange<K> => record.collection === kind);
}

const decisionLabel = (decision: string | null) =>
	decision === null ? 'undecided' : (DECISIONS[decision as keyof typeof DECISIONS] ?? decision);

/**
 * Platform decisions made or changed (a new platform that came with a decision counts), each
 * with its reason as written; a decision without a reason says so, since the reason is what a
 * sponsor reads.
 */
export function decisionLines(changes: PlanChanges): SummaryLine[] {
	const lines: SummaryLine[] = [];
	for (const change of records(changes, 'platforms')) {
		const after = change.after as Platform | null;
		if (!after) continue;
		const made = change.type === 'added' ? after.decision !== null : change.decision !== null;
		const reasonChanged = change.fields.some((field) => field.field === 'reason');
		if (!made && !reasonChanged) continue;
		const before = change.before as Platform | null;
		const was =
			change.type === 'changed' && before && before.decision !== after.decision
				? ` (was ${decisionLabel(before.decision)})`
				: '';
		const reason = oneLine(after.reason);
		lines.push({
			text: `${fullTitle('platforms', after)}: ${decisionLabel(after.decision)}${was}`,
			details: [reason ? `Reason: ${reason}` : 'No reason written yet.']
		});
	}
	return lines;
}

export function goalDetails(goal: Goal): string[] {
	const or = (value: string, missing: string) => oneLine(value) || missing;
	return [
		`Owner: ${or(goal.owner, 'not set')}`,
		`Deadline: ${or(goal.deadline, 'not set')}`,
		`Measure: ${or(goal.metric, 'not set')}, from ${or(goal.baseline, 'not set')} to ${or(goal.target, 'not set')}`
	];
}

/** Goals added or changed, each with its owner, deadline and measure; removed goals said so. */
export function goalLines(changes: PlanChanges): SummaryLine[] {
	return records(changes, 'goals').map((change) => {
		const goal = (change.after ?? change.before) as Goal;
		const title = fullTitle('goals', goal);
		if (change.type === 'removed') return { text: `Goal removed: ${title}`, details: [] };
		return { text: `Goal ${change.type}: ${title}`, details: goalDetails(goal) };
	});
}

/** The goals touched in the session, as they are now. */
export function touchedGoals(changes: PlanChanges): Goal[] {
	return records(changes, 'goals').flatMap((change) =>
		change.after ? [change.after as Goal] : []
	);
}
