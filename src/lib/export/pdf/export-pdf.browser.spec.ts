import { describe, expect, it } from 'vitest';
import { strategyPlan } from '../../../../tests/factories/strategy-plan';
import { exportPdf, pdfWorkerStats, PdfExportError, preparePdfExport } from './export-pdf';

/**
 * The export in real Chromium with the real module worker: the worker stays warm between exports
 * and a failed export never leaves the next one stuck.
 */

const plan = strategyPlan();
const pdfText = async (blob: Blob) => new TextDecoder('latin1').decode(await blob.arrayBuffer());
const isPdf = async (blob: Blob) => (await pdfText(blob)).startsWith('%PDF-');

async function timed(run: () => Promise<Blob>): Promise<{ blob: Blob; ms: number }> {
	const from = performance.now();
	const blob = await run();
	return { blob, ms: performance.now() - from };
}

describe('exportPdf in a real browser', () => {
	it('starts the worker when asked, and makes the second PDF in the same, warm worker', async () => {
		// What the export dialog does when it opens.
		preparePdfExport();
		expect(pdfWorkerStats().started).toBe(1);
		const phases: string[] = [];
		const cold = await timed(() =>
			exportPdf(plan, { edition: 'full', pageSize: 'A4' }, (phase) => phases.push(phase))
		);
		const warm = await timed(() => exportPdf(plan, { edition: 'public', pageSize: 'LETTER' }));
		expect(await isPdf(cold.blob)).toBe(true);
		expect(await isPdf(warm.blob)).toBe(true);
		expect(phases.some((phase) => phase.startsWith('Making the PDF on this page'))).toBe(false);
		expect(pdfWorkerStats()).toEqual({ started: 1, warmRenders: 1 });
		// The warm export skips loading the worker, pdfmake and its fonts. On a busy machine the
		// figures vary, so this is reported rather than asserted.
		console.info(`cold ${Math.round(cold.ms)} ms, warm ${Math.round(warm.ms)} ms`);
	}, 120_000);

	it('after a cancelled export and a failed one, the next export works', async () => {
		const before = pdfWorkerStats().started;
		const controller = new AbortController();
		const cancelled = exportPdf(plan, {
			edition: 'full',
			pageSize: 'A4',
			signal: controller.signal
		});
		setTimeout(() => controller.abort(), 50);
		await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });

		const broken = { ...plan, stakeholders: null } as unknown as typeof plan;
		const failed = await exportPdf(broken, { edition: 'full', pageSize: 'A4' }).catch(
			(error: unknown) => error
		);
		expect(failed).toBeInstanceOf(PdfExportError);

		const next = await exportPdf(plan, { edition: 'full', pageSize: 'A4' });
		expect(await isPdf(next)).toBe(true);
		// Cancelling stopped the warm worker; the failed report left its successor running.
		expect(pdfWorkerStats().started).toBe(before + 1);
	}, 120_000);
});
