import { m } from '../../../paraglide/messages.js';
import type { Locale } from '../../locale';
import type { Plan } from '../../plan';
import { quadrantName } from '../../quadrant';
import { stepById } from '../../steps';
import { labelIn } from '../../vocabulary';
import { diffPlans } from '../../versions/diff-plans';
import { collectionNoun } from '../../versions/fields';
import { hasChanges, publicChanges, summarizeChanges } from '../../versions/summary';
import type { PlanChanges, Placement, RecordChange, StepChanges } from '../../versions/types';
import { DASH } from '../format';
import { table } from '../table';
import type { Block, ChangeCard, Edition } from '../types';

/**
 * What a report compares the plan with: an earlier version, by its name. Either the version's plan
 * (the report compares it with the edition it shows) or changes already computed (full edition;
 * the public edition leaves out what is marked internal).
 */
export type ReportComparison =
	{ name: string; before: Plan } | { name: string; changes: PlanChanges };

/** The comparison's changes as this edition may show them. */
export function comparisonChanges(
	comparison: ReportComparison,
	plan: Plan,
	edition: Edition,
	locale: Locale
): PlanChanges {
	if ('before' in comparison) return diffPlans(comparison.before, plan, { edition, locale });
	return edition === 'public' ? publicChanges(comparison.changes) : comparison.changes;
}

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function placement(at: Placement, locale: Locale) {
	return {
		text: quadrantName(at.quadrant ?? 'not-placed', locale),
		detail: m.report_placement_detail(
			{ influence: at.influence, interest: at.interest },
			{ locale }
		)
	};
}

function strength(value: 0 | 1 | 2 | 3, locale: Locale): string {
	return value === 0
		? m.report_not_present({}, { locale })
		: labelIn('presenceStrengths', value, locale);
}

function mean(value: number | null): string {
	return value === null ? DASH : value.toFixed(1);
}

/** Fields shown in a table of their own (moves, decisions) are not repeated in the record's card. */
function cardFields(change: RecordChange): ChangeCard['fields'] {
	const shown = new Set<string>();
	if (change.move) for (const field of ['influence', 'interest', 'placed']) shown.add(field);
	if (change.decision) shown.add('decision');
	return change.fields
		.filter((field) => !shown.has(field.field))
		.map((field) => ({
			label: field.label,
			before: field.beforeText,
			after: field.afterText,
			words: field.words
		}));
}

function stepBlocks(step: StepChanges, locale: Locale): Block[] {
	const blocks: Block[] = [
		{ type: 'heading', level: 2, text: `${stepById(step.step).number}. ${step.title}` }
	];
	const noun = (change: RecordChange) => sentenceCase(collectionNoun(change.collection, locale));
	const before = m.report_col_before({}, { locale });
	const now = m.report_col_now({}, { locale });
	const comings = step.records.filter((change) => change.type !== 'changed');
	if (comings.length > 0) {
		blocks.push({
			type: 'list',
			items: comings.map((change) =>
				(change.type === 'added' ? m.report_change_added : m.report_change_removed)(
					{ noun: noun(change), title: change.title },
					{ locale }
				)
			)
		});
	}
	const moves = step.records.filter((change) => change.move?.quadrantChanged);
	if (moves.length > 0) {
		blocks.push({ type: 'heading', level: 3, text: m.report_heading_moved({}, { locale }) });
		blocks.push(
			table(
				[
					{ title: m.report_col_stakeholder({}, { locale }), weight: 2 },
					{ title: before, weight: 2 },
					{ title: now, weight: 2 }
				],
				moves.map((change) => [
					change.title,
					placement(change.move!.before, locale),
					placement(change.move!.after, locale)
				])
			)
		);
	}
	const decisions = step.records.filter((change) => change.decision);
	if (decisions.length > 0) {
		blocks.push({
			type: 'heading',
			level: 3,
			text: m.report_heading_decisions_changed({}, { locale })
		});
		blocks.push(
			table(
				[
					{ title: m.report_col_platform({}, { locale }), weight: 2 },
					{ title: before, weight: 3 },
					{ title: now, weight: 3 }
				],
				decisions.map((change) => {
					const decision = change.decision!;
					return [
						change.title,
						{ text: decision.beforeText, detail: decision.reasonBefore },
						{ text: decision.afterText, detail: decision.reasonAfter }
					];
				})
			)
		);
	}
	const cards: ChangeCard[] = [
		...step.fields.map((field) => ({
			title: field.label,
			subtitle: '',
			fields: [{ label: '', before: field.beforeText, after: field.afterText, words: field.words }]
		})),
		...step.records
			.filter((change) => change.type === 'changed')
			.map((change) => ({
				title: change.title,
				subtitle: noun(change),
				fields: cardFields(change)
			}))
			.filter((card) => card.fields.length > 0)
	];
	if (cards.length > 0) blocks.push({ type: 'changes', items: cards });
	if (step.presence.length > 0) {
		blocks.push({
			type: 'heading',
			level: 3,
			text: m.report_heading_where_stakeholders({}, { locale })
		});
		blocks.push(
			table(
				[
					{ title: m.report_col_stakeholder({}, { locale }), weight: 2 },
					{ title: m.report_col_platform({}, { locale }), weight: 2 },
					{ title: before, weight: 1 },
					{ title: now, weight: 1 }
				],
				step.presence.map((link) => [
					link.stakeholder,
					link.platform,
					strength(link.before, locale),
					strength(link.after, locale)
				])
			)
		);
	}
	if (step.maturity.length > 0) {
		blocks.push(
			table(
				[
					{ title: m.report_col_dimension({}, { locale }), weight: 2 },
					{ title: m.report_col_mean_before({}, { locale }), weight: 1 },
					{ title: m.report_col_mean_now({}, { locale }), weight: 1 },
					{ title: m.report_col_ratings({}, { locale }), weight: 1 }
				],
				step.maturity.map((result) => [
					result.label,
					mean(result.before.mean),
					mean(result.after.mean),
					`${result.before.count} → ${result.after.count}`
				])
			)
		);
	}
	if (step.hours) {
		blocks.push({
			type: 'fields',
			items: [
				{
					label: m.report_field_hours_whole_team({}, { locale }),
					value: `${step.hours.before} → ${step.hours.after}`
				}
			]
		});
	}
	return blocks;
}

/** The blocks of "What changed since …": a one-line summary, then each step that changed. */
export function changeBlocks(changes: PlanChanges, name: string, locale: Locale): Block[] {
	if (!hasChanges(changes))
		return [{ type: 'empty', text: m.report_nothing_changed_since({ name }, { locale }) }];
	const summary = sentenceCase(summarizeChanges(changes, locale));
	return [
		{ type: 'paragraph', text: `${summary}.`, tone: 'lead' },
		...changes.steps.flatMap((step) => stepBlocks(step, locale))
	];
}
