#!/usr/bin/env node
// `npm run bench:export [-- --quick]`: what exporting the strategy costs. First the PDF engine in
// Node (export.ts: time, size, pages per workshop), then the real thing in Chromium through the
// export dialog: time from the click to the download, the longest main-thread task meanwhile
// (the page must not freeze: pdfmake runs in a worker), and the JavaScript loaded before and
// because of the export (the PDF code must not be part of a workshop's first load).
// Prints one JSON object and writes tests/.artifacts/bench-export.json. Never asserts a timing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumLaunchArgs } from '../../scripts/chromium-args.js';
import { freePort } from '../../scripts/free-port.js';
import { describe, importFile, progress, root, round, runTsx, startServer } from './harness.js';

const quick = process.argv.includes('--quick');
const port = Number(process.env.BENCH_PORT ?? freePort());
const base = `http://127.0.0.1:${port}`;
const artifacts = join(root, 'tests', '.artifacts');
const TARGETS = {
	reference: { ms: 2_000, bytes: 1_000_000 },
	large: { ms: 6_000, bytes: 5_000_000 },
	longestTaskMs: 50
};

function installObserver() {
	const w = /** @type {any} */ (window);
	w.__tasks = [];
	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				w.__tasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// No long task timing here: reported as none.
	}
}

/**
 * @param {import('playwright').Browser} browser
 * @param {{ id: string, title: string, path: string }} workshop
 * @param {string} name
 */
async function measure(browser, workshop, name) {
	const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
	await context.addInitScript(installObserver);
	/** @type {{ url: string, bytes: number, gzip: number, phase: string }[]} */
	const scripts = [];
	let phase = 'open';
	context.on('response', async (response) => {
		const url = response.url();
		if (!/\.m?js(\?|$)/.test(url)) return;
		const current = phase;
		try {
			const body = await response.body();
			scripts.push({ url, bytes: body.length, gzip: gzipSync(body).length, phase: current });
		} catch {
			// A response without a body (cached or aborted): not counted.
		}
	});
	try {
		const page = await context.newPage();
		await importFile(page, base, readFileSync(workshop.path), workshop.title);
		await page.goto(`${base}/w/${workshop.id}/purpose`);
		await page.waitForFunction(
			() => performance.getEntriesByName('canal:step-ready', 'mark').length > 0
		);
		await page.waitForTimeout(500);
		phase = 'export';
		await page.getByRole('button', { name: 'Export strategy' }).click();
		const dialog = page.getByRole('dialog', { name: 'Export the strategy' });
		await dialog.getByLabel('Page size (PDF)').selectOption('A4');
		const started = await page.evaluate(() => performance.now());
		const download = page.waitForEvent('download', { timeout: 120_000 });
		await dialog.getByRole('button', { name: 'Download PDF' }).click();
		const file = await download;
		const ended = await page.evaluate(() => performance.now());
		const path = join(artifacts, `bench-${name}.pdf`);
		await file.saveAs(path);
		const longest = await page.evaluate(
			({ from, to }) =>
				Math.max(
					0,
					.../** @type {any} */ (window).__tasks
						.filter(
							(/** @type {{ start: number, duration: number }} */ t) =>
								t.start + t.duration >= from && t.start <= to
						)
						.map((/** @type {{ duration: number }} */ t) => t.duration)
				),
			{ from: started, to: ended }
		);
		const sum = (/** @type {string} */ which, /** @type {'bytes' | 'gzip'} */ key) =>
			scripts.filter((s) => s.phase === which).reduce((total, s) => total + s[key], 0);
		return {
			clickToDownloadMs: round(ended - started),
			pdfBytes: readFileSync(path).length,
			longestMainThreadTaskMs: round(longest),
			jsBeforeExport: { bytes: sum('open', 'bytes'), gzipBytes: sum('open', 'gzip') },
			jsLoadedByExport: {
				bytes: sum('export', 'bytes'),
				gzipBytes: sum('export', 'gzip'),
				files: scripts
					.filter((s) => s.phase === 'export')
					.map((s) => ({ file: s.url.split('/').pop(), gzipBytes: s.gzip }))
			},
			pdfCodeInFirstLoad: scripts.some((s) => s.phase === 'open' && /pdf/i.test(s.url))
		};
	} finally {
		await context.close();
	}
}

async function main() {
	mkdirSync(artifacts, { recursive: true });
	/** @type {Record<string, any>} */
	const result = { quick, date: new Date().toISOString(), targets: TARGETS };
	progress('export in Node (pdfmake directly)');
	try {
		result.node = await runTsx(join('tests', 'bench', 'export.ts'), quick ? ['--quick'] : []);
	} catch (error) {
		result.node = { error: describe(error) };
	}
	progress('writing the reference and large workshops');
	const workshops = await runTsx(join('tests', 'bench', 'write-workshops.ts'), [
		'--dir',
		artifacts
	]);
	const stopServer = await startServer(port);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: chromiumLaunchArgs
	});
	result.browser = {};
	try {
		for (const name of quick ? ['reference'] : ['reference', 'large']) {
			progress(`export in Chromium: ${name}`);
			try {
				result.browser[name] = await measure(browser, workshops[name], name);
			} catch (error) {
				result.browser[name] = { error: describe(error) };
			}
		}
	} finally {
		await browser.close();
		stopServer();
	}
	const json = JSON.stringify(result, null, '\t');
	writeFileSync(join(artifacts, 'bench-export.json'), `${json}\n`);
	process.stdout.write(`${json}\n`);
}

await main();
