import type {
	Content,
	ContentCanvas,
	ContentText,
	CustomTableLayout,
	TableCell
} from 'pdfmake/interfaces';
import type {
	Block,
	BlockOf,
	Cell,
	ChangedField,
	Field,
	ReportFinding,
	ReportMapKind
} from '../../domain/report';
import { directionOf, type Locale } from '../../domain/locale';
import type { StepId } from '../../domain/steps';
import type { WordPart } from '../../domain/versions';
import { shorten } from '../../domain/text';
import type { BoardDrawing } from '../board-svg';
import { m } from '../../paraglide/messages.js';
import { bulletTable, listDirection } from './bullet-list';
import { HEADLINE_MARK, markHeadline } from './headlines';
import { maturityChartSvg } from './maturity-chart';
import { pdfText, withGlyphs } from './text';
import { COLORS, STYLES } from './theme';

export interface BlockContext {
	/** Width of the text column, in points. */
	width: number;
	/** Height a map may take, so that it fits on a page with its title and caption. */
	mapHeight: number;
	maps: Partial<Record<ReportMapKind, string>>;
	/** Height a board's drawing may take, with the step's heading and the line under it. */
	boardHeight: number;
	/** Drawings of the steps' boards (see `reportBoards`). */
	boards: Partial<Record<StepId, Pick<BoardDrawing, 'svg' | 'notice'>>>;
	/** Smaller text for long runs of short items (the appendix of board notes). */
	dense?: boolean;
	/** The language of the words the PDF writes itself: table headers, notices. */
	locale: Locale;
}

/**
 * A block rendered in two parts: `lead`, a short opening that a heading is kept on the same page
 * with, and `rest`, which flows freely. Keeping a heading with its lead in one unbreakable stack
 * prevents orphaned headings without pdfmake's `pageBreakBefore`, which re-lays the whole document
 * out for every heading it moves. A lead is bounded (never more than LEAD_LIMIT characters of user
 * text), because pdfmake drops whatever of an unbreakable block does not fit on one page.
 */
export interface Split {
	lead: Content[];
	rest: Content[];
}

const LEAD_LIMIT = 1_200;
/** Longest title or subtitle of a record card (names are at most 300 characters anyway). */
const HEAD_LIMIT = 300;
/**
 * Characters of SWOT items below which a cell (a row of two cells, the whole grid) surely fits on
 * one page, so it can be kept whole.
 */
const QUADRANT_WHOLE = 1_500;
const LABEL_WIDTH = 118;
const CELL_PADDING = 5;

const short = (text: string) => text.length <= LEAD_LIMIT;

const TABLE_LAYOUT: CustomTableLayout = {
	vLineWidth: () => 0,
	paddingLeft: () => CELL_PADDING,
	paddingRight: () => CELL_PADDING,
	paddingTop: () => 4,
	paddingBottom: () => 4
};

const FIELDS_LAYOUT: CustomTableLayout = {
	hLineWidth: () => 0,
	vLineWidth: () => 0,
	paddingLeft: () => 0,
	paddingRight: (i) => (i === 0 ? 12 : 0),
	paddingTop: () => 2.5,
	paddingBottom: () => 2.5
};

const SEVERITY_COLORS = { error: COLORS.error, warning: COLORS.warning, info: COLORS.info };

function cellContent(cell: Cell): TableCell {
	if (typeof cell === 'string') return { text: pdfText(cell), ...STYLES.tableCell };
	const stack: Content[] = [{ text: pdfText(cell.text), ...STYLES.tableCell }];
	if (cell.detail.trim() !== '')
		stack.push({ text: pdfText(cell.detail), ...STYLES.cellDetail, margin: [0, 1.5, 0, 0] });
	return { stack };
}

/** Column weights as widths in points: pdfmake's star widths are all equal. */
export function columnWidths(weights: readonly number[], width: number): number[] {
	const total = weights.reduce((sum, weight) => sum + weight, 0);
	const available = width - weights.length * 2 * CELL_PADDING - 1;
	return weights.map((weight) => Math.floor((available * weight * 100) / total) / 100);
}

