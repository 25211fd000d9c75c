#!/usr/bin/env node
// `npm run bench [-- --quick]`: measures Canal's document size, how long the large workshop takes to
// open from IndexedDB (against the raw decode of its state in the same page), how much JavaScript a
// workshop route needs before its first step shows (and the home page before its list shows), how
// much its step pages shift while they load
// (CLS), and how long typing and adding a note take to reach the screen on the large workshop.
// Prints one JSON object on stdout (progress goes to stderr) and writes it to
// tests/.artifacts/bench.json. Timings are reported against their targets, never asserted: a slow
// CI machine must not turn a benchmark into a flaky failure.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumLaunchArgs } from '../../scripts/chromium-args.js';
import { freePort } from '../../scripts/free-port.js';
import {
	describe,
	measureRawDecode,
	importFile,
	median,
	percentile,
	progress,
	root,
	round,
	runTsx,
	startServer
} from './harness.js';

const artifacts = join(root, 'tests', '.artifacts');
const quick = process.argv.includes('--quick');
/** `--profile`: also record CPU profiles of the interactions (tests/.artifacts/interaction-*.cpuprofile). */
const profile = process.argv.includes('--profile');
/** `--only initialJs,cls`: run only these browser measurements (open, initialJs, cls, interaction). */
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex === -1 ? null : new Set(process.argv[onlyIndex + 1]?.split(',') ?? []);
/** @param {string} name */
const wanted = (name) => only === null || only.has(name);
const port = Number(process.env.BENCH_PORT ?? freePort());
const base = `http://127.0.0.1:${port}`;
const openRuns = quick ? 5 : 15;
const OPEN_TARGET_MS = 600;
const INITIAL_JS_TARGET_BYTES = 100 * 1024;
/** Opening may cost at most this much more than decoding the plan's stored state alone. */
const OPEN_RAW_RATIO_TARGET = 1.5;
const DECODE_RUNS = quick ? 5 : 9;
/** Step pages whose layout shift is measured: a form, the large stakeholder table, a board. */
const CLS_STEPS = ['purpose', 'stakeholders', 'listening'];
const CLS_WINDOW_MS = 3_000;
const CLS_TARGET = 0;
/** How long after the step is ready the initial-JS run keeps listing what loads. */
const AFTER_READY_MS = 2_000;
const OPEN_STEP = 'stakeholders';
const JS_STEP = 'purpose';
/** The home page is ready once its list of workshops (or the note that there are none) shows. */
const HOME_READY = 'ul.workshops, .empty';
/** Chromium here prefers English; the other interface languages are chosen as a person would. */
const BROWSER_LOCALE = 'en';
const OTHER_LOCALES = ['fr', 'de', 'ar'];
/** Where the app remembers the chosen language (Paraglide's `localStorageKey`). */
const LOCALE_KEY = 'canal-locale';
const OPEN_START = 'canal:open-start';
/** The plan read from IndexedDB and decoded, before any step renders. */
const PLAN_LOADED = 'canal:plan-loaded';
const STEP_READY = 'canal:step-ready';
/** How long to wait for the step to render before calling the UI not ready. */
const READY_TIMEOUT_MS = 30_000;
const INTERACTION_TARGET_MS = 50;
const TYPED_CHARACTERS = quick ? 30 : 60;
const ADDED_NOTES = quick ? 10 : 30;
const TYPING_FIELD = 'Interests';
const NOTE_LABEL = 'New note';
/** Milliseconds between keys, as `keyboard.type` waits: roughly a fast typist. */
const KEY_DELAY_MS = 30;

/**
 * Runs in the page before its scripts: counts the records drawn at the moment the step says it is
 * ready, so that the mark cannot move ahead of the step's content unnoticed.
 * @param {string} readyName
 */
