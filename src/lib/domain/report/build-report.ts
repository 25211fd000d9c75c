import type { Finding } from '../plan-check';
import type { Plan } from '../plan';
import { STEPS, type StepId } from '../steps';
import { editionSource, sectionContext, type EditionSource, type SectionContext } from './context';
import { formatDate, named } from './format';
import { appendixBlocks } from './sections/appendix';
import { changeBlocks, comparisonChanges, type ReportComparison } from './sections/changes';
import { commitmentBlocks } from './sections/commitment';
import { goalBlocks } from './sections/goals';
import { listeningBlocks } from './sections/listening';
import { maturityBlocks } from './sections/maturity';
import { platformBlocks } from './sections/platforms';
import { purposeBlocks } from './sections/purpose';
import { reviewBlocks } from './sections/review';
import { stakeholderBlocks } from './sections/stakeholders';
import { summaryBlocks } from './sections/summary';
import type { Block, Cover, Edition, Report, ReportMapKind } from './types';

export interface ReportOptions {
	edition: Edition;
	generatedAt: Date;
	/** The plan check's findings on the full plan; computed when absent, and always recomputed
	 * for the public edition. */
	findings?: readonly Finding[];
	/** Adds "What changed since …" after the summary (see ReportComparison). */
	comparison?: ReportComparison;
}

const STEP_BLOCKS: Record<StepId, (ctx: SectionContext) => Block[]> = {
	purpose: purposeBlocks,
	maturity: maturityBlocks,
	stakeholders: stakeholderBlocks,
	listening: listeningBlocks,
	platforms: platformBlocks,
	goals: goalBlocks,
	commitment: commitmentBlocks,
	review: reviewBlocks
};

/**
 * What each step's section tells its reader. The app's step summaries speak to the people in the
 * workshop ("each participant rates..."); a sponsor reading the document needs what was decided.
 */
const SECTION_INTROS: Record<StepId, string> = {
	purpose:
		'Why we are on social media, what we want to be known for, the values that frame how we speak, and who made this plan.',
	maturity:
		'How the team sees its social media today, from “present” (broadcasting from outposts) to “living” (in conversation where our people are).',
	stakeholders:
		'The people who matter to us, where they stand towards us, and how we mean to engage with each.',
	listening:
		'What we heard before deciding to speak: what is said about us, the norms of each community, peers to learn from, and the landscape inside and outside.',
	platforms:
		'Where our stakeholders are, what each platform asks of us, and the decision we made for each, with its reason.',
	goals: 'What we will measure, from where to where, by when, and who answers for each goal.',
	commitment: 'The honest limits: time, money, skills, approval, privacy, and how fast we answer.',
	review: 'The weak spots the plan check still sees, why each matters, and where it is fixed.'
};

/** The workshop's last step is "Review and export"; in the exported document it is the review. */
const SECTION_TITLES: Partial<Record<StepId, string>> = { review: 'Review' };

function cover(ctx: SectionContext, generatedAt: Date): Cover {
	const { meta, team } = ctx.plan;
	const editionNote =
		ctx.edition === 'public'
			? 'Public edition: items the team marked as internal are left out.'
			: ctx.plan.internal.length > 0
				? 'Full edition: includes items marked as internal. Share it only within the team.'
				: '';
	return {
		title: named(meta.title, 'Untitled workshop'),
		organisation: meta.organisation.trim(),
		date: formatDate(generatedAt),
		facilitator: meta.facilitator.trim(),
		participants: team.map((member) => member.name.trim()).filter((name) => name !== ''),
		editionNote
	};
}

/**
 * The strategy document for one edition of a plan: cover, summary, one section per step in the
 * method's order, and the board notes as an appendix. Pure: same plan, options and date, same
 * report.
 */
export function buildReport(plan: Plan, options: ReportOptions): Report {
	return buildReportFrom(
		editionSource(plan, options.edition, options.findings),
		options.generatedAt,
		options.comparison
	);
}

/** The report of an edition already prepared, when the maps are drawn from the same source. */
export function buildReportFrom(
	source: EditionSource,
	generatedAt: Date,
	comparison?: ReportComparison
): Report {
	const ctx = sectionContext(source);
	const changes = comparison && {
		id: 'changes' as const,
		number: null,
		title: `What changed since ${comparison.name.trim() || 'the earlier version'}`,
		intro:
			'What the team changed in the plan since that version: records added, removed and changed, step by step, with texts shown word by word.',
		blocks: changeBlocks(
			comparisonChanges(comparison, source.plan, source.edition),
			comparison.name.trim() || 'the earlier version'
		)
	};
	return {
		edition: source.edition,
		generatedAt: generatedAt.toISOString(),
		cover: cover(ctx, generatedAt),
		summary: {
			id: 'summary',
			number: null,
			title: 'Summary',
			intro: 'The strategy in brief: why, with whom, where, towards what, and at what cost.',
			blocks: summaryBlocks(ctx)
		},
		...(changes ? { changes } : {}),
		steps: STEPS.map((step) => ({
			id: step.id,
			number: step.number,
			title: SECTION_TITLES[step.id] ?? step.title,
			intro: SECTION_INTROS[step.id],
			blocks: STEP_BLOCKS[step.id](ctx)
		})),
		appendix: {
			id: 'appendix',
			number: null,
			title: 'Appendix: board notes',
			intro: 'Every note from the workshop boards, by step and by the groups the team made.',
			blocks: appendixBlocks(ctx)
		}
	};
}

/** Every section in reading order. */
export function reportSections(report: Report) {
	return [
		report.summary,
		...(report.changes ? [report.changes] : []),
		...report.steps,
		report.appendix
	];
}

/** The steps whose boards a report draws, in order: the renderers draw only these. */
export function reportBoards(report: Report): StepId[] {
	return reportSections(report).flatMap((section) =>
		section.blocks.flatMap((block) => (block.type === 'board' ? [block.step] : []))
	);
}

/** The maps a report places, in order: the renderers draw only these. */
export function reportMaps(report: Report): ReportMapKind[] {
	return reportSections(report).flatMap((section) =>
		section.blocks.flatMap((block) => (block.type === 'map' ? [block.map] : []))
	);
}