/**
 * The headings before a table as its first rows, spanning every column and repeated with the
 * column titles on each page the table runs onto. A heading outside the table could be left alone
 * at the foot of a page: pdfmake moves a table whose first rows do not fit without telling the
 * page-break hook (it still reports them on the old page), so only being part of the table's own
 * header keeps the heading with it.
 */
function captionRows(
	headings: readonly BlockOf<'heading'>[],
	columns: number,
	padding = CELL_PADDING
): TableCell[][] {
	return headings.map((heading) => [
		{
			...headingNode(heading),
			colSpan: columns,
			// Cancel the cell padding: the caption lines up with the text column like any heading.
			margin: heading.level === 2 ? [-padding, 10, 0, 2] : [-padding, 4, 0, 0]
		},
		...Array.from({ length: columns - 1 }, () => ({}))
	]);
}

/** Rows are kept whole: cells are clipped by the report, so any row fits on a page. */
function table(
	block: BlockOf<'table'>,
	ctx: BlockContext,
	captions: readonly BlockOf<'heading'>[] = []
): Content {
	const top = captions.length;
	return {
		table: {
			headerRows: top + 1,
			keepWithHeaderRows: 1,
			dontBreakRows: true,
			widths: columnWidths(
				block.columns.map((column) => column.weight),
				ctx.width
			),
			body: [
				...captionRows(captions, block.columns.length),
				block.columns.map((column) => ({
					text: column.title.toUpperCase(),
					...STYLES.tableHeader
				})),
				...block.rows.map((row) => row.map(cellContent))
			]
		},
		layout: {
			...TABLE_LAYOUT,
			hLineWidth: (i, node) =>
				i <= top ? 0 : i === top + 1 ? 1 : i === node.table.body.length ? 0.8 : 0.4,
			hLineColor: (i) => (i === top + 1 ? COLORS.accent : COLORS.rule),
			fillColor: (row) => (row > top && (row - top) % 2 === 0 ? COLORS.zebra : null)
		},
		margin: [0, 2, 0, 12]
	};
}

/**
 * Label–value rows. `compact`, for the many cards of a records block, runs the label into the
 * text ("CONCERNS  Budget cuts..."): half the height of a two-column row, and far fewer nodes for
 * pdfmake to lay out in a workshop with hundreds of stakeholders.
 */
function fieldsTable(fields: readonly Field[], compact = false): Content[] {
	if (fields.length === 0) return [];
	if (compact) {
		return fields.map((field) => ({
			text: [
				{ text: `${field.label.toUpperCase()}  `, ...STYLES.recordLabel },
				pdfText(field.value)
			],
			...STYLES.recordValue,
			margin: [0, 0, 0, 3]
		}));
	}
	return [
		{
			table: {
				widths: [LABEL_WIDTH, '*'],
				body: fields.map((field) => [
					{ text: pdfText(field.label), ...STYLES.label },
					{ text: pdfText(field.value), ...STYLES.body }
				])
			},
			layout: FIELDS_LAYOUT,
			margin: [0, 0, 0, 0]
		}
	];
}

/** Fields, with the first one as the lead when it is short enough to keep with a heading. */
function splitFields(fields: readonly Field[], compact = false): Split {
	const [first, ...others] = fields;
	const after = compact ? [] : [spacer(8)];
	if (first && short(first.value)) {
		return {
			lead: fieldsTable([first], compact),
			rest: [...fieldsTable(others, compact), ...after]
		};
	}
	return { lead: [], rest: [...fieldsTable(fields, compact), ...after] };
}

function spacer(height: number): Content {
	return { text: '', margin: [0, 0, 0, height] };
}

function list(
	items: readonly string[],
	margin: [number, number, number, number],
	ctx?: BlockContext
): Content {
	if (ctx?.dense) return denseList(items, margin, ctx.locale);
	return {
		ul: items.map((item) => ({ text: pdfText(item), ...STYLES.body, margin: [0, 0, 0, 2] })),
		markerColor: COLORS.accent,
		margin
	};
}

