import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { WORLD_NAMES } from '../factories/world-scripts';
import { worldScriptsWorkshopFile } from './fixtures/workshop-files';
import { HomePage } from './pages/home-page';
import { WorkshopPage } from './pages/workshop-page';

const tool = (name: string, ...args: string[]) =>
	execFileSync(name, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/**
 * A plan in a dozen scripts exported as the app does it: the first export fetches the few font
 * slices its text needs (and nothing else of the fonts), the service worker keeps them, and with
 * the network gone a fresh page still exports the same PDF.
 */
test('the PDF of a plan in many scripts: fonts fetched once, then exported offline', async ({
	page,
	context
}) => {
	test.setTimeout(480_000);
	const dir = mkdtempSync(join(tmpdir(), 'canal-world-e2e-'));
	const file = worldScriptsWorkshopFile();
	const home = new HomePage(page);
	await home.goto();
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 15_000
	});
	await home.importFile('world.canal', file.buffer);
	await expect(page.getByText(`Imported “${file.title}”.`)).toBeVisible();
	const workshop = new WorkshopPage(page, file.id);
	await workshop.gotoStep('purpose');

	const fonts: string[] = [];
	context.on('request', (request) => {
		if (/\/noto-[\w-]+\.woff$/.test(new URL(request.url()).pathname)) fonts.push(request.url());
	});
	const online = await workshop.exportStrategy(dir, {
		format: 'PDF',
		pageSize: 'A4',
		timeoutMs: 200_000
	});
	// A few slices per script, regular and (where bold text uses them) bold, not the hundreds of
	// files the Chinese, Japanese and Korean fonts are (90 measured with the bold slices).
	expect(fonts.length).toBeGreaterThan(8);
	expect(fonts.length).toBeLessThan(120);

	await context.setOffline(true);
	try {
		// A fresh page and a fresh worker: nothing of the first export is left in memory.
		await page.reload();
		await workshop.gotoStep('purpose');
		const offline = await workshop.exportStrategy(dir, {
			format: 'PDF',
			pageSize: 'A4',
			timeoutMs: 200_000
		});
		for (const pdf of [online, offline]) {
			tool('qpdf', '--check', pdf);
			const rows = tool('pdffonts', pdf).split('\n').slice(2).filter(Boolean);
			for (const row of rows) expect(row, row).toMatch(/^[A-Z]{6}\+\S+\s.*\syes\s+yes\s+yes\s/);
			const names = rows.join('\n');
			for (const family of ['NotoSansSC', 'NotoSansArabic', 'NotoSansHebrew', 'NotoEmoji'])
				expect(names).toContain(family);
			const text = tool('pdftotext', '-enc', 'UTF-8', pdf, '-').normalize('NFKC');
			for (const name of [WORLD_NAMES.simplified, WORLD_NAMES.hebrew, WORLD_NAMES.thai])
				expect(text).toContain(name);
		}
	} finally {
		await context.setOffline(false);
	}
});
