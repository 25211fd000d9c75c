import { errorMessage } from '../../domain/error-message';
import { planToPdf } from './render-report';
import { ReportFailure, type RenderRequest, type WorkerReply } from './worker-protocol';

/**
 * Makes the PDF off the main thread: the report, the maps and above all pdfmake's layout take
 * seconds of solid work for a large plan, and the page must keep answering (and keep syncing)
 * meanwhile. One worker per export; the page terminates it when the PDF arrives.
 */

// The DOM and webworker type libraries cannot both be loaded in one program: this is the part
// of the worker scope used here.
interface WorkerScope {
	onmessage: ((event: MessageEvent<RenderRequest>) => void) | null;
	postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = async ({ data }) => {
	if (data?.type !== 'render') return;
	try {
		const bytes = await planToPdf(data, (phase, fraction) =>
			scope.postMessage({ type: 'progress', phase, fraction })
		);
		const pdf =
			bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
				? (bytes.buffer as ArrayBuffer)
				: (bytes.slice().buffer as ArrayBuffer);
		scope.postMessage({ type: 'done', pdf }, [pdf]);
	} catch (error) {
		scope.postMessage({
			type: 'error',
			message: errorMessage(error),
			report: error instanceof ReportFailure
		});
	}
};
