#!/usr/bin/env node
// `npm run bench [-- --quick]`: measures Canal's document size, how long the large workshop takes to
// open from IndexedDB, and how much JavaScript a workshop route needs before its first step shows.
// Prints one JSON object on stdout (progress goes to stderr) and writes it to
// tests/.artifacts/bench.json. Timings are reported against their targets, never asserted: a slow
// CI machine must not turn a benchmark into a flaky failure.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumLaunchArgs } from '../../scripts/chromium-args.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const artifacts = join(root, 'tests', '.artifacts');
const quick = process.argv.includes('--quick');
// Not 4190: it is on the Fetch standard's list of blocked ports, so Chromium and Node's fetch refuse it.
const port = Number(process.env.BENCH_PORT ?? 4191);
const base = `http://127.0.0.1:${port}`;
const openRuns = quick ? 5 : 15;
const OPEN_TARGET_MS = 600;
const INITIAL_JS_TARGET_BYTES = 120 * 1024;
const OPEN_STEP = 'stakeholders';
const JS_STEP = 'purpose';
const IMPORT_LABEL = 'Import a workshop file';
const OPEN_START = 'canal:open-start';
const STEP_READY = 'canal:step-ready';
/** How long to wait for the step to render before calling the UI not ready. */
const READY_TIMEOUT_MS = 30_000;

/** @param {string} message */
function progress(message) {
	process.stderr.write(`[bench] ${message}\n`);
}

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	if (sorted.length === 0) return null;
	return sorted.length % 2
		? sorted[middle]
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** @param {number} ms */
const round = (ms) => Math.round(ms * 10) / 10;

/**
 * @param {unknown} error
 * @returns {string}
 */
const describe = (error) =>
	error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);

/**
 * Runs a TypeScript benchmark part with tsx and parses the JSON it prints.
 * @param {string} script
 * @param {string[]} args
 * @returns {Promise<any>}
 */
function runTsx(script, args) {
	return new Promise((resolve, reject) => {
		const tsx = join(
			root,
			'node_modules',
			'.bin',
			process.platform === 'win32' ? 'tsx.cmd' : 'tsx'
		);
		const child = spawn(tsx, [script, ...args], {
			cwd: root,
			stdio: ['ignore', 'pipe', 'inherit']
		});
		let out = '';
		child.stdout.on('data', (chunk) => (out += chunk));
		child.on('error', reject);
		child.on('exit', (code) => {
			if (code !== 0) return reject(new Error(`${script} exited with ${code}`));
			try {
				resolve(JSON.parse(out));
			} catch {
				reject(new Error(`${script} printed something other than JSON: ${out.slice(0, 200)}`));
			}
		});
	});
}

/**
 * Starts `npm start` on the benchmark port, in its own process group so that a build it runs
 * first is stopped with it.
 */