/**
 * A bulleted list as a two-column table, its bullets on the right in a right-to-left report (the
 * lists of other nodes are turned when the document is prepared, see scripts.ts). Used inside the appendix's newspaper columns, where
 * pdfmake (0.3.11) does not narrow the second column for a list's indent or a node's left margin
 * and the text runs past the page edge; a table's own column widths are respected.
 */
function denseList(
	items: readonly string[],
	margin: [number, number, number, number],
	locale: Locale
): Content {
	return bulletTable(
		items.map((item) => ({ text: pdfText(item), ...STYLES.recordValue })),
		{
			direction: listDirection(items, directionOf(locale)),
			marker: () => ({ ...STYLES.recordValue, color: COLORS.accent }),
			list: { margin }
		}
	);
}

function rule(width: number): ContentCanvas {
	return {
		canvas: [
			{
				type: 'line',
				x1: 0,
				y1: 0,
				x2: width,
				y2: 0,
				lineWidth: 0.5,
				lineColor: COLORS.rule
			}
		],
		margin: [0, 0, 0, 6]
	};
}

/**
 * `body` and `keepWhole`, for a change card: its own lines instead of the record's fields, kept
 * with its title when they are short.
 */
function records(
	block: BlockOf<'records'>,
	ctx: BlockContext,
	body?: Content[],
	keepWhole = false
): Split {
	const parts = block.items.map((record) => {
		// Title and subtitle open an unbreakable block: clipped, so it always fits on a page.
		const titles: ContentText[] = [
			{ text: pdfText(shorten(record.title, HEAD_LIMIT)), ...STYLES.recordTitle },
			record.subtitle.trim()
				? {
						text: pdfText(shorten(record.subtitle, HEAD_LIMIT)),
						...STYLES.recordSubtitle,
						margin: [0, 1, 0, 4]
					}
				: { text: '', margin: [0, 0, 0, 4] }
		];
		const fields = body
			? keepWhole
				? { lead: body, rest: [] }
				: { lead: [], rest: body }
			: splitFields(record.fields, true);
		if (fields.lead.length === 0) {
			// A title with nothing it can be kept with: marked to be moved by a page break instead
			// (see renderBlocks), and so not in an unbreakable block, where a page break inside
			// would lose it.
			titles.forEach(markHeadline);
			const marked: ContentCanvas = {
				...rule(ctx.width),
				margin: [0, 6, 0, 6],
				headlineLevel: HEADLINE_MARK
			};
			return [marked, ...titles, ...fields.rest];
		}
		return [
			{
				stack: [rule(ctx.width), ...titles, ...fields.lead],
				unbreakable: true,
				margin: [0, 6, 0, 0]
			},
			...fields.rest
		] as Content[];
	});
	const [first, ...others] = parts;
	if (!first) return { lead: [], rest: [] };
	// The first card is a lead only when it opens with an unbreakable block (see above).
	const opensWhole = typeof first[0] === 'object' && first[0] !== null && 'unbreakable' in first[0];
	return opensWhole
		? { lead: first.slice(0, 1), rest: [...first.slice(1), ...others.flat()] }
		: { lead: [], rest: parts.flat() };
}

function finding(item: ReportFinding, width: number): Content {
	const color = SEVERITY_COLORS[item.severity];
	return {
		table: {
			// The label column, then the rest of the width less paddings and the coloured rule.
			widths: [66, width - 66 - 9 - 6 - 3],
			body: [
				[
					{
						text: item.label.toUpperCase(),
						fontSize: 7,
						bold: true,
						color,
						characterSpacing: 0.6,
						margin: [0, 1.5, 0, 0]
					},
					{
						stack: [
							{ text: pdfText(item.message), ...STYLES.body, bold: true },
							{ text: pdfText(item.why), ...STYLES.muted, margin: [0, 2, 0, 0] },
							{ text: `Fixed in: ${item.step}`, ...STYLES.caption, margin: [0, 2, 0, 0] }
						]
					}
				]
			],
			dontBreakRows: true
		},
		layout: {
			hLineWidth: () => 0,
			vLineWidth: (i) => (i === 0 ? 2.5 : 0),
			vLineColor: () => color,
			paddingLeft: (i) => (i === 0 ? 9 : 6),
			paddingRight: () => 0,
			paddingTop: () => 3,
			paddingBottom: () => 3
		},
		margin: [0, 0, 0, 8]
	};
}

