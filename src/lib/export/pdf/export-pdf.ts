import { errorMessage } from '../../domain/error-message';
import type { Finding } from '../../domain/plan-check';
import type { Plan } from '../../domain/plan';
import type { Edition } from '../../domain/report';
import type { PageSize } from './theme';
import {
	ReportFailure,
	type ExportPhase,
	type RenderRequest,
	type WorkerReply
} from './worker-protocol';

export type { PageSize };

export interface ExportPdfOptions {
	edition: Edition;
	pageSize: PageSize;
	/** The plan check's current findings; recomputed when absent (always, for the public edition). */
	findings?: readonly Finding[];
	/** Defaults to now: the date on the cover. */
	generatedAt?: Date;
	/** Aborting stops the render (closing the export dialog, say) and rejects with an AbortError. */
	signal?: AbortSignal;
}

/** A failed export, with a message written for the person who clicked "Export". */
export class PdfExportError extends Error {
	override name = 'PdfExportError';
}

/** Far beyond the largest workshop's few seconds: only a stuck worker gets here. */
const TIMEOUT_MS = 180_000;

const PHASES: Record<ExportPhase, string> = {
	report: 'Preparing the report',
	maps: 'Drawing the maps',
	loading: 'Loading the PDF engine',
	layout: 'Laying out the pages',
	writing: 'Writing the pages'
};

function describe(phase: ExportPhase, fraction?: number): string {
	return phase === 'writing' && fraction !== undefined
		? `${PHASES.writing} (${Math.round(fraction * 100)}%)`
		: PHASES[phase];
}

function aborted(): DOMException {
	return new DOMException('The export was cancelled.', 'AbortError');
}

/** Why a worker cannot be used here, or null when it can. */
function workerUnavailable(): string | null {
	if (typeof Worker === 'undefined') return 'this browser has no background workers';
	return null;
}

class WorkerFailure extends Error {}

/** Renders in a module worker. Rejects with WorkerFailure when the worker itself is the problem. */
function renderInWorker(
	request: RenderRequest,
	onProgress: (phase: string) => void,
	signal?: AbortSignal
): Promise<Uint8Array> {
	return new Promise((resolve, reject) => {
		let worker: Worker;
		try {
			worker = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
		} catch (error) {
			reject(new WorkerFailure(errorMessage(error)));
			return;
		}
		const finish = (settle: () => void) => {
			clearTimeout(timer);
			signal?.removeEventListener('abort', onAbort);
			worker.terminate();
			settle();
		};
		const onAbort = () => finish(() => reject(aborted()));
		const timer = setTimeout(
			() =>
				finish(() =>
					reject(new PdfExportError('Making the PDF took too long and was stopped. Try again.'))
				),
			TIMEOUT_MS
		);
		signal?.addEventListener('abort', onAbort, { once: true });

		worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
			if (data.type === 'progress') onProgress(describe(data.phase, data.fraction));
			else if (data.type === 'done') finish(() => resolve(new Uint8Array(data.pdf)));
			else if (data.report) finish(() => reject(new ReportFailure(data.message)));
			else finish(() => reject(new WorkerFailure(data.message)));
		};
		// A script that cannot load (an old browser without module workers, a blocked file) fails
		// here, before any reply.
		worker.onerror = (event) => {
			event.preventDefault();
			finish(() => reject(new WorkerFailure(event.message || 'the background worker failed')));
		};
		worker.onmessageerror = () =>
			finish(() => reject(new WorkerFailure('the PDF could not be passed back from the worker')));
		worker.postMessage(request);
	});
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
 * worker so the page never freezes. Where there is no worker, or the worker fails, the PDF is made
 * on this page instead and `onProgress` says why (the page may pause for a few seconds). Failures
 * reject with a PdfExportError whose message can be shown as it is; cancelling rejects with an
 * AbortError.
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
		generatedAt: options.generatedAt ?? new Date()
	};
	onProgress(PHASES.report);

	let bytes: Uint8Array;
	try {
		const unavailable = workerUnavailable();
		if (unavailable === null) {
			try {
				bytes = await renderInWorker(request, onProgress, signal);
			} catch (error) {
				if (!(error instanceof WorkerFailure)) throw error;
				onProgress(`Making the PDF on this page instead (${error.message}); it may pause briefly`);
				bytes = await renderHere(request, onProgress);
			}
		} else {
			onProgress(`Making the PDF on this page (${unavailable}); it may pause briefly`);
			bytes = await renderHere(request, onProgress);
		}
	} catch (error) {
		if (error instanceof DOMException && error.name === 'AbortError') throw error;
		if (error instanceof PdfExportError) throw error;
		if (error instanceof ReportFailure) throw new PdfExportError(error.message, { cause: error });
		throw new PdfExportError(`The PDF could not be made: ${errorMessage(error)}`, { cause: error });
	}
	if (signal?.aborted) throw aborted();
	return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}