async function startServer() {
	const child = spawn(process.execPath, [join(root, 'scripts', 'start.js')], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	child.stdout.on('data', (chunk) => process.stderr.write(chunk));
	child.stderr.on('data', (chunk) => process.stderr.write(chunk));
	const stop = () => {
		if (child.exitCode !== null || child.pid === undefined) return;
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {
			// Already gone.
		}
	};
	process.on('exit', stop);
	for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
		process.once(signal, () => {
			stop();
			process.exit(130);
		});
	}
	// A build from stale sources takes a minute or two on two cores.
	const deadline = Date.now() + 300_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before answering`);
		}
		try {
			const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) });
			if (response.ok) return stop;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	stop();
	throw new Error(`the server did not answer ${base}/healthz within 5 minutes`);
}

/**
 * Imports the workshop file through the home page, as a person would.
 * @param {import('playwright').Page} page
 * @param {Buffer} file
 * @param {string} title
 */
async function importFile(page, file, title) {
	await page.goto(`${base}/`);
	const input = page.getByLabel(IMPORT_LABEL);
	await input.waitFor({ state: 'attached', timeout: 15_000 });
	const start = Date.now();
	await input.setInputFiles({
		name: 'large-workshop.canal',
		mimeType: 'application/vnd.canal.workshop',
		buffer: file
	});
	await page.getByText(title).first().waitFor({ timeout: 120_000 });
	return Date.now() - start;
}

/**
 * Waits for the step to have rendered, then reads the marks. Null when it never renders.
 * @param {import('playwright').Page} page
 */
async function readMarks(page) {
	try {
		await page.waitForFunction(
			(name) => performance.getEntriesByName(name, 'mark').length > 0,
			STEP_READY,
			{ timeout: READY_TIMEOUT_MS }
		);
	} catch {
		return null;
	}
	return page.evaluate(
		({ openName, readyName }) => {
			const ready = performance.getEntriesByName(readyName, 'mark')[0];
			const open = performance.getEntriesByName(openName, 'mark')[0];
			return {
				openStart: open ? open.startTime : null,
				stepReady: ready ? ready.startTime : 0
			};
		},
		{ openName: OPEN_START, readyName: STEP_READY }
	);
}

/**
 * @param {import('playwright').Browser} browser
 * @param {Buffer} file
 * @param {{ workshopId: string, title: string }} header
 */
async function measureOpen(browser, file, header) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		progress('open: importing the large workshop through the home page');
		const importMs = await importFile(page, file, header.title);
		const url = `${base}/w/${header.workshopId}/${OPEN_STEP}`;
		/** @type {{ openToReadyMs: number | null, navigationToReadyMs: number }[]} */
		const runs = [];
		let warmup = null;
		// One extra, uncounted run first: it fills the HTTP cache and Chromium's code cache.
		for (let run = 0; run <= openRuns; run++) {
			if (run === 0) await page.goto(url);
			else await page.reload();
			const marks = await readMarks(page);
			if (!marks) throw new Error(`${STEP_READY} was not marked within ${READY_TIMEOUT_MS} ms`);
			const result = {
				openToReadyMs: marks.openStart === null ? null : round(marks.stepReady - marks.openStart),
				// Mark times are measured from the navigation's start.
				navigationToReadyMs: round(marks.stepReady)
			};
			if (run === 0) warmup = result;
			else runs.push(result);
			progress(`open run ${run}${run === 0 ? ' (warm-up)' : ''}: ${JSON.stringify(result)}`);
		}
		const openTimes = runs.flatMap((run) =>
			run.openToReadyMs === null ? [] : [run.openToReadyMs]
		);
		return {
			url: `/w/${header.workshopId}/${OPEN_STEP}`,
			importMs,
			warmup,
			runs,
			medianMs: median(openTimes),
			navigationMedianMs: median(runs.map((run) => run.navigationToReadyMs)),
			targetMs: OPEN_TARGET_MS
		};
	} finally {
		await context.close();
	}
}

/**
 * @param {import('playwright').Browser} browser
 * @param {Buffer} file
 * @param {{ workshopId: string, title: string }} header
 */
async function measureInitialJs(browser, file, header) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		/** @type {string | null} */
		let importProblem = null;
		try {
			await importFile(page, file, header.title);
		} catch (error) {
			// Without the import the route still loads its code; what it shows is then not a step.
			importProblem = describe(error);
			progress(`initial JS: could not import the workshop (${importProblem})`);
		}
		// The home page's code is in this context's cache now; the workshop route must fetch its own.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

		/** @type {Promise<{ url: string, bytes: number, gzipBytes: number } | null>[]} */
		const pending = [];
		let collecting = true;
		/** @param {import('playwright').Response} response */
		const onResponse = (response) => {
			if (!collecting) return;
			const url = new URL(response.url());
			const type = response.headers()['content-type'] ?? '';
			if (!url.pathname.endsWith('.js') && !type.includes('javascript')) return;
			pending.push(
				response.body().then(
					(body) => ({
						url: url.pathname,
						bytes: body.byteLength,
						gzipBytes: gzipSync(body, { level: 9 }).byteLength
					}),
					() => null
				)
			);
		};
		page.on('response', onResponse);
		const route = `/w/${header.workshopId}/${JS_STEP}`;
		await page.goto(`${base}${route}`);
		const marks = await readMarks(page);
		if (!marks) await page.waitForLoadState('networkidle');
		collecting = false;
		page.off('response', onResponse);

		const files = (await Promise.all(pending)).filter((file) => file !== null);
		files.sort((a, b) => b.gzipBytes - a.gzipBytes);
		return {
			url: route,
			until: marks ? STEP_READY : 'networkidle (the step never marked itself ready)',
			importProblem,
			count: files.length,
			bytes: files.reduce((sum, file) => sum + file.bytes, 0),
			gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
			targetBytes: INITIAL_JS_TARGET_BYTES,
			files: files.slice(0, 5)
		};
	} finally {
		await context.close();
	}
}

async function main() {
	mkdirSync(artifacts, { recursive: true });
	const started = Date.now();
	/** @type {Record<string, unknown>} */
	const result = {
		quick,
		date: new Date().toISOString(),
		machine: {
			cpus: cpus().length,
			cpuModel: cpus()[0]?.model ?? 'unknown',
			memoryGb: Math.round(totalmem() / 2 ** 30),
			node: process.version
		}
	};

	const filePath = join(artifacts, 'large.canal');
	progress('docSize: building the large workshop');
	let docSize;
	try {
		docSize = await runTsx(join('tests', 'bench', 'doc-size.ts'), ['--file', filePath]);
		result.docSize = docSize;
	} catch (error) {
		result.docSize = { error: describe(error) };
	}

	if (docSize) {
		const header = docSize.workshopFile.header;
		const file = readFileSync(filePath);
		progress('starting the app server (it builds first when the sources changed)');
		const serverStarted = Date.now();
		let stopServer;
		try {
			stopServer = await startServer();
			result.serverStartMs = Date.now() - serverStarted;
		} catch (error) {
			result.open = { error: describe(error) };
			result.initialJs = { error: describe(error) };
		}
		if (stopServer) {
			const browser = await chromium.launch({
				executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
				args: chromiumLaunchArgs
			});
			result.machine = { .../** @type {object} */ (result.machine), chromium: browser.version() };
			try {
				try {
					result.open = await measureOpen(browser, file, header);
				} catch (error) {
					result.open = { error: describe(error), targetMs: OPEN_TARGET_MS };
				}
				progress('initial JS: loading a workshop route with the cache off');
				try {
					result.initialJs = await measureInitialJs(browser, file, header);
				} catch (error) {
					result.initialJs = { error: describe(error), targetBytes: INITIAL_JS_TARGET_BYTES };
				}
			} finally {
				await browser.close();
				stopServer();
			}
		}
	}

	result.totalMs = Date.now() - started;
	const json = JSON.stringify(result, null, '\t');
	writeFileSync(join(artifacts, 'bench.json'), `${json}\n`);
	process.stdout.write(`${json}\n`);
}

await main();