function countRecordsAtReady(readyName) {
	const page = /** @type {{ __canalRecordsAtReady?: number[] }} */ (
		/** @type {unknown} */ (window)
	);
	const counts = /** @type {number[]} */ ([]);
	page.__canalRecordsAtReady = counts;
	const mark = performance.mark.bind(performance);
	/** @type {typeof performance.mark} */
	const counted = (name, options) => {
		if (name === readyName) counts.push(document.querySelectorAll('[data-record]').length);
		return mark(name, options);
	};
	performance.mark = counted;
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
		({ openName, loadedName, readyName }) => {
			const ready = performance.getEntriesByName(readyName, 'mark')[0];
			const open = performance.getEntriesByName(openName, 'mark')[0];
			const loaded = performance.getEntriesByName(loadedName, 'mark')[0];
			return {
				openStart: open ? open.startTime : null,
				planLoaded: loaded ? loaded.startTime : null,
				stepReady: ready ? ready.startTime : 0
			};
		},
		{ openName: OPEN_START, loadedName: PLAN_LOADED, readyName: STEP_READY }
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
		await page.addInitScript(countRecordsAtReady, STEP_READY);
		progress('open: importing the large workshop through the home page');
		const importMs = await importFile(page, base, file, header.title);
		const url = `${base}/w/${header.workshopId}/${OPEN_STEP}`;
		/** @type {{ recordsAtReady: number, openToReadyMs: number | null, openToPlanMs: number | null, planToReadyMs: number | null, navigationToReadyMs: number }[]} */
		const runs = [];
		let warmup = null;
		// One extra, uncounted run first: it fills the HTTP cache and Chromium's code cache.
		for (let run = 0; run <= openRuns; run++) {
			if (run === 0) await page.goto(url);
			else await page.reload();
			const marks = await readMarks(page);
			if (!marks) throw new Error(`${STEP_READY} was not marked within ${READY_TIMEOUT_MS} ms`);
			const recordsAtReady = await page.evaluate(
				() =>
					/** @type {{ __canalRecordsAtReady?: number[] }} */ (/** @type {unknown} */ (window))
						.__canalRecordsAtReady?.[0] ?? 0
			);
			// A step that says it is ready before its records are drawn would time nothing worth timing.
			if (recordsAtReady === 0)
				throw new Error(`${STEP_READY} was marked before any record was drawn`);
			const result = {
				recordsAtReady,
				openToReadyMs: marks.openStart === null ? null : round(marks.stepReady - marks.openStart),
				// Where it goes: reading and decoding the plan, then drawing the step.
				openToPlanMs:
					marks.openStart === null || marks.planLoaded === null
						? null
						: round(marks.planLoaded - marks.openStart),
				planToReadyMs: marks.planLoaded === null ? null : round(marks.stepReady - marks.planLoaded),
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
		progress('open: decoding the same stored state in the same page');
		/** @type {Awaited<ReturnType<typeof measureRawDecode>> | { error: string }} */
		let rawDecode;
		try {
			rawDecode = await measureRawDecode(page, header.workshopId, DECODE_RUNS);
		} catch (error) {
			rawDecode = { error: describe(error) };
		}
		const openMedian = median(openTimes);
		const rawMedian = 'medianMs' in rawDecode ? rawDecode.medianMs : null;
		return {
			url: `/w/${header.workshopId}/${OPEN_STEP}`,
			importMs,
			warmup,
			runs,
			medianMs: openMedian,
			navigationMedianMs: median(runs.map((run) => run.navigationToReadyMs)),
			openToPlanMedianMs: median(
				runs.flatMap((run) => (run.openToPlanMs === null ? [] : [run.openToPlanMs]))
			),
			planToReadyMedianMs: median(
				runs.flatMap((run) => (run.planToReadyMs === null ? [] : [run.planToReadyMs]))
			),
			targetMs: OPEN_TARGET_MS,
			rawDecode,
			// How much opening costs over decoding alone: reading IndexedDB, the session, the first render.
			openToRawRatio:
				typeof openMedian === 'number' && rawMedian
					? Math.round((openMedian / rawMedian) * 100) / 100
					: null,
			ratioTarget: OPEN_RAW_RATIO_TARGET
		};
	} finally {
		await context.close();
	}
}

/**
 * Runs in the page before its scripts: sums layout shifts not caused by input.
 */
function installShiftProbe() {
	const page =
		/** @type {{ __canalShifts?: { value: number, count: number, largest: { value: number, at: number, nodes: string[] }[] } }} */ (
			/** @type {unknown} */ (window)
		);
	const shifts = {
		value: 0,
		count: 0,
		largest: /** @type {{ value: number, at: number, nodes: string[] }[]} */ ([])
	};
	page.__canalShifts = shifts;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			const shift =
				/** @type {PerformanceEntry & { value: number, hadRecentInput: boolean, sources?: { node?: Node }[] }} */ (
					entry
				);
			if (shift.hadRecentInput) continue;
			shifts.value += shift.value;
			shifts.count += 1;
			const nodes = (shift.sources ?? []).map((source) => {
				const node = source.node;
				if (!(node instanceof Element)) return node ? node.nodeName : '?';
				const classes = [...node.classList].slice(0, 2).join('.');
				return `${node.localName}${classes ? `.${classes}` : ''}`;
			});
			shifts.largest.push({ value: shift.value, at: shift.startTime, nodes });
			shifts.largest.sort((a, b) => b.value - a.value);
			shifts.largest.length = Math.min(shifts.largest.length, 3);
		}
	}).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Cumulative layout shift of the first seconds of a few step pages of the large workshop, each
 * opened by a navigation of its own (a reload, as a person coming back would).
 * @param {import('playwright').Browser} browser
 * @param {Buffer} file
 * @param {{ workshopId: string, title: string }} header
 */
