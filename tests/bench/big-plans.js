#!/usr/bin/env node
// `node scripts/with-chromium.js node tests/bench/big-plans.js [--quick]`: a plan far past a
// workshop's usual size — 5,000 stakeholders, 1,000 platforms and 20,000 notes on one board —
// imported through the home page, then per step: how long from opening the workshop on that step
// (a page load) and from clicking the step in the step list (the plan already open) to the step's
// first record on screen (a page load also against the raw decode of the stored plan in the same
// page: the floor under it), the longest main-thread task meanwhile, input → next frame while
// typing in a field and while scrolling the step's list, and how long a new record takes to show.
// Prints one JSON object (progress on stderr) and writes tests/.artifacts/bench-big.json.
// Timings are reported against their targets, never asserted.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchArgs } from '../../scripts/chromium-args.js';
import { freePort } from '../../scripts/free-port.js';
import {
	describe,
	importFile,
	measureRawDecode,
	median,
	percentile,
	progress,
	root,
	round,
	runTsx,
	startServer
} from './harness.js';

const quick = process.argv.includes('--quick');
const port = Number(process.env.BENCH_PORT ?? freePort());
const base = `http://127.0.0.1:${port}`;
const artifacts = join(root, 'tests', '.artifacts');
/** Navigations measured per step (after one uncounted warm-up in the full run). */
const SHOW_RUNS = quick ? 1 : 3;
const TYPED = quick ? 20 : 40;
const WHEELS = quick ? 20 : 40;
const KEY_DELAY_MS = 30;
const SHOW_TIMEOUT_MS = 120_000;
const TARGETS = { showMs: 1_000, inputToFrameP95Ms: 50, addMs: 100, longestTaskMs: 50 };

/**
 * What is measured on each step: `first` is the step's first record (a row of its list or a note
 * on its board); `add` the field whose Enter adds a record; `edit` a text field of an open
 * record; `scroll` what the wheel turns over.
 */
const STEPS = [
	{
		step: 'stakeholders',
		title: 'Audience and stakeholders',
		first: '[aria-labelledby="stakeholders-heading"] [data-record]',
		add: 'New stakeholder',
		edit: 'Interests',
		scroll: '[aria-labelledby="stakeholders-heading"] [data-record]'
	},
	{
		step: 'platforms',
		title: 'Platform choice',
		first: '[aria-labelledby="platforms-heading"] [data-record]',
		add: 'New platform',
		edit: 'Reason for the decision',
		scroll: '[aria-labelledby="platforms-heading"] [data-record]'
	},
	{
		step: 'listening',
		title: 'Listening and landscape',
		first: '.board .canvas-note',
		add: 'New note',
		edit: null,
		scroll: '.board .canvas-viewport'
	}
];

/** Runs in the page from its start: long tasks, and each input's time to the next frame. */
function installProbe() {
	const w = /** @type {any} */ (window);
	w.__big = { longTasks: [], inputs: [], added: null };
	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				w.__big.longTasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// Not supported: reported as no long tasks.
	}
	/** The "next paint": after the next frame's callbacks, once that task ends. */
	const afterNextPaint = (/** @type {() => void} */ done) =>
		requestAnimationFrame(() => setTimeout(done, 0));
	for (const type of ['keydown', 'input', 'wheel'])
		addEventListener(
			type,
			(event) => {
				const inputs = w.__big.inputs;
				// An input event belongs to the keydown before it: wait for the frame after both.
				const entry =
					type === 'input' && inputs.length > 0
						? inputs[inputs.length - 1]
						: { type, start: event.timeStamp, end: 0 };
				if (entry.type !== 'keydown' && type === 'input') return;
				if (type !== 'input') inputs.push(entry);
				afterNextPaint(() => (entry.end = Math.max(entry.end, performance.now())));
			},
			{ capture: true, passive: true }
		);
}

/**
 * Runs in the page: watches for `text` to show, timed from the next Enter keydown.
 * @param {string} text
 */
