import type { Report } from '../../domain/report';
import { reportToPdfDefinition, type PdfOptions } from './docDefinition';
import { renderPdf, type RenderPhase } from './render';

export type { RenderPhase };

/** A report to PDF bytes: what the worker runs, and the main thread when there is no worker. */
export function renderReportPdf(
	report: Report,
	options: PdfOptions,
	onProgress?: (phase: RenderPhase, fraction?: number) => void
): Promise<Uint8Array> {
	return renderPdf(reportToPdfDefinition(report, options), onProgress);
}