async function measureCls(browser, file, header) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		progress('CLS: importing the large workshop');
		await importFile(page, base, file, header.title);
		await page.addInitScript(installShiftProbe);
		/** @type {Record<string, unknown>} */
		const pages = {};
		for (const step of CLS_STEPS) {
			const url = `/w/${header.workshopId}/${step}`;
			await page.goto(`${base}${url}`);
			const ready = await readMarks(page);
			const left = CLS_WINDOW_MS - (await page.evaluate(() => performance.now()));
			if (left > 0) await page.waitForTimeout(left);
			const shifts = await page.evaluate(
				() =>
					/** @type {{ __canalShifts: { value: number, count: number, largest: { value: number, at: number, nodes: string[] }[] } }} */ (
						/** @type {unknown} */ (window)
					).__canalShifts
			);
			pages[step] = {
				url,
				ready: ready !== null,
				cls: Math.round(shifts.value * 1e6) / 1e6,
				shifts: shifts.count,
				largest: shifts.largest.map((shift) => ({
					value: Math.round(shift.value * 1e6) / 1e6,
					atMs: round(shift.at),
					nodes: shift.nodes
				}))
			};
			progress(`CLS ${step}: ${JSON.stringify(pages[step])}`);
		}
		return {
			method: `layout-shift entries without hadRecentInput, summed over the first ${CLS_WINDOW_MS} ms after a navigation`,
			pages,
			maxCls: Math.max(
				...Object.values(pages).map((entry) => /** @type {{ cls: number }} */ (entry).cls)
			),
			target: CLS_TARGET
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
			await importFile(page, base, file, header.title);
		} catch (error) {
			// Without the import the route still loads its code; what it shows is then not a step.
			importProblem = describe(error);
			progress(`initial JS: could not import the workshop (${importProblem})`);
		}
		// The home page's code is in this context's cache now; the workshop route must fetch its own.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		const route = `/w/${header.workshopId}/${JS_STEP}`;
		// The browser's own language first (English), then each other one as a remembered choice:
		// a page carries its language's messages and guidance, so the figure may differ by language.
		const first = await loadRouteScripts(page, route);
		/** @type {Record<string, number>} */
		const byLocale = { [BROWSER_LOCALE]: first.gzipBytes };
		/** @type {Record<string, number>} */
		const packBytes = {};
		for (const locale of OTHER_LOCALES) {
			await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
				key: LOCALE_KEY,
				value: locale
			});
			const scripts = await loadRouteScripts(page, route);
			byLocale[locale] = scripts.gzipBytes;
			// The language's words for the page (locale packs, see scripts/locale-packs.js).
			const packs = scripts.files.filter((file) => file.url.includes('/locale/'));
			packBytes[locale] = packs.reduce((sum, file) => sum + file.gzipBytes, 0);
			progress(
				`initial JS (${locale}): ${scripts.gzipBytes} B gzip in ${scripts.count} files, ` +
					`its words ${packBytes[locale]} B in ${packs.length} packs ` +
					`(${packs.map((file) => `${file.url.split('/').pop()} ${file.gzipBytes}`).join(', ')})`
			);
		}
		await page.evaluate((key) => localStorage.removeItem(key), LOCALE_KEY);
		// The home page: what it fetches before its list (of the imported workshop) shows.
		const home = await loadRouteScripts(page, '/', HOME_READY);
		progress(`initial JS (home): ${home.gzipBytes} B gzip in ${home.count} files`);
		return {
			url: route,
			importProblem,
			...first,
			byLocale,
			packBytes,
			maxGzipBytes: Math.max(...Object.values(byLocale)),
			targetBytes: INITIAL_JS_TARGET_BYTES,
			home: { url: '/', ...home }
		};
	} finally {
		await context.close();
	}
}

