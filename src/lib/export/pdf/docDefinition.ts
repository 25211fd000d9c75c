import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '../../domain/locale';
import type { Block, Report, ReportMapKind, ReportSection } from '../../domain/report';
import type { StepId } from '../../domain/steps';
import type { BoardDrawing } from '../board-svg';
import { renderBlocks, type BlockContext } from './blocks';
import { cover } from './cover';
import { pageBreakHook } from './headlines';
import { runningFooter, runningHeader } from './running';
import { pdfText } from './text';
import { m } from '../../paraglide/messages.js';
import { baseLocale } from '../../paraglide/runtime.js';
import { COLORS, contentWidth, PAGE_MARGINS, PAGE_SIZES, STYLES, type PageSize } from './theme';

export type { PageSize };

export interface PdfOptions {
	pageSize: PageSize;
	/** The language of the words the PDF writes itself (the report's own follow its source). */
	locale?: Locale;
	/** Standalone SVG documents of the maps the report places (see `reportMaps`). */
	maps: Partial<Record<ReportMapKind, string>>;
	/** Drawings of the boards the report draws (see `reportBoards`, `drawBoards`). */
	boards?: Partial<Record<StepId, Pick<BoardDrawing, 'svg' | 'notice'>>>;
}

function contents(locale: Locale): Content {
	return {
		toc: {
			title: {
				text: m.report_md_contents({}, { locale }),
				...STYLES.tocTitle,
				margin: [0, 0, 0, 22]
			},
			textStyle: 'tocEntry',
			numberStyle: 'tocNumber',
			textMargin: [0, 5, 0, 5]
		}
	};
}

/** Gap between the two columns of the appendix. */
const COLUMN_GAP = 24;

/**
 * The body of a section. The appendix is hundreds of one-line notes: they flow through two
 * newspaper columns in smaller type, which halves its length without making it harder to read.
 * Each step's board drawing (with the step's heading) runs across the page above its notes.
 */
function sectionBody(report: ReportSection, ctx: BlockContext): Content[] {
	if (report.id !== 'appendix' || report.blocks.every((block) => block.type === 'empty'))
		return renderBlocks(report.blocks, ctx);
	const column = { ...ctx, width: (ctx.width - COLUMN_GAP) / 2, dense: true };
	const out: Content[] = [];
	let run: Block[] = [];
	const flush = () => {
		if (run.length === 0) return;
		out.push({
			columns: [
				{ stack: renderBlocks(run, column), width: '*' },
				{ text: '', width: '*' }
			],
			columnGap: COLUMN_GAP,
			snakingColumns: true
		});
		run = [];
	};
	for (const block of report.blocks) {
		if (block.type !== 'board') {
			run.push(block);
			continue;
		}
		// The headings right before a drawing go across the page with it.
		let start = run.length;
		while (start > 0 && run[start - 1]?.type === 'heading') start -= 1;
		const headings = run.slice(start);
		run = run.slice(0, start);
		flush();
		out.push(...renderBlocks([...headings, block], ctx));
	}
	flush();
	return out;
}

function section(report: ReportSection, ctx: BlockContext): Content {
	const title: Content = {
		text:
			report.number === null
				? pdfText(report.title)
				: [{ text: `${report.number}`, color: COLORS.accentMid }, '   ', pdfText(report.title)],
		...STYLES.h1,
		tocItem: true,
		margin: [0, 0, 0, 6]
	};
	return {
		stack: [
			{
				stack: [
					title,
					{ text: pdfText(report.intro), ...STYLES.intro, margin: [0, 0, 0, 10] },
					{
						canvas: [
							{
								type: 'line',
								x1: 0,
								y1: 0,
								x2: ctx.width,
								y2: 0,
								lineWidth: 0.8,
								lineColor: COLORS.accent
							}
						],
						margin: [0, 0, 0, 8]
					}
				],
				unbreakable: true
			},
			...sectionBody(report, ctx)
		],
		pageBreak: 'before'
	};
}

/**
 * The report as a pdfmake document definition. User text only ever enters as the `text` of a
 * node (pdfmake draws it as it is, markup included); maps and the maturity chart are SVG, drawn
 * as vector paths and real text.
 */
export function reportToPdfDefinition(report: Report, options: PdfOptions): TDocumentDefinitions {
	const { pageSize } = options;
	const page = PAGE_SIZES[pageSize];
	const width = contentWidth(pageSize);
	const usableHeight = page.height - PAGE_MARGINS[1] - PAGE_MARGINS[3];
	const locale = options.locale ?? baseLocale;
	const ctx: BlockContext = {
		width,
		mapHeight: Math.round(usableHeight * 0.62),
		// Big boards are tall: more of the page, still room for the step's heading and a caption.
		boardHeight: Math.round(usableHeight * 0.75),
		maps: options.maps,
		boards: options.boards ?? {},
		locale
	};
	const editionLabel = report.edition === 'public' ? m.pdf_public_edition({}, { locale }) : '';
	const content: Content[] = [
		cover(report, pageSize, locale),
		contents(locale),
		section(report.summary, ctx),
		...(report.changes ? [section(report.changes, ctx)] : []),
		...report.steps.map((step) => section(step, ctx)),
		section(report.appendix, ctx)
	];

	return {
		pageSize,
		pageMargins: PAGE_MARGINS,
		info: {
			title: report.cover.title,
			subject: m.report_md_strategy({}, { locale }),
			author: report.cover.organisation || report.cover.facilitator,
			creator: 'Canal',
			producer: 'Canal'
		},
		language: locale,
		defaultStyle: { font: 'Roboto', fontSize: 9.5, color: COLORS.ink },
		styles: STYLES,
		header: (currentPage) =>
			currentPage <= 1 ? null : runningHeader(report.cover.title, report.cover.organisation, width),
		footer: (currentPage, pageCount) =>
			currentPage <= 1 ? null : runningFooter(editionLabel, currentPage, pageCount),
		// Only headings that could not be kept with what follows are marked (see renderBlocks).
		...pageBreakHook(content),
		content
	};
}