function expectAdded(text) {
	const w = /** @type {any} */ (window);
	/** @type {{ text: string, start: number | null, end: number | null }} */
	const added = { text, start: null, end: null };
	w.__big.added = added;
	addEventListener(
		'keydown',
		(event) => {
			if (event.key === 'Enter' && added.start === null) added.start = event.timeStamp;
		},
		{ capture: true }
	);
	// Laid out: a long list draws only the rows near its viewport, so a drawn row is one the list
	// scrolled to (the board's canvas may sit below the fold of the page).
	const shown = () =>
		[...document.querySelectorAll('main [data-record], main .canvas-note')].some(
			(element) =>
				(element.textContent ?? '').includes(text) && element.getBoundingClientRect().height > 0
		);
	const observer = new MutationObserver(() => {
		if (added.start === null || !shown()) return;
		observer.disconnect();
		requestAnimationFrame(() => setTimeout(() => (added.end = performance.now()), 0));
	});
	observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

/**
 * @param {{ start: number, end: number }[]} entries
 */
function latencies(entries) {
	const values = entries.filter((e) => e.end > 0).map((e) => e.end - e.start);
	return {
		count: values.length,
		medianMs: values.length ? round(median(values) ?? 0) : null,
		p95Ms: values.length ? round(percentile(values, 0.95) ?? 0) : null,
		maxMs: values.length ? round(Math.max(...values)) : null
	};
}

/**
 * When (page time) the first element matching `first` was laid out, on screen or below the fold
 * (the stakeholders' list comes after their map).
 * @param {import('playwright').Page} page
 * @param {string} first
 */
async function firstShown(page, first) {
	const handle = await page.waitForFunction(
		(selector) => {
			for (const element of document.querySelectorAll(selector))
				if (element.getBoundingClientRect().height > 0) return performance.now();
			return false;
		},
		first,
		{ timeout: SHOW_TIMEOUT_MS, polling: 'raf' }
	);
	return /** @type {number} */ (await handle.jsonValue());
}

/**
 * Navigates to a step; the time from the navigation's start to its first record on screen.
 * @param {import('playwright').Page} page
 * @param {string} url
 * @param {string} first
 */
async function show(page, url, first) {
	await page.goto(url);
	const shownAt = await firstShown(page, first);
	// Long tasks that finish just after the first row (the map's layout, for one) count too.
	await page.waitForTimeout(1_500);
	return page.evaluate((shownAt) => {
		const w = /** @type {any} */ (window);
		const ready = performance.getEntriesByName('canal:step-ready', 'mark')[0]?.startTime ?? null;
		// The plan read from IndexedDB and decoded: what comes after it is drawing the step.
		const loaded = performance.getEntriesByName('canal:plan-loaded', 'mark')[0]?.startTime ?? null;
		const tasks = w.__big.longTasks.map((/** @type {any} */ t) => t.duration);
		return {
			showMs: shownAt,
			planLoadedMs: loaded,
			stepReadyMs: ready,
			longestTaskMs: Math.max(0, ...tasks),
			longTasks: tasks.length,
			domNodes: document.getElementsByTagName('*').length
		};
	}, shownAt);
}

/**
 * Moves to a step from the one before it through the step list, as a person would (the plan is
 * already open): from the click to the step's first record on screen, and the longest task.
 * @param {import('playwright').Page} page
 * @param {string} from
 * @param {string} title
 * @param {string} first
 */
async function switchTo(page, from, title, first) {
	await page.goto(from);
	await page.getByRole('heading', { level: 1 }).waitFor({ timeout: SHOW_TIMEOUT_MS });
	await page.waitForTimeout(2_000);
	await resetInputs(page);
	const link = page
		.getByRole('navigation', { name: 'Workshop steps' })
		.getByRole('link', { name: title });
	const clicked = await page.evaluate(() => performance.now());
	await link.click();
	const shownAt = await firstShown(page, first);
	await page.waitForTimeout(1_500);
	const { longestTaskMs } = await readInputs(page);
	return { ms: round(shownAt - clicked), longestTaskMs: round(longestTaskMs) };
}

/** @param {import('playwright').Page} page */
const resetInputs = (page) =>
	page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__big.inputs = [];
		w.__big.longTasks = [];
	});