/**
 * Loads a route with the cache off and lists the JavaScript it fetched before its step was ready
 * (or, given a selector, before that shows), and apart, what it fetched in the
 * {@link AFTER_READY_MS} after.
 * @param {import('playwright').Page} page
 * @param {string} route
 * @param {string} [readySelector] the route is ready once this shows (default: the step's mark)
 */
async function loadRouteScripts(page, route, readySelector) {
	/** @type {Promise<{ url: string, bytes: number, gzipBytes: number, requestedAt: number } | null>[]} */
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
					gzipBytes: gzipSync(body, { level: 9 }).byteLength,
					// Wall-clock milliseconds, as `performance.timeOrigin` is.
					requestedAt: response.request().timing().startTime
				}),
				() => null
			)
		);
	};
	page.on('response', onResponse);
	// The moment the selector first matches, seen from the page's start (polling from here would
	// see it only once `goto` returns, after the page's load event, and count what loaded since).
	if (readySelector)
		await page.addInitScript((selector) => {
			new MutationObserver((_, observer) => {
				if (!document.querySelector(selector)) return;
				performance.mark('bench:shown');
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		}, readySelector);
	await page.goto(`${base}${route}`);
	/** Wall-clock milliseconds at which the route was ready, null when it never was. */
	let readyAt = null;
	if (readySelector) {
		readyAt = await page
			.waitForFunction(
				() => {
					const shown = performance.getEntriesByName('bench:shown')[0];
					return shown ? performance.timeOrigin + shown.startTime : null;
				},
				undefined,
				{ polling: 'raf', timeout: READY_TIMEOUT_MS }
			)
			.then((handle) => handle.jsonValue())
			.catch(() => null);
	} else {
		const marks = await readMarks(page);
		if (marks) readyAt = (await page.evaluate(() => performance.timeOrigin)) + marks.stepReady;
	}
	if (readyAt === null) await page.waitForLoadState('networkidle');
	// What loads right after the route shows (the canvas, the plan check) is listed apart.
	await page.waitForTimeout(AFTER_READY_MS);
	collecting = false;
	page.off('response', onResponse);
	const ready = readyAt ?? Infinity;

	const all = (await Promise.all(pending)).filter((file) => file !== null);
	all.sort((a, b) => b.gzipBytes - a.gzipBytes);
	// Initial: requested before the route was ready, whenever it arrived.
	const files = all.filter((file) => file.requestedAt <= ready);
	const later = all.filter((file) => file.requestedAt > ready);
	/** @param {typeof all} list */
	const listed = (list) => list.map(({ url, bytes, gzipBytes }) => ({ url, bytes, gzipBytes }));
	return {
		until:
			readyAt === null
				? 'networkidle (the route never showed itself ready)'
				: `requested before ${readySelector ? `"${readySelector}" showed` : STEP_READY}`,
		count: files.length,
		bytes: files.reduce((sum, file) => sum + file.bytes, 0),
		gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
		// Every file, largest first: what a route loads before it shows is what to look at.
		files: listed(files),
		afterReady: {
			count: later.length,
			gzipBytes: later.reduce((sum, file) => sum + file.gzipBytes, 0),
			files: listed(later.slice(0, 8))
		}
	};
}

/** @param {number | null | undefined} ms */
const roundOrNull = (ms) => (ms === null || ms === undefined ? null : round(ms));

/**
 * Count, median, 95th percentile and maximum of latencies, in milliseconds.
 * @param {number[]} values
 */
function latencyStats(values) {
	return {
		count: values.length,
		medianMs: roundOrNull(median(values)),
		p95Ms: roundOrNull(percentile(values, 0.95)),
		maxMs: values.length ? round(Math.max(...values)) : null
	};
}

/**
 * @typedef {{ key: string, start: number, end: number }} KeyTiming
 *   A keydown's `timeStamp` and the time after the frame painted following it and its input event.
 * @typedef {{ name: string, start: number, duration: number, interactionId: number }} EventEntry
 *   An Event Timing entry: `start` is the event's `timeStamp`, `duration` runs to the next paint
 *   (rounded to 8 ms; only entries of 16 ms or more are reported).
 * @typedef {{ text: string, start: number | null, appeared: number | null, end: number | null }} NoteTiming
 * @typedef {{ eventTiming: boolean, keys: KeyTiming[], entries: EventEntry[], note: NoteTiming | null }} Probe
 */

/**
 * Runs in the page: records each keydown's time and the next frame after it (and after its input
 * event), Event Timing entries of 16 ms or more, and, for a note being added, when its text
 * appears in the board. State lives on `window.__canalBench`.
 */
function installProbe() {
	const page = /** @type {{ __canalBench?: Probe }} */ (/** @type {unknown} */ (window));
	if (page.__canalBench) return page.__canalBench.eventTiming;
	/** @type {Probe} */
	const probe = {
		eventTiming:
			typeof PerformanceObserver !== 'undefined' &&
			PerformanceObserver.supportedEntryTypes.includes('event'),
		keys: [],
		entries: [],
		note: null
	};
	page.__canalBench = probe;
	/** The "next paint" approximation: after the next frame's rAF callbacks, once the task ends. */
	const afterNextPaint = (/** @type {() => void} */ done) =>
		requestAnimationFrame(() => setTimeout(done, 0));
	if (probe.eventTiming) {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				const event = /** @type {PerformanceEventTiming} */ (entry);
				probe.entries.push({
					name: event.name,
					start: event.startTime,
					duration: event.duration,
					interactionId: event.interactionId ?? 0
				});
			}
		}).observe(
			/** @type {PerformanceObserverInit} */ ({
				type: 'event',
				durationThreshold: 16,
				buffered: true
			})
		);
	}
	addEventListener(
		'keydown',
		(event) => {
			/** @type {KeyTiming} */
			const key = { key: event.key, start: event.timeStamp, end: 0 };
			probe.keys.push(key);
			if (event.key === 'Enter' && probe.note && probe.note.start === null) {
				probe.note.start = event.timeStamp;
			}
			afterNextPaint(() => (key.end = Math.max(key.end, performance.now())));
		},
		true
	);
	// The input event may come in a later task than its keydown: wait for the frame after it too.
	addEventListener(
		'input',
		() => {
			const key = probe.keys[probe.keys.length - 1];
			if (key) afterNextPaint(() => (key.end = Math.max(key.end, performance.now())));
		},
		true
	);
	return probe.eventTiming;
}

