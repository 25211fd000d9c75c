#!/usr/bin/env node
// `npm run bench:export [-- --quick] [-- --only world] [-- --cpu]`: what exporting the strategy costs. First the PDF engine in
// Node (export.ts: time, size, pages per workshop), then the real thing in Chromium through the
// export dialog: time from the click to the download, for the first export of a visit (cold: the
// worker starts and loads pdfmake and its fonts) and for the ones after it (warm: the same worker
// again); the phases the dialog showed and when; the longest main-thread task meanwhile (the page
// must not freeze: pdfmake runs in a worker); the workers started; and the JavaScript loaded
// before and because of the export (the PDF code must not be part of a workshop's first load).
// `--cpu` also traces each export and reports the CPU time of the worker and of the page's main
// thread: on a shared, loaded machine these move far less than the times from click to download.
// Prints one JSON object and writes tests/.artifacts/bench-export.json. Never asserts a timing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumLaunchArgs } from '../../scripts/chromium-args.js';
import { freePort } from '../../scripts/free-port.js';
import {
	describe,
	importFile,
	median,
	progress,
	root,
	round,
	runTsx,
	startServer
} from './harness.js';

const quick = process.argv.includes('--quick');
/** `--only world`: one workshop in Chromium (and no Node part), for a quick look at one figure. */
const only = process.argv.includes('--only')
	? process.argv[process.argv.indexOf('--only') + 1]
	: null;
/** Whether to trace the exports for the CPU time of the worker and of the main thread. */
const cpu = process.argv.includes('--cpu');
/** Warm exports after the cold one, per workshop; the figure is their median. */
const WARM_RUNS = quick ? 2 : 4;
const port = Number(process.env.BENCH_PORT ?? freePort());
const base = `http://127.0.0.1:${port}`;
const artifacts = join(root, 'tests', '.artifacts');
const TARGETS = {
	reference: { warmMs: 2_000, coldMs: 3_000, bytes: 1_000_000 },
	large: { warmMs: 3_000, coldMs: 5_000, bytes: 5_000_000 },
	/** The reference workshop in a dozen scripts: the first export also fetches their fonts. */
	world: { warmMs: 3_000, coldMs: 6_000, bytes: 2_000_000 },
	longestTaskMs: 50
};

function installObserver() {
	const w = /** @type {any} */ (window);
	w.__tasks = [];
	/** What the export dialog's status line said, and when. */
	w.__phases = [];
	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				w.__tasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// No long task timing here: reported as none.
	}
	new MutationObserver(() => {
		const status = document.querySelector('.export-progress');
		const text = status?.textContent?.trim() ?? '';
		// "Writing the pages (37%)" is one phase, however many percent steps it shows.
		const phase = text.replace(/ \(\d+%\)$/, '');
		if (phase !== '' && w.__phases.at(-1)?.phase !== phase)
			w.__phases.push({ phase, at: performance.now() });
	}).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Pages of a PDF, as poppler counts them (pdfinfo), or null where it is not installed. */
function pdfPages(/** @type {string} */ path) {
	try {
		const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
		return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
	} catch {
		return null;
	}
}

/**
 * One export through the open dialog: click to download, the longest main-thread task meanwhile,
 * and how long each phase the dialog showed lasted.
 * @param {import('playwright').Page} page
 * @param {import('playwright').Locator} dialog
 * @param {string} path
 */
async function exportOnce(page, dialog, path) {
	const started = await page.evaluate(() => {
		/** @type {any} */ (window).__phases = [];
		performance.mark('bench:export-start');
		return performance.now();
	});
	const download = page.waitForEvent('download', { timeout: 180_000 });
	await dialog.getByRole('button', { name: 'Download PDF' }).click();
	const file = await download;
	const ended = await page.evaluate(() => {
		performance.mark('bench:export-end');
		return performance.now();
	});
	await file.saveAs(path);
	const { longest, phases } = await page.evaluate(
		({ from, to }) => {
			const w = /** @type {any} */ (window);
			/** @type {{ phase: string, at: number }[]} */
			const seen = w.__phases;
			return {
				longest: Math.max(
					0,
					...w.__tasks
						.filter(
							(/** @type {{ start: number, duration: number }} */ t) =>
								t.start + t.duration >= from && t.start <= to
						)
						.map((/** @type {{ duration: number }} */ t) => t.duration)
				),
				phases: seen.map((entry, index) => ({
					phase: entry.phase,
					ms: Math.round((seen[index + 1]?.at ?? to) - entry.at)
				}))
			};
		},
		{ from: started, to: ended }
	);
	return {
		clickToDownloadMs: round(ended - started),
		longestMainThreadTaskMs: round(longest),
		phases
	};
}

/**
 * CPU time of the worker and of the page's main thread during each export, from a trace of the
 * exports: the thread time of their top-level tasks between the marks exportOnce sets.
 * @param {Buffer} trace
 */
