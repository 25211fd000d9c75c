import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { strategyPlan } from '../../../../tests/factories/strategy-plan';
import { planToPdf } from './render-report';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/**
 * The export's wiring in Node: the main-thread path for real, and the worker path through a
 * stand-in Worker that runs the same render in this process (Node has no module workers that
 * Vite's `new URL(..., import.meta.url)` pattern can start).
 */

const plan = strategyPlan();
const isPdf = async (blob: Blob) =>
	new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer()).slice(0, 5)) === '%PDF-';

afterEach(() => vi.unstubAllGlobals());

// The page keeps one worker host (and its warm worker) per module instance: every test gets its
// own, so a worker stubbed for one test is never reused by the next.
let exportPdf: typeof import('./export-pdf').exportPdf;
let PdfExportError: typeof import('./export-pdf').PdfExportError;
beforeEach(async () => {
	vi.resetModules();
	({ exportPdf, PdfExportError } = await import('./export-pdf'));
});

/** A Worker that answers like pdf.worker.ts, or fails to load when `broken`. */
function fakeWorker(behaviour: 'works' | 'broken') {
	const created: string[] = [];
	class FakeWorker {
		onmessage: ((event: { data: WorkerReply }) => void) | null = null;
		onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
		onmessageerror: (() => void) | null = null;
		terminated = false;
		constructor(url: URL, options: { type: string }) {
			created.push(`${url.pathname.split('/').pop()} ${options.type}`);
		}
		postMessage(request: WorkerRequest) {
			setTimeout(async () => {
				if (behaviour === 'broken') {
					this.onerror?.({ message: 'module workers are not supported', preventDefault() {} });
					return;
				}
				const { id } = request;
				const bytes = await planToPdf(request, (phase, fraction) =>
					this.onmessage?.({ data: { id, type: 'progress', phase, fraction } })
				);
				this.onmessage?.({ data: { id, type: 'done', pdf: bytes.slice().buffer } });
			});
		}
		terminate() {
			this.terminated = true;
		}
	}
	return { FakeWorker, created };
}

describe('exportPdf', () => {
	it('without workers, makes the PDF on the page and says why', async () => {
		vi.stubGlobal('Worker', undefined);
		const phases: string[] = [];
		const blob = await exportPdf(plan, { edition: 'full', pageSize: 'A4' }, (p) => phases.push(p));
		expect(blob.type).toBe('application/pdf');
		expect(await isPdf(blob)).toBe(true);
		expect(phases.slice(0, 4)).toEqual([
			'Preparing the report',
			'Making the PDF on this page (this browser has no background workers); it may pause briefly',
			'Preparing the report',
			'Drawing the maps'
		]);
		expect(phases).toContain('Laying out the pages');
		expect(phases.at(-1)).toBe('Writing the pages (100%)');
	}, 60_000);

	it('renders in a module worker when there is one', async () => {
		const { FakeWorker, created } = fakeWorker('works');
		vi.stubGlobal('Worker', FakeWorker);
		const phases: string[] = [];
		const blob = await exportPdf(plan, { edition: 'public', pageSize: 'LETTER' }, (p) =>
			phases.push(p)
		);
		expect(created).toEqual(['pdf.worker.ts module']);
		expect(await isPdf(blob)).toBe(true);
		expect(phases.some((p) => p.startsWith('Making the PDF on this page'))).toBe(false);
	}, 60_000);

	it('falls back to the page when the worker cannot start', async () => {
		const { FakeWorker } = fakeWorker('broken');
		vi.stubGlobal('Worker', FakeWorker);
		const phases: string[] = [];
		const blob = await exportPdf(plan, { edition: 'full', pageSize: 'A4' }, (p) => phases.push(p));
		expect(await isPdf(blob)).toBe(true);
		expect(phases).toContain(
			'Making the PDF on this page instead (module workers are not supported); it may pause briefly'
		);
	}, 60_000);

	it('rejects with an AbortError when cancelled', async () => {
		const controller = new AbortController();
		controller.abort();
		await expect(
			exportPdf(plan, { edition: 'full', pageSize: 'A4', signal: controller.signal })
		).rejects.toMatchObject({ name: 'AbortError' });
	});

	it('turns a broken plan into a message a person can read', async () => {
		const broken = { ...plan, stakeholders: null } as unknown as typeof plan;
		const error = await exportPdf(broken, { edition: 'full', pageSize: 'A4' }).catch((e) => e);
		expect(error).toBeInstanceOf(PdfExportError);
		expect(error.message).toBe('The plan could not be turned into a report.');
	});
});

describe('pdf.worker', () => {
	it('answers a render request with progress and a transferred PDF', async () => {
		const replies: { message: WorkerReply; transfer?: Transferable[] }[] = [];
		const scope: {
			onmessage: ((event: { data: WorkerRequest }) => Promise<void>) | null;
			postMessage(message: WorkerReply, transfer?: Transferable[]): void;
		} = {
			onmessage: null,
			postMessage: (message, transfer) => replies.push({ message, transfer })
		};
		vi.stubGlobal('self', scope);
		vi.resetModules();
		await import('./pdf.worker');
		const request = {
			id: 7,
			type: 'render',
			plan,
			edition: 'full',
			pageSize: 'A4',
			locale: 'en',
			generatedAt: new Date()
		} as const;
		await scope.onmessage!({ data: request });
		const last = replies.at(-1)!;
		expect(last.message).toMatchObject({ id: 7, type: 'done' });
		expect(last.transfer).toHaveLength(1);
		expect(
			replies.map((reply) => reply.message.type === 'progress' && reply.message.phase)
		).toEqual(expect.arrayContaining(['report', 'maps', 'loading', 'layout', 'writing']));

		const broken = { ...plan, stakeholders: null } as unknown as typeof plan;
		await scope.onmessage!({ data: { ...request, id: 8, plan: broken } });
		expect(replies.at(-1)!.message).toMatchObject({ id: 8, type: 'error', report: true });
	}, 60_000);
});