/**
 * Runs in the page: forgets what the probe recorded so far.
 */
function resetProbe() {
	const probe = /** @type {{ __canalBench: Probe }} */ (/** @type {unknown} */ (window))
		.__canalBench;
	probe.keys = [];
	probe.entries = [];
	probe.note = null;
}

/**
 * Runs in the page: watches the notes board for `text` and records the frame after it appears.
 * @param {string} text
 */
function expectNote(text) {
	const probe = /** @type {{ __canalBench: Probe }} */ (/** @type {unknown} */ (window))
		.__canalBench;
	/** @type {NoteTiming} */
	const note = { text, start: null, appeared: null, end: null };
	probe.note = note;
	const board = document.querySelector('section.board') ?? document.body;
	const observer = new MutationObserver((records) => {
		const found = records.some((record) =>
			record.type === 'characterData'
				? (record.target.textContent ?? '').includes(text)
				: [...record.addedNodes].some((node) => (node.textContent ?? '').includes(text))
		);
		if (!found) return;
		observer.disconnect();
		note.appeared = performance.now();
		requestAnimationFrame(() => setTimeout(() => (note.end = performance.now()), 0));
	});
	observer.observe(board, { childList: true, subtree: true, characterData: true });
}

/**
 * Runs in the page: what the probe recorded.
 * @returns {Probe}
 */