/** @param {import('playwright').Page} page */
const readInputs = (page) =>
	page.evaluate(() => {
		const w = /** @type {any} */ (window);
		return {
			inputs: /** @type {{ type: string, start: number, end: number }[]} */ (w.__big.inputs),
			longestTaskMs: Math.max(0, ...w.__big.longTasks.map((/** @type {any} */ t) => t.duration))
		};
	});

/**
 * Types into a field, one key at a time as a fast typist would.
 * @param {import('playwright').Page} page
 * @param {import('playwright').Locator} field
 * @param {string} text
 */
async function typing(page, field, text) {
	await field.click();
	await page.waitForTimeout(300);
	await resetInputs(page);
	await field.pressSequentially(text, { delay: KEY_DELAY_MS });
	await page.waitForTimeout(300);
	const { inputs, longestTaskMs } = await readInputs(page);
	return {
		...latencies(inputs.filter((input) => input.type === 'keydown')),
		longestTaskMs: round(longestTaskMs)
	};
}

/**
 * Turns the wheel over the step's list, down then back up.
 * @param {import('playwright').Page} page
 * @param {string} selector
 */
async function scrolling(page, selector) {
	const target = page.locator(selector).first();
	await target.scrollIntoViewIfNeeded();
	const box = await target.boundingBox();
	if (!box) throw new Error(`nothing to scroll over at ${selector}`);
	await page.mouse.move(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2);
	await resetInputs(page);
	for (let turn = 0; turn < WHEELS; turn++) {
		await page.mouse.wheel(0, turn < WHEELS / 2 ? 300 : -300);
		await page.waitForTimeout(40);
	}
	await page.waitForTimeout(300);
	const { inputs, longestTaskMs } = await readInputs(page);
	return {
		...latencies(inputs.filter((input) => input.type === 'wheel')),
		longestTaskMs: round(longestTaskMs)
	};
}

/**
 * Types a new record's name and presses Enter: the time from Enter to the record on screen.
 * @param {import('playwright').Page} page
 * @param {string} label
 */
async function adding(page, label) {
	const name = `Added in the bench ${Date.now().toString(36)}`;
	const field = page.getByLabel(label, { exact: true });
	await field.click();
	await field.fill(name);
	await page.evaluate(expectAdded, name);
	await resetInputs(page);
	await field.press('Enter');
	const handle = await page.waitForFunction(
		() => {
			const added = /** @type {any} */ (window).__big.added;
			return added.end !== null && added.start !== null ? added.end - added.start : false;
		},
		undefined,
		{ timeout: 60_000 }
	);
	const ms = /** @type {number} */ (await handle.jsonValue());
	const { longestTaskMs } = await readInputs(page);
	return { ms: round(ms), longestTaskMs: round(longestTaskMs) };
}

/**
 * Runs one measurement, keeping an error as the result instead of ending the benchmark.
 * @template T
 * @param {string} what
 * @param {() => Promise<T>} measure
 * @returns {Promise<T | { error: string }>}
 */
async function attempt(what, measure) {
	try {
		const result = await measure();
		progress(`${what}: ${JSON.stringify(result)}`);
		return result;
	} catch (error) {
		progress(`${what} failed: ${describe(error)}`);
		return { error: describe(error) };
	}
}

/**
 * @param {import('playwright').Browser} browser
 * @param {{ id: string, title: string, path: string }} workshop
 */
