import type { Finding } from '../plan-check';
import type { Plan } from '../plan';
import { m } from '../../paraglide/messages.js';
import type { Locale } from '../locale';
import { STEPS, stepTitle, type StepId } from '../steps';
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
	/** The language of the document (English when absent); the PDF worker gets it from the page. */
	locale?: Locale;
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
const SECTION_INTROS = {
	purpose: m.report_intro_purpose,
	maturity: m.report_intro_maturity,
	stakeholders: m.report_intro_stakeholders,
	listening: m.report_intro_listening,
	platforms: m.report_intro_platforms,
	goals: m.report_intro_goals,
	commitment: m.report_intro_commitment,
	review: m.report_intro_review
} as const satisfies Record<StepId, unknown>;

/** The workshop's last step is "Review and export"; in the exported document it is the review. */
function sectionTitle(step: StepId, locale: Locale): string {
	return step === 'review' ? m.report_review_title({}, { locale }) : stepTitle(step, locale);
}

function cover(ctx: SectionContext, generatedAt: Date): Cover {
	const { meta, team } = ctx.plan;
	const { locale } = ctx;
	const editionNote =
		ctx.edition === 'public'
			? m.report_public_edition_note({}, { locale })
			: ctx.plan.internal.length > 0
				? m.report_full_edition_note({}, { locale })
				: '';
	return {
		title: named(meta.title, m.report_untitled_workshop({}, { locale })),
		organisation: meta.organisation.trim(),
		date: formatDate(generatedAt, locale),
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
		editionSource(plan, options.edition, options.findings, options.locale),
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
	const { locale } = source;
	const earlier =
		comparison && (comparison.name.trim() || m.report_changes_earlier_version({}, { locale }));
	const changes = comparison && {
		id: 'changes' as const,
		number: null,
		title: m.report_changes_title({ name: earlier ?? '' }, { locale }),
		intro: m.report_changes_intro({}, { locale }),
		blocks: changeBlocks(
			comparisonChanges(comparison, source.plan, source.edition, locale),
			earlier ?? '',
			locale
		)
	};
	return {
		edition: source.edition,
		generatedAt: generatedAt.toISOString(),
		cover: cover(ctx, generatedAt),
		summary: {
			id: 'summary',
			number: null,
			title: m.report_summary_title({}, { locale }),
			intro: m.report_summary_intro({}, { locale }),
			blocks: summaryBlocks(ctx)
		},
		...(changes ? { changes } : {}),
		steps: STEPS.map((step) => ({
			id: step.id,
			number: step.number,
			title: sectionTitle(step.id, locale),
			intro: SECTION_INTROS[step.id]({}, { locale }),
			blocks: STEP_BLOCKS[step.id](ctx)
		})),
		appendix: {
			id: 'appendix',
			number: null,
			title: m.report_appendix_title({}, { locale }),
			intro: m.report_appendix_intro({}, { locale }),
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