function readProbe() {
	return /** @type {{ __canalBench: Probe }} */ (/** @type {unknown} */ (window)).__canalBench;
}

/**
 * Latency of each keystroke: from its keydown to the end of the last Event Timing entry
 * (keydown, keypress, beforeinput, input) before the next keydown, when there is one; otherwise,
 * as Event Timing leaves out anything under 16 ms, to the frame after it (rAF + setTimeout).
 * @param {KeyTiming[]} keys
 * @param {EventEntry[]} entries
 */
function keystrokeLatencies(keys, entries) {
	const kinds = new Set(['keydown', 'keypress', 'beforeinput', 'input']);
	/** @type {number[]} */
	const latencies = [];
	/** @type {number[]} */
	const nextPaint = [];
	let fromEventTiming = 0;
	keys.forEach((key, index) => {
		const until = keys[index + 1]?.start ?? Infinity;
		const own = entries.filter(
			(entry) => kinds.has(entry.name) && entry.start >= key.start - 1 && entry.start < until
		);
		const painted = key.end > 0 ? key.end - key.start : null;
		if (painted !== null) nextPaint.push(painted);
		if (own.length > 0) {
			fromEventTiming += 1;
			latencies.push(Math.max(...own.map((entry) => entry.start + entry.duration)) - key.start);
		} else if (painted !== null) {
			latencies.push(painted);
		}
	});
	return { latencies, nextPaint, fromEventTiming };
}

/**
 * @typedef {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number, columnNumber: number }, children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], samples?: number[], timeDeltas?: number[] }} CpuProfile
 */

/**
 * Starts the CDP sampling profiler; the function it returns stops it, writes the profile to
 * tests/.artifacts/interaction-<name>.cpuprofile and summarises where the time went.
 * @param {import('playwright').Page} page
 * @param {string} name
 */
async function startProfile(page, name) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	return async () => {
		const { profile: recorded } = /** @type {{ profile: CpuProfile }} */ (
			await cdp.send('Profiler.stop')
		);
		await cdp.detach();
		const path = join(artifacts, `interaction-${name}.cpuprofile`);
		writeFileSync(path, JSON.stringify(recorded));
		return { file: path.slice(root.length + 1), ...summariseProfile(recorded) };
	};
}

/**
 * Self and total time per function (minified names: the location is what identifies them). Only
 * samples with the app's code on the stack count in the lists and `appMs`: Playwright's own
 * scripts (locators, evaluate) run in the same renderer between the measured interactions.
 * @param {CpuProfile} recorded
 */
