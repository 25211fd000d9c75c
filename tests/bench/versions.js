#!/usr/bin/env node
// `npm run bench:versions [-- --quick]`: named versions on the large workshop. In Node: saving a
// version (encode + compress), its stored size against the raw state, decoding one and comparing
// two in one thread. In Chromium (the workshop opened from IndexedDB): saving as the app saves
// (the compare worker encodes its copy of the plan), and comparing through the real compare
// worker (cold: the worker starting; `compareMs`: two versions the worker never decoded;
// `compareCachedMs`: the same two again, from its cache; `compareNowMs`: a version with now;
// `compareWarmed*Ms`: a new worker started a second before, as the versions dialog starts it),
// with main-thread tasks over 50 ms recorded meanwhile (PerformanceObserver 'longtask'); today's
// summary from a version to now, in the worker (`summaryMs`) and, for comparison, made on the
// page's main thread (`summaryOnPageMs`); and, by kind of request, where the worker's time went
// (`phases`: inflate, load, read, diff... see src/lib/doc/compare-timings.ts). The page is built as the app is (one worker file), not served module by module.
// Prints one JSON object (progress on stderr) and writes tests/.artifacts/bench-versions.json.
// Timings are reported against their targets, never asserted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { chromiumLaunchArgs } from '../../scripts/chromium-args.js';
import { freePort } from '../../scripts/free-port.js';
import { describe, median, progress, root, round, runTsx } from './harness.js';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 7;
const artifacts = join(root, 'tests', '.artifacts');
const TARGETS = { saveMs: 100, compareMs: 500, longestTaskMs: 50, storedPercentOfRaw: 30 };
const PAGE_TIMEOUT_MS = 600_000;

/**
 * The Chromium part: the benchmark page (the app has no page for it) built by Vite as the app is
 * built, then served by Vite's preview server. Built, not served by the dev server: there the
 * compare worker loads each of its hundreds of modules by a request of its own (seconds on a
 * loaded machine), which no one using the app waits for: the app ships the worker as one file.
 */
async function browserPart() {
	const port = Number(process.env.BENCH_PORT ?? freePort());
	const outDir = join(artifacts, 'bench-versions-page');
	progress('versions: building the benchmark page');
	await build({
		configFile: false,
		root,
		logLevel: 'error',
		build: {
			outDir,
			emptyOutDir: true,
			rollupOptions: { input: join(root, 'tests', 'bench', 'versions-page.html') }
		},
		worker: { format: 'es' }
	});
	const server = await preview({
		configFile: false,
		root,
		logLevel: 'error',
		build: { outDir },
		preview: { port, host: '127.0.0.1', strictPort: true }
	});
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH,
		args: chromiumLaunchArgs
	});
	try {
		const page = await browser.newPage();
		page.on('pageerror', (error) => progress(`page error: ${describe(error)}`));
		// On a loaded machine the first load may pass the 30 s default.
		await page.goto(`http://127.0.0.1:${port}/tests/bench/versions-page.html?runs=${RUNS}`, {
			timeout: PAGE_TIMEOUT_MS
		});
		await page.waitForFunction(() => '__versionsBench' in window, null, {
			timeout: PAGE_TIMEOUT_MS,
			polling: 500
		});
		const result = await page.evaluate(() => /** @type {any} */ (window).__versionsBench);
		if (result.error) throw new Error(result.error);
		return result;
	} finally {
		await browser.close();
		await server.close();
	}
}

