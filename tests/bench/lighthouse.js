#!/usr/bin/env node
// `npm run bench:lighthouse [-- --quick] [-- --step <id>] [-- --keep <dir>]`: Lighthouse on the home page and on a
// workshop step, with the mobile preset (and the desktop one unless --quick), in Debian's
// Chromium. Prints one JSON object on stdout (progress on stderr) and writes it to
// tests/.artifacts/bench-lighthouse.json: the median scores of each page (performance,
// accessibility, best practices), LCP, TBT and CLS, the accessibility audits that fail and where
// performance loses time. Scores are reported against their targets, never asserted.
//
// The step must find its workshop in the browser's IndexedDB. Lighthouse clears a site's storage
// before it loads a page, so the home page is measured as a first visit (storage cleared), then
// the reference workshop is imported through the home page in the same Chromium profile, its
// service worker and caches are removed (so the step still loads its code from the network, as
// on a first visit), and the step is measured with Lighthouse's `disableStorageReset`.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright';
import { chromiumLaunchArgs } from '../../scripts/chromium-args.js';
import { freePort } from '../../scripts/free-port.js';
import { describe, importFile, median, progress, root, runTsx, startServer } from './harness.js';

const quick = process.argv.includes('--quick');
const stepArgument = process.argv.indexOf('--step');
const STEP = stepArgument > 0 ? (process.argv[stepArgument + 1] ?? 'purpose') : 'purpose';
const RUNS = quick ? 1 : 3;
// `--keep <dir>` writes every run's whole Lighthouse report there, to read where time goes.
const keepArgument = process.argv.indexOf('--keep');
const KEEP = keepArgument > 0 ? process.argv[keepArgument + 1] : undefined;
const FORM_FACTORS = quick ? ['mobile'] : ['mobile', 'desktop'];
const TARGETS = { performance: 95, accessibility: 100 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const port = Number(process.env.BENCH_PORT ?? freePort());
const base = `http://127.0.0.1:${port}`;
const artifacts = join(root, 'tests', '.artifacts');

const chromePath = process.env.CHROMIUM_PATH;
if (!chromePath) {
	console.error('CHROMIUM_PATH is not set: run through `node scripts/with-chromium.js`.');
	process.exit(2);
}

/** @param {number | null | undefined} score Lighthouse's 0–1 score as 0–100. */
const percent = (score) => (typeof score === 'number' ? Math.round(score * 100) : null);

/**
 * What one Lighthouse run says, in a few numbers and lists.
 * @param {import('lighthouse').Result} lhr
 */
function summarise(lhr) {
	const audit = (/** @type {string} */ id) => lhr.audits[id];
	const failing = (/** @type {string} */ category) =>
		lhr.categories[category]?.auditRefs
			.filter((ref) => ref.weight > 0)
			.map((ref) => audit(ref.id))
			.filter((result) => result && result.score !== null && result.score < 1)
			.map((result) => {
				const items =
					/** @type {{ items?: { node?: { snippet?: string, explanation?: string } }[] }} */ (
						result?.details ?? {}
					).items;
				return {
					id: result?.id,
					title: result?.title,
					count: items?.length ?? 0,
					examples: (items ?? []).slice(0, 3).map((item) => ({
						snippet: item.node?.snippet,
						why: item.node?.explanation?.split('\n').slice(0, 3).join(' ')
					}))
				};
			}) ?? [];
	// Where the simulated load spends its time, largest first.
	const opportunities = Object.values(lhr.audits)
		.filter(
			(result) =>
				result.details?.type === 'opportunity' &&
				typeof result.numericValue === 'number' &&
				result.numericValue > 0
		)
		.sort((a, b) => (b.numericValue ?? 0) - (a.numericValue ?? 0))
		.slice(0, 5)
		.map((result) => ({ id: result.id, savingsMs: Math.round(result.numericValue ?? 0) }));
	const resources =
		/** @type {{ items?: { resourceType: string, transferSize: number, requestCount: number }[] }} */ (
			audit('resource-summary')?.details ?? {}
		).items;
	const script = resources?.find((item) => item.resourceType === 'script');
	return {
		scores: Object.fromEntries(
			CATEGORIES.map((category) => [category, percent(lhr.categories[category]?.score)])
		),
		lcpMs: Math.round(audit('largest-contentful-paint')?.numericValue ?? 0),
		fcpMs: Math.round(audit('first-contentful-paint')?.numericValue ?? 0),
		tbtMs: Math.round(audit('total-blocking-time')?.numericValue ?? 0),
		// Main-thread work during the load and the part of it spent in scripts: steadier than TBT
		// on a busy machine, to compare a change against the old code measured in the same minutes.
		mainThreadMs: Math.round(audit('mainthread-work-breakdown')?.numericValue ?? 0),
		scriptMs: Math.round(audit('bootup-time')?.numericValue ?? 0),
		cls: Math.round((audit('cumulative-layout-shift')?.numericValue ?? 0) * 1000) / 1000,
		scriptTransferBytes: script?.transferSize ?? null,
		scriptRequests: script?.requestCount ?? null,
		failingAccessibility: failing('accessibility'),
		failingBestPractices: failing('best-practices').map(({ id, title }) => ({ id, title })),
		opportunities,
		warnings: lhr.runtimeError
			? [...lhr.runWarnings, `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`]
			: lhr.runWarnings,
		finalUrl: lhr.finalDisplayedUrl
	};
}

/**
 * Runs Lighthouse `RUNS` times on one URL and keeps the median of each number.
 * @param {number} chromePort
 * @param {string} url
 * @param {'mobile' | 'desktop'} formFactor
 * @param {boolean} keepStorage
 */
async function measure(chromePort, url, formFactor, keepStorage) {
	/** @type {ReturnType<typeof summarise>[]} */
	const runs = [];
	for (let run = 1; run <= RUNS; run++) {
		const started = Date.now();
		const result = await lighthouse(
			url,
			{
				port: chromePort,
				output: 'json',
				logLevel: 'error',
				onlyCategories: CATEGORIES,
				disableStorageReset: keepStorage
			},
			formFactor === 'desktop' ? desktopConfig : undefined
		);
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const summary = summarise(result.lhr);
		if (KEEP) {
			mkdirSync(KEEP, { recursive: true });
			const name = `${formFactor}${new URL(url).pathname.replaceAll('/', '_')}-${run}.json`;
			writeFileSync(join(KEEP, name), JSON.stringify(result.lhr));
		}
		runs.push(summary);
		progress(
			`${formFactor} ${new URL(url).pathname} run ${run}: ${JSON.stringify(summary.scores)} ` +
				`LCP ${summary.lcpMs} ms, TBT ${summary.tbtMs} ms, main thread ${summary.mainThreadMs} ms ` +
				`(scripts ${summary.scriptMs} ms), CLS ${summary.cls} (${Math.round((Date.now() - started) / 1000)} s)`
		);
	}
	const middle = (/** @type {(run: ReturnType<typeof summarise>) => number | null} */ pick) =>
		median(runs.map(pick).filter((value) => value !== null));
	const last = runs[runs.length - 1];
	return {
		url: new URL(url).pathname,
		formFactor,
		runs: runs.length,
		scores: Object.fromEntries(
			CATEGORIES.map((category) => [category, middle((run) => run.scores[category] ?? null)])
		),
		lcpMs: middle((run) => run.lcpMs),
		fcpMs: middle((run) => run.fcpMs),
		tbtMs: middle((run) => run.tbtMs),
		mainThreadMs: middle((run) => run.mainThreadMs),
		scriptMs: middle((run) => run.scriptMs),
		cls: middle((run) => run.cls),
		scriptTransferBytes: last?.scriptTransferBytes ?? null,
		scriptRequests: last?.scriptRequests ?? null,
		// Audits that failed in any run (a flaky one is still worth a look).
		failingAccessibility: [
			...new Map(
				runs.flatMap((run) => run.failingAccessibility).map((audit) => [audit.id, audit])
			).values()
		],
		failingBestPractices: [
			...new Map(
				runs.flatMap((run) => run.failingBestPractices).map((audit) => [audit.id, audit])
			).values()
		],
		opportunities: last?.opportunities ?? [],
		warnings: [...new Set(runs.flatMap((run) => run.warnings))],
		perRun: runs.map((run) => ({
			...run.scores,
			lcpMs: run.lcpMs,
			tbtMs: run.tbtMs,
			mainThreadMs: run.mainThreadMs,
			cls: run.cls
		}))
	};
}

/**
 * Imports the reference workshop through the home page in the Chromium Lighthouse uses, then
 * removes the service worker and its caches so the step's code still comes from the network.
 * @param {number} chromePort
 * @param {Buffer} file
 * @param {string} title
 */
async function seedWorkshop(chromePort, file, title) {
	const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chromePort}`);
	try {
		const context = browser.contexts()[0] ?? (await browser.newContext());
		const page = await context.newPage();
		await importFile(page, base, file, title);
		// A first visit: the step's code must come over the network, not from the import's cache.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.clearBrowserCache');
		await cdp.detach();
		await page.evaluate(async () => {
			// SvelteKit registers the worker after the page loads; once it is active it has filled
			// its caches, and removing it then leaves nothing behind.
			await Promise.race([
				navigator.serviceWorker.ready,
				new Promise((resolve) => setTimeout(resolve, 15_000))
			]);
			const registrations = await navigator.serviceWorker.getRegistrations();
			await Promise.all(registrations.map((registration) => registration.unregister()));
			const names = await caches.keys();
			await Promise.all(names.map((name) => caches.delete(name)));
		});
		await page.close();
	} finally {
		// Disconnects and leaves Chromium running: Lighthouse measures in it next.
		await browser.close().catch(() => {});
	}
}

const started = Date.now();
progress('writing the reference workshop file');
const workshops = await runTsx(join('tests', 'bench', 'write-workshops.ts'), ['--dir', artifacts]);
const reference = /** @type {{ id: string, title: string, path: string }} */ (workshops.reference);
const file = readFileSync(reference.path);

progress(`starting the app on ${base}`);
const stopServer = await startServer(port);
const userDataDir = mkdtempSync(join(tmpdir(), 'canal-lighthouse-'));
const chrome = await chromeLauncher.launch({
	chromePath,
	userDataDir,
	chromeFlags: [...chromiumLaunchArgs, '--headless=new'],
	logLevel: 'silent'
});
/** @type {Awaited<ReturnType<typeof measure>>[]} */
const pages = [];
let failure = null;
try {
	for (const formFactor of FORM_FACTORS)
		pages.push(await measure(chrome.port, `${base}/`, /** @type {any} */ (formFactor), false));
	progress('importing the reference workshop into the same Chromium profile');
	await seedWorkshop(chrome.port, file, reference.title);
	const stepUrl = `${base}/w/${reference.id}/${STEP}`;
	for (const formFactor of FORM_FACTORS)
		pages.push(await measure(chrome.port, stepUrl, /** @type {any} */ (formFactor), true));
} catch (error) {
	failure = describe(error);
	progress(`stopped: ${failure}`);
} finally {
	await chrome.kill();
	rmSync(userDataDir, { recursive: true, force: true });
	stopServer();
}

const report = {
	benchmark: 'lighthouse',
	quick,
	lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
	chromium: chromePath,
	machine: {
		cpus: cpus().length,
		loadAverage: loadavg().map((load) => Math.round(load * 10) / 10)
	},
	targets: TARGETS,
	pages: pages.map((page) => ({
		...page,
		meetsTargets:
			(page.scores.performance ?? 0) >= TARGETS.performance &&
			(page.scores.accessibility ?? 0) >= TARGETS.accessibility
	})),
	failure,
	durationS: Math.round((Date.now() - started) / 1000)
};
mkdirSync(artifacts, { recursive: true });
writeFileSync(join(artifacts, 'bench-lighthouse.json'), JSON.stringify(report, null, 2));
console.log(JSON.stringify(report, null, 2));
