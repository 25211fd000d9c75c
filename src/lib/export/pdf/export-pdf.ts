import { errorMessage } from '../../domain/error-message';
import type { Finding } from '../../domain/plan-check';
import type { Plan } from '../../domain/plan';
import type { Edition, ReportComparison } from '../../domain/report';
import type { PageSize } from './theme';
import type { Locale } from '../../domain/locale';
import { m } from '../../paraglide/messages.js';
import { getLocale } from '../../paraglide/runtime.js';
import { HostBusy, PdfWorkerHost, RenderTimeout, WorkerFailure } from './worker-host';
import { ReportFailure, type ExportPhase, type RenderRequest } from './worker-protocol';

export type { PageSize };

export interface ExportPdfOptions {
	edition: Edition;
	pageSize: PageSize;
	/** The plan check's current findings; recomputed when absent (always, for the public edition). */
	findings?: readonly Finding[];
	/** The document's language; the page's active language when absent. */
	locale?: Locale;
	/** Defaults to now: the date on the cover. */
	generatedAt?: Date;
	/** Adds "What changed since …" after the summary (an earlier version's plan and its name). */
	comparison?: ReportComparison;
	/** Aborting stops the render (closing the export dialog, say) and rejects with an AbortError. */
	signal?: AbortSignal;
}

/** A failed export, with a message written for the person who clicked "Export". */
export class PdfExportError extends Error {
	override name = 'PdfExportError';
}

/** What the dialog says while the PDF is made, in the page's language. */
const PHASES: Record<ExportPhase, () => string> = {
	report: m.pdf_phase_report,
	maps: m.pdf_phase_maps,
	loading: m.pdf_phase_loading,
	layout: m.pdf_phase_layout,
	writing: m.pdf_phase_writing
};

function describe(phase: ExportPhase, fraction?: number): string {
	return phase === 'writing' && fraction !== undefined
		? m.pdf_phase_writing_progress({ percent: Math.round(fraction * 100) })
		: PHASES[phase]();
}

function aborted(): DOMException {
	return new DOMException('The export was cancelled.', 'AbortError');
}

/**
 * The page's one PDF worker host, made on first use. One per page rather than per workshop: the
 * worker holds nothing of a workshop between exports (each request carries its plan), only the
 * engine that is worth keeping.
 */
let host: PdfWorkerHost | null = null;

/** The host, or null where this browser has no workers. */
function workerHost(): PdfWorkerHost | null {
	if (typeof Worker === 'undefined') return null;
	if (host) return host;
	const made = new PdfWorkerHost({
		start: () => new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' })
	});
	// A page going away (or into the back-forward cache) lets its idle worker go with it.
	globalThis.addEventListener?.('pagehide', () => made.release());
	host = made;
	return made;
}

/**
 * Starts the PDF worker ahead of an export (when the export dialog opens), so that pdfmake and
 * its fonts load while the person chooses the options.
 */
export function preparePdfExport(): void {
	workerHost()?.prepare();
}

/** How many workers this page has started, and how many PDFs a warm one made (for tests). */
export function pdfWorkerStats(): { started: number; warmRenders: number } {
	return { ...(host?.stats ?? { started: 0, warmRenders: 0 }) };
}

async function renderHere(
	request: RenderRequest,
	onProgress: (phase: string) => void
): Promise<Uint8Array> {
	const { planToPdf } = await import('./render-report');
	return planToPdf(request, (phase, fraction) => onProgress(describe(phase, fraction)));
}

/**
 * The plan as a PDF. Everything heavy (the report, the maps, pdfmake's layout) runs in a module
 * worker so the page never freezes; the worker stays for later exports (see worker-host.ts).
 * Where there is no worker, or the worker fails, the PDF is made on this page instead and
 * `onProgress` says why (the page may pause for a few seconds). Failures reject with a
 * PdfExportError whose message can be shown as it is; cancelling rejects with an AbortError.
 */
export async function exportPdf(
	plan: Plan,
	options: ExportPdfOptions,
	onProgress: (phase: string) => void = () => {}
): Promise<Blob> {
	const { signal } = options;
	if (signal?.aborted) throw aborted();
	const request: RenderRequest = {
		type: 'render',
		plan,
		edition: options.edition,
		pageSize: options.pageSize,
		findings: options.findings,
		generatedAt: options.generatedAt ?? new Date(),
		locale: options.locale ?? getLocale(),
		...(options.comparison ? { comparison: options.comparison } : {})
	};
	onProgress(PHASES.report());

	let bytes: Uint8Array;
	try {
		const worker = workerHost();
		if (worker) {
			try {
				bytes = await worker.render(
					request,
					(phase, fraction) => onProgress(describe(phase, fraction)),
					signal
				);
			} catch (error) {
				if (!(error instanceof WorkerFailure)) throw error;
				onProgress(m.pdf_here_instead({ reason: error.message }));
				bytes = await renderHere(request, onProgress);
			}
		} else {
			onProgress(m.pdf_here_no_workers());
			bytes = await renderHere(request, onProgress);
		}
	} catch (error) {
		if (error instanceof DOMException && error.name === 'AbortError') throw error;
		if (error instanceof PdfExportError) throw error;
		if (error instanceof RenderTimeout)
			throw new PdfExportError(m.pdf_too_long(), { cause: error });
		if (error instanceof HostBusy) throw new PdfExportError(m.pdf_busy(), { cause: error });
		if (error instanceof ReportFailure)
			throw new PdfExportError(m.pdf_report_failed(), { cause: error });
		throw new PdfExportError(m.pdf_failed({ reason: errorMessage(error) }), { cause: error });
	}
	if (signal?.aborted) throw aborted();
	return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}