const load = { start: loadavg().map(round) };
progress('versions: Node part');
const node = await runTsx('tests/bench/versions-core.ts', quick ? ['--quick'] : []);
progress('versions: Chromium part');
/** @type {any} */
let chromiumResult;
try {
	const raw = await browserPart();
	/** @param {number[]} values */
	const stats = (values) => ({
		median: round(median(values) ?? 0),
		min: round(Math.min(...values))
	});
	/** The longest main-thread task while `kinds` of work ran. @param {string[]} kinds */
	const longest = (...kinds) =>
		round(
			Math.max(
				0,
				...raw.longTasks
					.filter((/** @type {any} */ task) => kinds.includes(task.kind))
					.map((/** @type {any} */ task) => task.ms)
			)
		);
	chromiumResult = {
		// As the app saves: the worker encodes its copy of the plan; the page only stores the bytes.
		saveMs: stats(raw.saveMs),
		saveWithSummaryMs: stats(raw.saveWithSummaryMs),
		longestTaskSaveMs: longest('save'),
		compareColdMs: round(raw.compareColdMs),
		compareMs: stats(raw.compareMs),
		compareCachedMs: stats(raw.compareCachedMs),
		// A version with now: the worker's copy of the plan is the "now" side.
		compareNowMs: stats(raw.compareNowMs),
		// Today's summary from a version to now: in the worker as the app makes it, and made on the
		// page's main thread instead (as it was made before), for comparison.
		summaryMs: stats(raw.summaryMs),
		longestTaskSummaryMs: longest('summary'),
		summaryOnPageMs: stats(raw.summaryOnPageMs),
		longestTaskSummaryOnPageMs: longest('summaryOnPage'),
		summaryHeadline: raw.summaryHeadline,
		// Those of the summary made on the page on purpose left out.
		longTasksOver50Ms: raw.longTasks.filter(
			(/** @type {any} */ task) => task.ms > 50 && task.kind !== 'summaryOnPage'
		).length,
		longTasks: raw.longTasks.map((/** @type {any} */ task) => [task.kind, round(task.ms)]),
		// The page's first save and comparison also start the worker: reported apart.
		longestTaskColdMs: longest('cold'),
		longestTaskMs: longest('fresh', 'cached'),
		longestTaskNowMs: longest('now'),
		// The first comparison of a page whose worker was started (its code warmed up on a small
		// plan, its copy of the plan loaded) when the dialog opened: of two versions, and with now.
		compareWarmedMs: round(raw.compareWarmedMs),
		compareWarmedNowMs: round(raw.compareWarmedNowMs),
		// The same when the two compared are those the dialog decodes ahead (the newest two), and
		// for the newest with now.
		compareWarmedPreparedMs: round(raw.compareWarmedPreparedMs),
		compareWarmedPreparedNowMs: round(raw.compareWarmedPreparedNowMs),
		longestTaskWarmedMs: longest('warmed', 'warmedNow', 'prepared', 'preparedNow'),
		longestTaskWarmUpMs: longest('warmUp'),
		// The same page waiting as long, with no comparison: what it does anyway.
		longestTaskIdleMs: longest('idle'),
		// Where the time went, median ms per phase (src/lib/doc/compare-timings.ts), by kind of request.
		phases: Object.fromEntries(
			Object.entries(raw.phases).map(([kind, list]) => [
				kind,
				Object.fromEntries(
					[...new Set(list.flatMap((/** @type {object} */ one) => Object.keys(one)))].map(
						(phase) => [
							phase,
							round(median(list.map((/** @type {any} */ one) => one[phase] ?? 0)) ?? 0)
						]
					)
				)
			])
		),
		changes: raw.changes
	};
} catch (error) {
	progress(`the Chromium part failed: ${describe(error)}`);
	chromiumResult = { error: describe(error) };
}

const verdict = (/** @type {number | undefined} */ value, /** @type {number} */ target) =>
	value === undefined ? 'not measured' : value <= target ? 'met' : 'missed';
const result = {
	benchmark: 'versions',
	quick,
	machine: { cpus: cpus().length, loadAverage: { ...load, end: loadavg().map(round) } },
	targets: TARGETS,
	node,
	chromium: chromiumResult,
	verdicts: {
		// A person saves in the browser: its figure is the one the target is about.
		saveMs: verdict(chromiumResult.saveMs?.median ?? node.saveMs.median, TARGETS.saveMs),
		saveMsNode: verdict(node.saveMs.median, TARGETS.saveMs),
		longestTaskSaveMs: verdict(chromiumResult.longestTaskSaveMs, TARGETS.longestTaskMs),
		compareMs: verdict(chromiumResult.compareMs?.median, TARGETS.compareMs),
		longestTaskMs: verdict(chromiumResult.longestTaskMs, TARGETS.longestTaskMs),
		compareNowMs: verdict(chromiumResult.compareNowMs?.median, TARGETS.compareMs),
		longestTaskNowMs: verdict(chromiumResult.longestTaskNowMs, TARGETS.longestTaskMs),
		summaryMs: verdict(chromiumResult.summaryMs?.median, TARGETS.compareMs),
		longestTaskSummaryMs: verdict(chromiumResult.longestTaskSummaryMs, TARGETS.longestTaskMs),
		// A page's first comparison with a worker not yet started (a direct call, never the dialog).
		longestTaskFirstCompareMs: verdict(chromiumResult.longestTaskColdMs, TARGETS.longestTaskMs),
		// The dialog starts the worker when it opens: the comparison a person makes first.
		compareWarmedMs: verdict(chromiumResult.compareWarmedMs, TARGETS.compareMs),
		compareWarmedNowMs: verdict(chromiumResult.compareWarmedNowMs, TARGETS.compareMs),
		compareWarmedPreparedMs: verdict(chromiumResult.compareWarmedPreparedMs, TARGETS.compareMs),
		compareWarmedPreparedNowMs: verdict(
			chromiumResult.compareWarmedPreparedNowMs,
			TARGETS.compareMs
		),
		longestTaskWarmedMs: verdict(
			Math.max(chromiumResult.longestTaskWarmedMs ?? 0, chromiumResult.longestTaskWarmUpMs ?? 0),
			TARGETS.longestTaskMs
		),
		storedPercentOfRaw: verdict(node.storedPercentOfRaw, TARGETS.storedPercentOfRaw)
	}
};
const json = JSON.stringify(result, null, 2);
mkdirSync(artifacts, { recursive: true });
writeFileSync(join(artifacts, 'bench-versions.json'), `${json}\n`);
console.log(json);