function cpuTimes(trace) {
	/** @typedef {{ ph: string, name: string, pid: number, tid: number, ts: number, dur?: number, tdur?: number, args?: { name?: string } }} TraceEvent */
	/** @type {TraceEvent[] | { traceEvents: TraceEvent[] }} */
	const parsed = JSON.parse(trace.toString('utf8'));
	const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
	/** @type {Map<string, string>} */
	const threads = new Map();
	for (const e of events)
		if (e.ph === 'M' && e.name === 'thread_name')
			threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
	const marks = (/** @type {string} */ name) =>
		events
			.filter((e) => e.name === name)
			.map((e) => e.ts)
			.sort((a, b) => a - b);
	const starts = marks('bench:export-start');
	const ends = marks('bench:export-end');
	const tasks = events
		.filter(
			(e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
		)
		.sort((a, b) => a.ts - b.ts);
	return starts.map((from, run) => {
		const to = ends[run] ?? Infinity;
		/** @type {Record<string, number>} */
		const busyUntil = {};
		const total = { workerCpuMs: 0, mainThreadCpuMs: 0 };
		for (const task of tasks) {
			if (task.ts < from || task.ts > to) continue;
			const thread = threads.get(`${task.pid}:${task.tid}`) ?? '';
			const key = /DedicatedWorker/.test(thread)
				? 'workerCpuMs'
				: thread === 'CrRendererMain'
					? 'mainThreadCpuMs'
					: null;
			if (!key) continue;
			// The same task is traced twice, one inside the other: counted once.
			if ((busyUntil[thread] ?? 0) > task.ts) continue;
			busyUntil[thread] = task.ts + (task.dur ?? 0);
			total[key] += (task.tdur ?? task.dur ?? 0) / 1000;
		}
		return { workerCpuMs: round(total.workerCpuMs), mainThreadCpuMs: round(total.mainThreadCpuMs) };
	});
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
	/** @type {Record<string, { files: number, bytes: number }>} */
	const fonts = {};
	let phase = 'open';
	context.on('response', async (response) => {
		const url = response.url();
		// The Noto slices an export fetches, by family ("noto-sans-sc-57-400-normal.<hash>.woff").
		const font =
			/\/(noto-emoji|noto-sans-(?:sc|tc|jp|kr|arabic|hebrew|thai|devanagari))-[\w-]+-(?:400|700)-normal[.-][\w-]+\.woff$/.exec(
				url
			);
		if (font) {
			try {
				const family = (fonts[/** @type {string} */ (font[1])] ??= { files: 0, bytes: 0 });
				family.files += 1;
				family.bytes += (await response.body()).length;
			} catch {
				// Not counted.
			}
			return;
		}
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
		let workers = 0;
		page.on('worker', () => (workers += 1));
		await page.getByRole('button', { name: 'Export strategy' }).click();
		const dialog = page.getByRole('dialog', { name: 'Export the strategy' });
		await dialog.getByLabel('Page size (PDF)').selectOption('A4');
		/** @type {Awaited<ReturnType<typeof exportOnce>>[]} */
		const runs = [];
		if (cpu)
			await browser.startTracing(page, {
				categories: [
					'toplevel',
					'devtools.timeline',
					'disabled-by-default-devtools.timeline',
					'blink.user_timing'
				]
			});
		for (let run = 0; run <= WARM_RUNS; run++) {
			runs.push(await exportOnce(page, dialog, join(artifacts, `bench-${name}.pdf`)));
			progress(`${name} ${run === 0 ? 'cold' : 'warm'}: ${runs.at(-1)?.clickToDownloadMs} ms`);
			// The download's own bookkeeping settles before the next click.
			await page.waitForTimeout(300);
		}
		const times = cpu ? cpuTimes(await browser.stopTracing()) : null;
		const [cold, ...warm] = runs;
		const warmMs = median(warm.map((run) => run.clickToDownloadMs));
		const target = TARGETS[/** @type {'reference' | 'large' | 'world'} */ (name)];
		const pdf = join(artifacts, `bench-${name}.pdf`);
		const pdfBytes = readFileSync(pdf).length;
		const sum = (/** @type {string} */ which, /** @type {'bytes' | 'gzip'} */ key) =>
			scripts.filter((s) => s.phase === which).reduce((total, s) => total + s[key], 0);
		return {
			coldMs: cold?.clickToDownloadMs,
			warmMs,
			warmRunsMs: warm.map((run) => run.clickToDownloadMs),
			...(times
				? {
						cpu: {
							cold: times[0],
							warm: {
								workerCpuMs: median(times.slice(1).map((t) => t.workerCpuMs)),
								mainThreadCpuMs: median(times.slice(1).map((t) => t.mainThreadCpuMs))
							},
							runs: times
						}
					}
				: {}),
			withinTarget: {
				warm: warmMs != null && warmMs <= target.warmMs,
				cold: (cold?.clickToDownloadMs ?? Infinity) <= target.coldMs,
				bytes: pdfBytes <= target.bytes
			},
			pdfBytes,
			pages: pdfPages(pdf),
			workersStarted: workers,
			longestMainThreadTaskMs: Math.max(...runs.map((run) => run.longestMainThreadTaskMs)),
			phases: { cold: cold?.phases, warm: warm.at(-1)?.phases },
			jsBeforeExport: { bytes: sum('open', 'bytes'), gzipBytes: sum('open', 'gzip') },
			jsLoadedByExport: {
				bytes: sum('export', 'bytes'),
				gzipBytes: sum('export', 'gzip'),
				files: scripts
					.filter((s) => s.phase === 'export')
					.map((s) => ({ file: s.url.split('/').pop(), gzipBytes: s.gzip }))
			},
			pdfCodeInFirstLoad: scripts.some((s) => s.phase === 'open' && /pdf/i.test(s.url)),
			fontsFetched: {
				byFamily: fonts,
				bytes: Object.values(fonts).reduce((total, family) => total + family.bytes, 0)
			}
		};
	} finally {
		await context.close();
	}
}

async function main() {
	mkdirSync(artifacts, { recursive: true });
	/** @type {Record<string, any>} */
	const result = {
		quick,
		date: new Date().toISOString(),
		loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number),
		targets: TARGETS
	};
	if (!only) {
		progress('export in Node (pdfmake directly)');
		try {
			result.node = await runTsx(join('tests', 'bench', 'export.ts'), quick ? ['--quick'] : []);
		} catch (error) {
			result.node = { error: describe(error) };
		}
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
		for (const name of only ? [only] : ['reference', 'large', 'world']) {
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
