import type { Severity } from '../plan-check/types';
import type { StepId } from '../steps';
import type { WordPart } from '../versions/word-diff';

/**
 * The strategy document as plain data, independent of any output format: the PDF and the Markdown
 * export both render this, so they cannot drift apart. Every string in it is plain text as the
 * team typed it (renderers escape it for their format); it holds no record ids and no member ids,
 * so nothing in an export can tie a rating back to a person.
 */

export type Edition = 'full' | 'public';

/** The maps a report places; the names match the map renderer's kinds. */
export type ReportMapKind = 'stakeholders' | 'salience' | 'platforms' | 'fit-effort';

export interface Report {
	edition: Edition;
	/** ISO timestamp of generation. */
	generatedAt: string;
	cover: Cover;
	/** The executive summary, before the steps. */
	summary: ReportSection;
	/** "What changed since …", after the summary: only when the report was asked to compare. */
	changes?: ReportSection;
	/** One per step, in the method's order. */
	steps: ReportSection[];
	/** Board notes grouped by step and cluster. */
	appendix: ReportSection;
}

export interface Cover {
	/** Never empty: an untitled workshop gets a stand-in title. */
	title: string;
	organisation: string;
	/** The generation date, written out ("2 November 2026"). */
	date: string;
	facilitator: string;
	participants: string[];
	/** What a reader must know about this copy ("Public edition: ..."), or ''. */
	editionNote: string;
}

export type SectionId = StepId | 'summary' | 'changes' | 'appendix';

export interface ReportSection {
	id: SectionId;
	/** The step number, or null for the summary and appendix. */
	number: number | null;
	title: string;
	/** One sentence that says what the section is about. */
	intro: string;
	blocks: Block[];
}

/** A table cell: a line of text, optionally with a quieter second line under it. */
export type Cell = string | { text: string; detail: string };

export interface Column {
	title: string;
	/** Relative width: a column of weight 2 gets twice the room of a column of weight 1. */
	weight: number;
}

export interface Field {
	label: string;
	value: string;
}

export interface MaturityRow {
	label: string;
	/** What 1 (present) and 5 (living) mean on this dimension. */
	present: string;
	living: string;
	/** How many people rated: the ratings themselves are never listed one by one. */
	count: number;
	mean: number | null;
	min: number | null;
	max: number | null;
	/** How many people gave each score, index 0 for score 1. */
	histogram: [number, number, number, number, number];
	disagreement: boolean;
	/** What the group said about it. */
	note: string;
}

/** One changed value: before and after, or, for a paragraph, its words deleted and inserted. */
export interface ChangedField {
	/** '' when the card's title already says what changed. */
	label: string;
	before: string;
	after: string;
	/** A paragraph's word-level difference (shown instead of before and after), else null. */
	words: readonly WordPart[] | null;
}

export interface ChangeCard {
	title: string;
	subtitle: string;
	fields: ChangedField[];
}

export interface ReportFinding {
	severity: Severity;
	/** The severity in words a sponsor understands. */
	label: string;
	message: string;
	why: string;
	/** Title of the step where it is fixed. */
	step: string;
}

export type Block =
	/** A heading inside a section; level 2 sits under the section title, level 3 under that. */
	| { type: 'heading'; level: 2 | 3; text: string }
	| { type: 'paragraph'; text: string; tone?: 'lead' | 'muted' }
	/** Label–value pairs: the answers to a step's questions. */
	| { type: 'fields'; items: Field[] }
	| { type: 'list'; items: string[] }
	| { type: 'table'; columns: Column[]; rows: Cell[][] }
	/** One card per record: a title, a subtitle and the record's written answers. */
	| { type: 'records'; items: { title: string; subtitle: string; fields: Field[] }[] }
	/** Four labelled groups side by side, two by two (a SWOT). */
	| { type: 'quadrants'; cells: { title: string; items: string[] }[] }
	| { type: 'map'; map: ReportMapKind; title: string; caption: string }
	/** A drawing of one step's board (its canvas), drawn by the renderer from the edition's plan. */
	| { type: 'board'; step: StepId }
	| { type: 'maturity'; rows: MaturityRow[] }
	| { type: 'findings'; items: ReportFinding[] }
	/** What changed in records or texts since an earlier version. */
	| { type: 'changes'; items: ChangeCard[] }
	/** Said instead of a blank heading when a part of the plan has nothing in it. */
	| { type: 'empty'; text: string };

export type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>;
