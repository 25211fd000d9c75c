import type { SessionSummary } from '../../domain/session-summary';
import { renderPdf } from '../pdf/render';
import type { PageSize } from '../pdf/theme';
import { summaryToMarkdown } from './markdown';
import { summaryToPdfDefinition } from './pdf-definition';

/**
 * The summary's PDF, made on the page: it is one or two pages of text with no maps, far from the
 * strategy document's cost, so it needs no worker. pdfmake itself is still loaded only now.
 */
export async function summaryPdf(
	summary: SessionSummary,
	pageSize: PageSize = 'A4'
): Promise<Blob> {
	const bytes = await renderPdf(summaryToPdfDefinition(summary, pageSize));
	return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}

export function summaryMarkdown(summary: SessionSummary): Blob {
	return new Blob([summaryToMarkdown(summary)], { type: 'text/markdown;charset=utf-8' });
}