async function measure(browser, workshop) {
	const context = await browser.newContext({
		serviceWorkers: 'block',
		viewport: { width: 1280, height: 900 }
	});
	await context.addInitScript(installProbe);
	try {
		const page = await context.newPage();
		progress('importing the big plan through the home page');
		const importMs = await importFile(page, base, readFileSync(workshop.path), workshop.title);
		progress(`imported in ${importMs} ms`);
		// The floor under showing a step from a page load: decoding the same stored state in the
		// same page with nothing else. No step can show before its plan is decoded.
		const rawDecode = await attempt('raw decode of the stored plan', () =>
			measureRawDecode(page, workshop.id, quick ? 3 : 5)
		);
		const floorMs = 'medianMs' in rawDecode ? rawDecode.medianMs : null;
		/** @type {Record<string, unknown>} */
		const steps = {};
		for (const { step, title, first, add, edit, scroll } of STEPS) {
			const url = `${base}/w/${workshop.id}/${step}`;
			const runs = [];
			for (let run = quick ? 1 : 0; run <= SHOW_RUNS; run++) {
				const shown = await attempt(`${step} show ${run}`, () => show(page, url, first));
				if (run > 0) runs.push(shown);
			}
			const good =
				/** @type {{ showMs: number, planLoadedMs: number | null, stepReadyMs: number | null, longestTaskMs: number, domNodes: number }[]} */ (
					runs.filter((r) => !('error' in r))
				);
			const switched = [];
			for (let run = 0; run < SHOW_RUNS; run++)
				switched.push(
					await attempt(`${step} switch ${run + 1}`, () =>
						switchTo(page, `${base}/w/${workshop.id}/purpose`, title, first)
					)
				);
			const goodSwitches = /** @type {{ ms: number, longestTaskMs: number }[]} */ (
				switched.filter((r) => !('error' in r))
			);
			steps[step] = {
				switch: {
					medianMs: goodSwitches.length ? round(median(goodSwitches.map((r) => r.ms)) ?? 0) : null,
					longestTaskMs: goodSwitches.length
						? Math.max(...goodSwitches.map((r) => r.longestTaskMs))
						: null,
					errors: switched.filter((r) => 'error' in r)
				},
				show: {
					medianMs: good.length ? round(median(good.map((r) => r.showMs)) ?? 0) : null,
					toRawDecode:
						good.length && floorMs
							? round((median(good.map((r) => r.showMs)) ?? 0) / floorMs)
							: null,
					planLoadedMedianMs: good.length
						? round(median(good.map((r) => r.planLoadedMs ?? 0)) ?? 0)
						: null,
					stepReadyMedianMs: good.length
						? round(median(good.map((r) => r.stepReadyMs ?? 0)) ?? 0)
						: null,
					longestTaskMs: good.length ? round(Math.max(...good.map((r) => r.longestTaskMs))) : null,
					domNodes: good[0]?.domNodes ?? null,
					errors: runs.filter((r) => 'error' in r)
				},
				typing: await attempt(`${step} typing`, () =>
					typing(
						page,
						page.getByLabel(add, { exact: true }),
						'a name typed key by key'.slice(0, TYPED)
					)
				),
				editing: edit
					? await attempt(`${step} editing`, async () => {
							await page.locator(`${first} summary`).first().click();
							const field = page.locator(first).first().getByLabel(edit, { exact: true });
							return typing(page, field, ' and more words typed'.repeat(3).slice(0, TYPED));
						})
					: null,
				scrolling: await attempt(`${step} scrolling`, () => scrolling(page, scroll)),
				adding: await attempt(`${step} adding`, () => adding(page, add))
			};
		}
		return { importMs, rawDecode, steps };
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
		machine: { cpus: cpus().length, loadAverage: loadavg().map((n) => round(n)) },
		targets: TARGETS
	};
	progress('writing the big plan (5,000 stakeholders, 1,000 platforms, 20,000 notes)');
	const workshop = await runTsx(join('tests', 'bench', 'write-big-workshop.ts'), [
		'--dir',
		artifacts
	]);
	result.workshop = { bytes: workshop.bytes, buildMs: workshop.buildMs, size: workshop.size };
	progress('starting the app server (it builds first when the sources changed)');
	const stopServer = await startServer(port);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: chromiumLaunchArgs
	});
	try {
		Object.assign(result, await measure(browser, workshop));
	} catch (error) {
		result.error = describe(error);
	} finally {
		await browser.close();
		stopServer();
	}
	result.totalMs = Date.now() - started;
	const json = JSON.stringify(result, null, '\t');
	writeFileSync(join(artifacts, 'bench-big.json'), `${json}\n`);
	process.stdout.write(`${json}\n`);
}

await main();
