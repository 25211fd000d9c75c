import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page, type Worker } from '@playwright/test';
import { buildReport } from '../../src/lib/domain/report';
import { CYRILLIC_NAME, MARKUP_NAME, referenceWorkshop } from '../factories/workshop';
import { referenceWorkshopFile } from './fixtures/workshop-files';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

const tool = (name: string, ...args: string[]) =>
	execFileSync(name, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** pdftotext's output with line breaks and break opportunities folded, so wrapped names match. */
const flat = (text: string) =>
	text
		.replace(/[\u200b\u00ad]/g, '')
		.replace(/\s+/g, ' ')
		.trim();

/** Imports the reference workshop through the home page; its file and a page model for it. */
async function importReference(page: Page) {
	const file = referenceWorkshopFile(1);
	const home = new HomePage(page);
	await home.goto();
	await home.importFile('reference.canal', file.buffer);
	// Leaving the page before the import has finished would abandon it.
	await expect(page.getByText(`Imported “${file.title}”.`)).toBeVisible();
	return { file, workshop: new WorkshopPage(page, file.id) };
}

test('the strategy PDF of the reference workshop: real download, checked with poppler and qpdf', async ({
	page
}) => {
	test.setTimeout(180_000);
	const dir = mkdtempSync(join(tmpdir(), 'canal-export-'));
	const plan = referenceWorkshop(1).toJSON();
	const { workshop } = await importReference(page);
	await workshop.gotoStep('stakeholders');

	// Mark a hostile stakeholder internal, and the privacy rules.
	const hidden = plan.stakeholders.find(
		(s) => s.name !== MARKUP_NAME && s.name !== CYRILLIC_NAME && s.name.length > 8
	)!;
	await workshop.openRecord(hidden.name);
	await page.getByLabel(`Internal: ${hidden.name} (left out of the public edition)`).check();
	await workshop.gotoStep('commitment');
	await page.getByLabel('Internal: Privacy rules (left out of the public edition)').check();
	await workshop.waitSaved();

	const pdf = await workshop.exportStrategy(dir, { format: 'PDF', pageSize: 'A4' });
	expect(pdf).toMatch(/\.pdf$/);
	tool('qpdf', '--check', pdf);
	const info = tool('pdfinfo', pdf);
	expect(info).toMatch(/Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
	const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
	expect(pages).toBeGreaterThanOrEqual(8);
	expect(pages).toBeLessThanOrEqual(60);

	const text = flat(tool('pdftotext', '-enc', 'UTF-8', pdf, '-'));
	for (const name of [
		...plan.stakeholders.map((s) => s.name),
		...plan.platforms.map((p) => p.name),
		...plan.goals.map((g) => g.statement.split('\n')[0] ?? '')
	])
		expect(text, name).toContain(flat(name));
	expect(text).toContain(flat(MARKUP_NAME));
	expect(text).toContain(CYRILLIC_NAME);

	// Section titles appear in the report's order (after the table of contents).
	const report = buildReport(plan, { edition: 'full', generatedAt: new Date() });
	const titles = [report.summary, ...report.steps, report.appendix].map((section) => section.title);
	let at = text.lastIndexOf(flat(titles[0]!));
	for (const title of titles.slice(1)) {
		const next = text.indexOf(flat(title), at + 1);
		expect(next, `"${title}" after the previous section`).toBeGreaterThan(at);
		at = next;
	}

	const fonts = tool('pdffonts', pdf);
	const fontRows = fonts.split('\n').slice(2).filter(Boolean);
	expect(fontRows.length).toBeGreaterThan(0);
	for (const row of fontRows) expect(row, row).toMatch(/\syes\s+(yes|no)\s+(yes|no)\s+\d+/);
	// Maps are vector drawings: no raster images in the PDF.
	expect(tool('pdfimages', '-list', pdf).split('\n').slice(2).filter(Boolean)).toEqual([]);

	// The public edition leaves out what was marked internal.
	const publicPdf = await workshop.exportStrategy(dir, {
		format: 'PDF',
		edition: 'Public',
		pageSize: 'LETTER'
	});
	expect(publicPdf).toMatch(/-public\.pdf$/);
	tool('qpdf', '--check', publicPdf);
	expect(tool('pdfinfo', publicPdf)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
	const publicText = flat(tool('pdftotext', '-enc', 'UTF-8', publicPdf, '-'));
	expect(publicText).not.toContain(flat(hidden.name));
	if (plan.commitment.privacyRules.trim())
		expect(publicText).not.toContain(flat(plan.commitment.privacyRules).slice(0, 40));
	expect(publicText).toContain(CYRILLIC_NAME);

	// Markdown: the same content, user text escaped.
	const markdown = readFileSync(await workshop.exportStrategy(dir, { format: 'Markdown' }), 'utf8');
	expect(markdown).not.toContain('<script>');
	expect(markdown).toContain(CYRILLIC_NAME);
	for (const platform of plan.platforms) expect(markdown).toContain(platform.name);
});

test('exports in a row share one warm worker, and an export after the worker failed still works', async ({
	page
}) => {
	test.setTimeout(240_000);
	const dir = mkdtempSync(join(tmpdir(), 'canal-export-warm-'));
	const { file, workshop } = await importReference(page);
	await workshop.gotoStep('purpose');

	const started: Worker[] = [];
	page.on('worker', (worker) => started.push(worker));
	const exportTimed = async () => {
		const from = Date.now();
		const pdf = await workshop.exportStrategy(dir, {
			format: 'PDF',
			pageSize: 'A4',
			timeoutMs: 120_000
		});
		const ms = Date.now() - from;
		tool('qpdf', '--check', pdf);
		expect(flat(tool('pdftotext', '-enc', 'UTF-8', pdf, '-'))).toContain(flat(file.title));
		return ms;
	};

	const cold = await exportTimed();
	const warm = await exportTimed();
	// Two exports (the dialog closed and opened again in between), one worker.
	expect(started).toHaveLength(1);
	test.info().annotations.push({ type: 'timing', description: `cold ${cold} ms, warm ${warm} ms` });

	// A worker that died quietly (no error event reaches the page) is replaced at the next export.
	await started[0]!.evaluate(() => close());
	await exportTimed();
	expect(started).toHaveLength(2);

	// So is one that failed while idle.
	await started[1]!.evaluate(() => {
		setTimeout(() => {
			throw new Error('the worker broke');
		});
	});
	await exportTimed();
	expect(started).toHaveLength(3);
	// And the export after that reuses the fresh worker again.
	await exportTimed();
	expect(started).toHaveLength(3);
});
