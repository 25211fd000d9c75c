import type { Finding } from '../../domain/plan-check/types';
import type { Plan } from '../../domain/plan';
import type { Edition, ReportComparison } from '../../domain/report';
import type { RenderPhase } from './render';
import type { PageSize } from './theme';
import type { Locale } from '../../domain/locale';

/**
 * Messages between the page and the PDF worker. The page sends the plan itself (plain data,
 * structured clone): building the report and drawing the maps of a large plan takes a few hundred
 * milliseconds, which belongs off the main thread as much as pdfmake's layout does. The document
 * definition never crosses (it holds functions for headers and page breaks). The PDF comes back as
 * a transferred buffer, not a copy.
 */
export interface RenderRequest {
	type: 'render';
	plan: Plan;
	edition: Edition;
	pageSize: PageSize;
	/** The plan check's findings as the page shows them; recomputed for the public edition. */
	findings?: readonly Finding[];
	generatedAt: Date;
	/** The language of the document: the worker cannot read the page's choice (localStorage). */
	locale: Locale;
	/** Adds "What changed since …" (an earlier version's plan or changes, and its name). */
	comparison?: ReportComparison;
}

/**
 * One worker makes many PDFs, one after another: every request has an id, and every reply names
 * the request it answers, so a late reply to an export given up on can never be taken for the
 * answer to the next one.
 */
export type WorkerRequest = RenderRequest & { id: number };

/** Preparing the report and drawing its maps come before pdfmake's own phases. */
export type ExportPhase = 'report' | 'maps' | RenderPhase;

export type WorkerReply = { id: number } & (
	| { type: 'progress'; phase: ExportPhase; fraction?: number }
	| { type: 'done'; pdf: ArrayBuffer }
	/** `report`: the plan itself could not be turned into a report (no use retrying elsewhere). */
	| { type: 'error'; message: string; report: boolean }
);

/** The plan could not be turned into a report: the same would happen on any thread. */
export class ReportFailure extends Error {
	override name = 'ReportFailure';
}
