import {
	buildReportFrom,
	editionSource,
	reportBoards,
	reportMaps,
	type Report
} from '../../domain/report';
import { drawBoards } from '../board-svg';
import { MAP_DRAWERS } from '../map-drawers';
import { drawMaps } from '../map-svgs';
import { reportToPdfDefinition, type PdfOptions } from './docDefinition';
import { prepareFontsFor, renderPdf } from './render';
import { ReportFailure, type ExportPhase, type RenderRequest } from './worker-protocol';

export type { ExportPhase };

/**
 * A plan to PDF bytes: the edition's report, its maps and boards as SVG, the document definition,
 * then pdfmake. What the worker runs, and the page when there is no worker.
 */
export function planToPdf(
	request: RenderRequest,
	onProgress?: (phase: ExportPhase, fraction?: number) => void
): Promise<Uint8Array> {
	let definition;
	// A plan in other scripts needs the Noto table: it loads while the report is made.
	prepareFontsFor(request.plan);
	try {
		onProgress?.('report');
		const source = editionSource(request.plan, request.edition, request.findings, request.locale);
		const report = buildReportFrom(source, request.generatedAt, request.comparison);
		onProgress?.('maps');
		const { svgs } = drawMaps(source, reportMaps(report), MAP_DRAWERS);
		const { boards } = drawBoards(source, reportBoards(report));
		definition = reportToPdfDefinition(report, {
			pageSize: request.pageSize,
			locale: request.locale,
			maps: svgs,
			boards
		});
	} catch (error) {
		throw new ReportFailure('The plan could not be turned into a report.', { cause: error });
	}
	return renderPdf(definition, onProgress);
}

/** A report already built (tests build unusual ones) to PDF bytes. */
export function renderReportPdf(
	report: Report,
	options: PdfOptions,
	onProgress?: (phase: ExportPhase, fraction?: number) => void
): Promise<Uint8Array> {
	return renderPdf(reportToPdfDefinition(report, options), onProgress);
}
