import { errorMessage } from '../../domain/error-message';
import { overwriteGetLocale } from '../../paraglide/runtime.js';
import { loadPdfEngine } from './render';
import { planToPdf } from './render-report';
import { ReportFailure, type WorkerReply, type WorkerRequest } from './worker-protocol';

/**
 * Makes the PDF off the main thread: the report, the maps and above all pdfmake's layout take
 * seconds of solid work for a large plan, and the page must keep answering (and keep syncing)
 * meanwhile. The page keeps one worker for several exports (see worker-host.ts), so pdfmake and
 * its fonts are loaded once, and requests come one at a time.
 */

// The DOM and webworker type libraries cannot both be loaded in one program: this is the part
// of the worker scope used here.
interface WorkerScope {
	onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
	postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

// A worker is only ever started to make a PDF: the engine loads while the page sends the plan and
// the report is built. A failure here is met again, and reported, by the render that needs it.
loadPdfEngine().catch(() => {});

scope.onmessage = async ({ data }) => {
	if (data?.type !== 'render') return;
	const { id } = data;
	// Words read in the active language (map labels, say) follow the page's choice, which the
	// worker cannot see: its scope has no localStorage.
	overwriteGetLocale(() => data.locale);
	try {
		const bytes = await planToPdf(data, (phase, fraction) =>
			scope.postMessage({ id, type: 'progress', phase, fraction })
		);
		const pdf =
			bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
				? (bytes.buffer as ArrayBuffer)
				: (bytes.slice().buffer as ArrayBuffer);
		scope.postMessage({ id, type: 'done', pdf }, [pdf]);
	} catch (error) {
		scope.postMessage({
			id,
			type: 'error',
			message: errorMessage(error),
			report: error instanceof ReportFailure
		});
	}
};