function maturity(block: BlockOf<'maturity'>, ctx: BlockContext): Split {
	const { locale } = ctx;
	const number = (value: number | null) => (value === null ? '—' : value.toFixed(1));
	const notes = block.rows
		.filter((row) => row.note !== '')
		.map((row) => ({ label: row.label, value: row.note }));
	const rest: Content[] = [
		table(
			{
				type: 'table',
				columns: [
					{ title: m.report_col_dimension({}, { locale }), weight: 3 },
					{ title: m.report_md_mean({}, { locale }), weight: 1.5 },
					{ title: m.report_md_range({}, { locale }), weight: 1.5 },
					{ title: m.report_col_ratings({}, { locale }), weight: 1.5 },
					{ title: m.report_md_spread({}, { locale }), weight: 3 }
				],
				rows: block.rows.map((row) => [
					row.label,
					number(row.mean),
					row.min === null
						? '—'
						: m.report_md_range_value({ min: row.min, max: row.max ?? row.min }, { locale }),
					String(row.count),
					(row.count === 0
						? m.report_md_not_rated
						: row.disagreement
							? m.report_md_wide
							: m.report_md_close)({}, { locale })
				])
			},
			ctx
		)
	];
	if (notes.length > 0) {
		rest.push(
			...renderBlocks(
				[
					{ type: 'heading', level: 3, text: m.report_md_group_said({}, { locale }) },
					{ type: 'fields', items: notes }
				],
				ctx
			)
		);
	}
	return {
		lead: [
			{
				svg: maturityChartSvg(block.rows, ctx.width),
				width: ctx.width,
				margin: [0, 4, 0, 10]
			}
		],
		rest
	};
}

function map(block: BlockOf<'map'>, ctx: BlockContext): Content[] {
	const svg = ctx.maps[block.map];
	const drawing: Content = svg
		? {
				svg: withGlyphs(svg, true),
				fit: [ctx.width, ctx.mapHeight],
				alignment: 'center',
				margin: [0, 4, 0, 4]
			}
		: { text: m.pdf_map_not_drawn({}, { locale: ctx.locale }), ...STYLES.empty };
	return [
		{
			stack: [
				{ text: block.title, ...STYLES.h3, margin: [0, 0, 0, 2] },
				drawing,
				{ text: pdfText(block.caption), ...STYLES.caption, margin: [0, 2, 0, 0] }
			],
			unbreakable: true,
			margin: [0, 6, 0, 14]
		}
	];
}

/**
 * A step's board, across the text column, kept with the step's heading above it. The line saying
 * how many notes a big board's drawing shows is text under it, legible however small the drawing.
 */
function board(block: BlockOf<'board'>, ctx: BlockContext): Content[] {
	const drawing = ctx.boards[block.step];
	if (!drawing)
		return [{ text: m.pdf_board_not_drawn({}, { locale: ctx.locale }), ...STYLES.empty }];
	const svg: Content = {
		svg: withGlyphs(drawing.svg, true),
		fit: [ctx.width, ctx.boardHeight],
		alignment: 'center',
		margin: [0, 2, 0, drawing.notice === '' ? 10 : 2]
	};
	if (drawing.notice === '') return [svg];
	return [svg, { text: pdfText(drawing.notice), ...STYLES.caption, margin: [0, 0, 0, 10] }];
}

/**
 * The four SWOT cells two by two. With `wholeRows` (cells short enough for a row to fit on a
 * page) rows are kept whole and the headings before it become caption rows (see captionRows).
 */