function summariseProfile(recorded) {
	/** @type {Map<number, ProfileNode>} */
	const byId = new Map(recorded.nodes.map((node) => [node.id, node]));
	/** @type {Map<number, number>} */
	const parent = new Map();
	for (const node of recorded.nodes)
		for (const child of node.children ?? []) parent.set(child, node.id);
	/** @param {ProfileNode} node */
	const label = (node) => {
		const { functionName, url, lineNumber, columnNumber } = node.callFrame;
		const file = url ? url.slice(url.lastIndexOf('/') + 1) : '';
		return file
			? `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`
			: functionName;
	};
	/** @type {Map<string, number>} */
	const self = new Map();
	/** @type {Map<string, number>} */
	const total = new Map();
	const samples = recorded.samples ?? [];
	const deltas = recorded.timeDeltas ?? [];
	let busy = 0;
	let app = 0;
	let gc = 0;
	samples.forEach((id, index) => {
		const ms = (deltas[index + 1] ?? 0) / 1000;
		const node = byId.get(id);
		if (!node) return;
		const name = label(node);
		if (name === '(idle)' || name === '(program)') return;
		busy += ms;
		if (name === '(garbage collector)') gc += ms;
		/** @type {ProfileNode[]} */
		const stack = [];
		for (let at = /** @type {number | undefined} */ (id); at !== undefined; at = parent.get(at)) {
			const ancestor = byId.get(at);
			if (ancestor) stack.push(ancestor);
		}
		if (!stack.some((frame) => frame.callFrame.url.startsWith(base))) return;
		app += ms;
		self.set(name, (self.get(name) ?? 0) + ms);
		const seen = new Set(['(root)']);
		for (const frame of stack) {
			const key = label(frame);
			if (seen.has(key)) continue;
			seen.add(key);
			total.set(key, (total.get(key) ?? 0) + ms);
		}
	});
	/** @param {Map<string, number>} map */
	const top = (map) =>
		[...map.entries()]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 12)
			.map(([name, ms]) => ({ name, ms: round(ms) }));
	return {
		busyMs: round(busy),
		appMs: round(app),
		gcMs: round(gc),
		topSelf: top(self),
		topTotal: top(total)
	};
}

/**
 * Opens the stakeholders step of the large workshop and measures, in the page, how long a
 * keystroke in a stakeholder's text field and adding a board note take to reach the screen.
 * @param {import('playwright').Browser} browser
 * @param {Buffer} file
 * @param {{ workshopId: string, title: string }} header
 */
