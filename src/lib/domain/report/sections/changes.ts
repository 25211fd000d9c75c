import type { Plan } from '../../plan';
import { QUADRANTS, NOT_PLACED } from '../../quadrant';
import { stepById } from '../../steps';
import { PRESENCE_STRENGTHS } from '../../vocabulary';
import { diffPlans } from '../../versions/diff-plans';
import { COLLECTION_NOUNS } from '../../versions/fields';
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
	edition: Edition
): PlanChanges {
	if ('before' in comparison) return diffPlans(comparison.before, plan, { edition });
	return edition === 'public' ? publicChanges(comparison.changes) : comparison.changes;
}

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function placement(at: Placement) {
	const label = at.quadrant === null ? NOT_PLACED.label : QUADRANTS[at.quadrant].label;
	return { text: label, detail: `influence ${at.influence}, interest ${at.interest}` };
}

function strength(value: 0 | 1 | 2 | 3): string {
	return value === 0 ? 'Not present' : PRESENCE_STRENGTHS[value];
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

function stepBlocks(step: StepChanges): Block[] {
	const blocks: Block[] = [
		{ type: 'heading', level: 2, text: `${stepById(step.step).number}. ${step.title}` }
	];
	const noun = (change: RecordChange) => sentenceCase(COLLECTION_NOUNS[change.collection][0]);
	const comings = step.records.filter((change) => change.type !== 'changed');
	if (comings.length > 0) {
		blocks.push({
			type: 'list',
			items: comings.map(
				(change) =>
					`${change.type === 'added' ? 'Added' : 'Removed'}: ${noun(change)} “${change.title}”`
			)
		});
	}
	const moves = step.records.filter((change) => change.move?.quadrantChanged);
	if (moves.length > 0) {
		blocks.push({ type: 'heading', level: 3, text: 'Moved on the map' });
		blocks.push(
			table(
				[
					{ title: 'Stakeholder', weight: 2 },
					{ title: 'Before', weight: 2 },
					{ title: 'Now', weight: 2 }
				],
				moves.map((change) => [
					change.title,
					placement(change.move!.before),
					placement(change.move!.after)
				])
			)
		);
	}
	const decisions = step.records.filter((change) => change.decision);
	if (decisions.length > 0) {
		blocks.push({ type: 'heading', level: 3, text: 'Decisions changed' });
		blocks.push(
			table(
				[
					{ title: 'Platform', weight: 2 },
					{ title: 'Before', weight: 3 },
					{ title: 'Now', weight: 3 }
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
		blocks.push({ type: 'heading', level: 3, text: 'Where stakeholders are' });
		blocks.push(
			table(
				[
					{ title: 'Stakeholder', weight: 2 },
					{ title: 'Platform', weight: 2 },
					{ title: 'Before', weight: 1 },
					{ title: 'Now', weight: 1 }
				],
				step.presence.map((link) => [
					link.stakeholder,
					link.platform,
					strength(link.before),
					strength(link.after)
				])
			)
		);
	}
	if (step.maturity.length > 0) {
		blocks.push(
			table(
				[
					{ title: 'Dimension', weight: 2 },
					{ title: 'Mean before', weight: 1 },
					{ title: 'Mean now', weight: 1 },
					{ title: 'Ratings', weight: 1 }
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
					label: 'Hours a week, whole team',
					value: `${step.hours.before} → ${step.hours.after}`
				}
			]
		});
	}
	return blocks;
}

/** The blocks of "What changed since …": a one-line summary, then each step that changed. */
export function changeBlocks(changes: PlanChanges, name: string): Block[] {
	if (!hasChanges(changes))
		return [{ type: 'empty', text: `Nothing in the plan changed since “${name}”.` }];
	return [
		{ type: 'paragraph', text: `${sentenceCase(summarizeChanges(changes))}.`, tone: 'lead' },
		...changes.steps.flatMap(stepBlocks)
	];
}