function quadrantGrid(
	block: BlockOf<'quadrants'>,
	ctx: BlockContext,
	wholeRows: boolean,
	captions: readonly BlockOf<'heading'>[] = []
): Content {
	const top = captions.length;
	return {
		table: {
			widths: columnWidths([1, 1], ctx.width),
			dontBreakRows: wholeRows,
			...(top > 0 ? { headerRows: top, keepWithHeaderRows: 1 } : {}),
			body: [
				...captionRows(captions, 2, 0),
				...[0, 2].map((start) =>
					block.cells.slice(start, start + 2).map((cell): TableCell => ({
						stack: [
							{ text: cell.title, ...STYLES.h3, color: COLORS.accent, margin: [0, 0, 0, 4] },
							cell.items.length > 0
								? list(cell.items, [0, 0, 0, 0])
								: { text: '—', ...STYLES.empty }
						]
					}))
				)
			]
		},
		layout: {
			hLineWidth: (i) => (i === top + 1 ? 0.5 : 0),
			// The rule between the columns (caption rows span both, so it stops under them).
			vLineWidth: (i) => (i === 1 ? 0.5 : 0),
			hLineColor: () => COLORS.rule,
			vLineColor: () => COLORS.rule,
			paddingLeft: (i) => (i === 0 ? 0 : 10),
			paddingRight: (i) => (i === 0 ? 10 : 0),
			paddingTop: () => 8,
			paddingBottom: () => 8
		},
		margin: [0, 0, 0, 10]
	};
}

/**
 * How much of a SWOT grid surely fits on one page: all of it, each row, or not even a row (then
 * its rows must be allowed to break across pages).
 */
function quadrantFit(block: BlockOf<'quadrants'>): 'whole' | 'rows' | 'loose' {
	const [a = 0, b = 0, c = 0, d = 0] = block.cells.map((cell) =>
		cell.items.reduce((sum, item) => sum + item.length, 0)
	);
	if (Math.max(a, b) + Math.max(c, d) <= QUADRANT_WHOLE) return 'whole';
	return Math.max(a, b, c, d) <= QUADRANT_WHOLE ? 'rows' : 'loose';
}

/**
 * A paragraph's changes inline: deleted words struck through in red, inserted words on a green
 * highlight, so the change reads in place (and in a black-and-white print, by the strike alone).
 */
export function wordRuns(parts: readonly WordPart[]): ContentText[] {
	const runs: ContentText[] = [];
	for (const [index, part] of parts.entries()) {
		const text = pdfText(part.text);
		if (part.type === 'same') runs.push({ text });
		else if (part.type === 'removed')
			runs.push({ text, decoration: 'lineThrough', color: COLORS.deleted });
		else {
			// A space between the old words and the new, or they would read (and copy) as one word.
			if (parts[index - 1]?.type === 'removed') runs.push({ text: ' ' });
			runs.push({ text, background: COLORS.insertedSoft });
		}
	}
	return runs;
}

function changedField(field: ChangedField): Content {
	const value: ContentText[] = field.words
		? wordRuns(field.words)
		: [
				{ text: pdfText(field.before) },
				{ text: '  →  ', color: COLORS.muted },
				{ text: pdfText(field.after) }
			];
	return {
		text: [
			...(field.label ? [{ text: `${field.label.toUpperCase()}  `, ...STYLES.recordLabel }] : []),
			...value
		],
		...STYLES.recordValue,
		margin: [0, 0, 0, 3]
	};
}

/** What changed in records and texts: one card each, like the records of a step. */
function changeCards(block: BlockOf<'changes'>, ctx: BlockContext): Split {
	const cards = block.items.map((card) =>
		records(
			{ type: 'records', items: [{ title: card.title, subtitle: card.subtitle, fields: [] }] },
			ctx,
			card.fields.map(changedField),
			short(card.fields.map((field) => field.before + field.after).join(''))
		)
	);
	const [first, ...others] = cards;
	return {
		lead: first?.lead ?? [],
		rest: [...(first?.rest ?? []), ...others.flatMap((card) => [...card.lead, ...card.rest])]
	};
}