async function measureInteraction(browser, file, header) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		progress('interaction: importing the large workshop');
		await importFile(page, base, file, header.title);
		const url = `/w/${header.workshopId}/${OPEN_STEP}`;
		await page.goto(`${base}${url}`);
		if (!(await readMarks(page))) {
			throw new Error(`${STEP_READY} was not marked within ${READY_TIMEOUT_MS} ms`);
		}
		const eventTiming = await page.evaluate(installProbe);
		/** @type {Record<string, unknown>} */
		const result = {
			url,
			// Other work on the machine shows up as slow keystrokes: this says how busy it was.
			loadAverage: round(loadavg()[0] ?? 0),
			method: {
				eventTiming,
				typing: eventTiming
					? 'Event Timing: keydown to the end of its keydown/keypress/input entries (next paint); keydown → rAF + setTimeout(0) for keys without an entry (under 16 ms)'
					: 'keydown timeStamp → the input event’s rAF + setTimeout(0) (next-paint approximation)',
				addNote:
					'Enter keydown timeStamp → MutationObserver sees the note in the board → rAF + setTimeout(0)'
			}
		};

		try {
			progress(`interaction: typing ${TYPED_CHARACTERS} characters into ${TYPING_FIELD}`);
			await page.locator('details.record > summary').first().click();
			const field = page.getByLabel(TYPING_FIELD, { exact: true });
			await field.click();
			await page.evaluate(resetProbe);
			const stopProfile = profile ? await startProfile(page, 'typing') : null;
			const alphabet = 'the quick brown fox jumps over a lazy dog ';
			const text = Array.from(
				{ length: TYPED_CHARACTERS },
				(_, index) => alphabet[index % alphabet.length]
			).join('');
			await page.keyboard.type(text, { delay: KEY_DELAY_MS });
			await page.waitForFunction(
				() =>
					/** @type {{ __canalBench: Probe }} */ (
						/** @type {unknown} */ (window)
					).__canalBench.keys.every((key) => key.end > 0),
				undefined,
				{ timeout: 10_000 }
			);
			// Event Timing entries are delivered after the frame they end in.
			await page.waitForTimeout(200);
			const typingProfile = stopProfile ? await stopProfile() : undefined;
			const probe = await page.evaluate(readProbe);
			const typed = keystrokeLatencies(probe.keys, probe.entries);
			const value = await field.inputValue();
			result.typing = {
				field: TYPING_FIELD,
				characters: TYPED_CHARACTERS,
				keyDelayMs: KEY_DELAY_MS,
				...latencyStats(typed.latencies),
				fromEventTiming: typed.fromEventTiming,
				nextPaint: latencyStats(typed.nextPaint),
				// The field should end with what was typed: a mismatch means the benchmark typed into
				// something else, or keystrokes were lost.
				typedTextArrived: value.endsWith(text),
				profile: typingProfile
			};
		} catch (error) {
			result.typing = { error: describe(error) };
		}

		try {
			progress(`interaction: adding ${ADDED_NOTES} notes`);
			const input = page.getByLabel(NOTE_LABEL, { exact: true });
			/** @type {number[]} */
			const latencies = [];
			/** @type {number[]} */
			const appeared = [];
			/** @type {number[]} */
			const enterEventTiming = [];
			const stamp = Date.now().toString(36);
			const stopProfile = profile ? await startProfile(page, 'add-note') : null;
			for (let index = 0; index < ADDED_NOTES; index++) {
				const text = `Bench note ${stamp}-${index + 1}: what the audience asks most`;
				await input.fill(text);
				await page.evaluate(resetProbe);
				await page.evaluate(expectNote, text);
				await input.press('Enter');
				await page.waitForFunction(
					() =>
						/** @type {{ __canalBench: Probe }} */ (/** @type {unknown} */ (window)).__canalBench
							.note?.end != null,
					undefined,
					{ timeout: 10_000 }
				);
				await page.waitForTimeout(50);
				const probe = await page.evaluate(readProbe);
				const note = probe.note;
				if (!note || note.start === null || note.end === null || note.appeared === null) {
					throw new Error('the Enter keydown or the new note was not seen');
				}
				latencies.push(note.end - note.start);
				appeared.push(note.appeared - note.start);
				const start = note.start;
				const entries = probe.entries.filter(
					(entry) => entry.name === 'keydown' && Math.abs(entry.start - start) < 1
				);
				if (entries.length > 0) enterEventTiming.push(Math.max(...entries.map((e) => e.duration)));
			}
			const addNoteProfile = stopProfile ? await stopProfile() : undefined;
			result.addNote = {
				notes: ADDED_NOTES,
				...latencyStats(latencies),
				appearedMedianMs: roundOrNull(median(appeared)),
				enterKeydownEventTiming: {
					...latencyStats(enterEventTiming),
					note: 'Enter keydowns with an Event Timing entry (16 ms or more)'
				},
				profile: addNoteProfile
			};
		} catch (error) {
			result.addNote = { error: describe(error) };
		}
		result.targetMs = INTERACTION_TARGET_MS;
		return result;
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
			stopServer = await startServer(port);
			result.serverStartMs = Date.now() - serverStarted;
		} catch (error) {
			result.open = { error: describe(error) };
			result.initialJs = { error: describe(error) };
			result.cls = { error: describe(error), target: CLS_TARGET };
			result.interaction = { error: describe(error), targetMs: INTERACTION_TARGET_MS };
		}
		if (stopServer) {
			const browser = await chromium.launch({
				executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
				args: chromiumLaunchArgs
			});
			result.machine = { .../** @type {object} */ (result.machine), chromium: browser.version() };
			try {
				if (wanted('open'))
					try {
						result.open = await measureOpen(browser, file, header);
					} catch (error) {
						result.open = { error: describe(error), targetMs: OPEN_TARGET_MS };
					}
				if (wanted('initialJs'))
					try {
						progress('initial JS: loading a workshop route with the cache off');
						result.initialJs = await measureInitialJs(browser, file, header);
					} catch (error) {
						result.initialJs = { error: describe(error), targetBytes: INITIAL_JS_TARGET_BYTES };
					}
				if (wanted('cls'))
					try {
						result.cls = await measureCls(browser, file, header);
					} catch (error) {
						result.cls = { error: describe(error), target: CLS_TARGET };
					}
				if (wanted('interaction'))
					try {
						result.interaction = await measureInteraction(browser, file, header);
					} catch (error) {
						result.interaction = { error: describe(error), targetMs: INTERACTION_TARGET_MS };
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
