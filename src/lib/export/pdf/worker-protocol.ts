import type { Report } from '../../domain/report';
import type { PdfOptions } from './docDefinition';
import type { RenderPhase } from './render';

/**
 * Messages between the page and the PDF worker. The report and the map SVGs are plain data, so
 * they cross by structured clone; the document definition does not cross (it holds functions for
 * headers and page breaks) and is built inside the worker. The PDF comes back as a transferred
 * buffer, not a copy.
 */
export interface RenderRequest {
	type: 'render';
	report: Report;
	options: PdfOptions;
}

export type WorkerReply =
	| { type: 'progress'; phase: RenderPhase; fraction?: number }
	| { type: 'done'; pdf: ArrayBuffer }
	| { type: 'error'; message: string };