function headingNode(block: BlockOf<'heading'>): ContentText {
	return block.level === 2
		? { text: pdfText(block.text), ...STYLES.h2, margin: [0, 14, 0, 6] }
		: { text: pdfText(block.text), ...STYLES.h3, margin: [0, 8, 0, 4] };
}

/** One block as pdfmake content, split into a lead and the rest (see Split). */
export function renderBlock(block: Block, ctx: BlockContext): Split {
	switch (block.type) {
		case 'heading':
			return { lead: [headingNode(block)], rest: [] };
		case 'paragraph': {
			const node: Content = {
				text: pdfText(block.text),
				...STYLES[block.tone ?? 'body'],
				margin: [0, 0, 0, block.tone === 'lead' ? 12 : 8]
			};
			return short(block.text) ? { lead: [node], rest: [] } : { lead: [], rest: [node] };
		}
		case 'empty':
			return { lead: [{ text: block.text, ...STYLES.empty, margin: [0, 0, 0, 10] }], rest: [] };
		case 'list': {
			const [first, ...others] = block.items;
			if (first === undefined) return { lead: [], rest: [] };
			if (!short(first)) return { lead: [], rest: [list(block.items, [0, 0, 0, 10], ctx)] };
			return {
				lead: [list([first], [0, 0, 0, others.length > 0 ? 0 : 10], ctx)],
				rest: others.length > 0 ? [list(others, [0, 0, 0, 10], ctx)] : []
			};
		}
		case 'fields':
			return splitFields(block.items);
		case 'table':
			return { lead: [], rest: [table(block, ctx)] };
		case 'records':
			return records(block, ctx);
		case 'quadrants': {
			const fit = quadrantFit(block);
			const grid = quadrantGrid(block, ctx, fit !== 'loose');
			// Small enough to keep whole, with its heading: a SWOT reads as one figure.
			return fit === 'whole' ? { lead: [grid], rest: [] } : { lead: [], rest: [grid] };
		}
		case 'map':
			return { lead: map(block, ctx), rest: [] };
		case 'board':
			return { lead: board(block, ctx), rest: [] };
		case 'maturity':
			return maturity(block, ctx);
		case 'findings': {
			const [first, ...others] = block.items.map((item) => finding(item, ctx.width));
			return { lead: first ? [first] : [], rest: others };
		}
		case 'changes':
			return changeCards(block, ctx);
	}
}

/**
 * A section's blocks, each heading (with any headings right after it) kept on one page with what
 * follows: with the lead of the next block, or as caption rows of the next table (see
 * captionRows). A heading before a long unbreakable-less block is marked (see markHeadline).
 */
export function renderBlocks(blocks: readonly Block[], ctx: BlockContext): Content[] {
	const out: Content[] = [];
	let index = 0;
	while (index < blocks.length) {
		const headings: BlockOf<'heading'>[] = [];
		for (let block = blocks[index]; block?.type === 'heading'; block = blocks[++index])
			headings.push(block);
		const next = blocks[index];
		if (next) index += 1;
		if (headings.length > 0 && next?.type === 'table') {
			out.push(table(next, ctx, headings));
			continue;
		}
		if (headings.length > 0 && next?.type === 'quadrants' && quadrantFit(next) === 'rows') {
			out.push(quadrantGrid(next, ctx, true, headings));
			continue;
		}
		const split = next ? renderBlock(next, ctx) : { lead: [], rest: [] };
		const heads = headings.map(headingNode);
		if (heads.length === 0) out.push(...split.lead, ...split.rest);
		else if (split.lead.length > 0)
			out.push({ stack: [...heads, ...split.lead], unbreakable: true }, ...split.rest);
		else {
			// What follows is long and breakable, so pdfmake knows where it lands: the page-break
			// hook can move these headings if nothing else follows them on their page. Not in an
			// unbreakable block: pdfmake drops what a page break pushes out of one.
			heads.forEach(markHeadline);
			out.push(...heads, ...split.rest);
		}
	}
	return out;
}
