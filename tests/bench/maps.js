#!/usr/bin/env node
// `npm run bench:maps [-- --quick]`: in Chromium, for the reference and the large workshop, how
// long the stakeholder map and the platform map take to be on screen, the frame times while a
// stakeholder is dragged, and the longest main-thread task while the maps are laid out.
// Prints one JSON object (progress on stderr) and writes tests/.artifacts/bench-maps.json.
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
const RUNS = quick ? 2 : 5;
const DRAG_MOVES = quick ? 40 : 120;
const TARGETS = { firstRenderMs: 200, dragFrameP95Ms: 16.7, longestTaskMs: 50 };

/** Records long tasks and animation frames from the start of the page. */
function installObservers() {
	const w = /** @type {any} */ (window);
	w.__maps = { longTasks: [], frames: [] };
	for (const type of ['longtask', 'long-animation-frame'])
		try {
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					w.__maps.longTasks.push({ type, start: entry.startTime, duration: entry.duration });
			}).observe({ type, buffered: true });
		} catch {
			// Not supported by this browser: reported as no entries.
		}
}

/**
 * Opens a step and waits for its map; returns the time from the map starting to lay out to the map
 * being on screen, and the longest task or animation frame in that span.
 * @param {import('playwright').Page} page
 * @param {string} url
 * @param {string} kind
 */
async function firstRender(page, url, kind) {
	await page.goto(url);
	await page.waitForFunction(
		(name) => performance.getEntriesByName(name, 'mark').length > 0,
		`canal:map-drawn:${kind}`,
		{ timeout: 60_000 }
	);
	// The board's canvas below waits for the map's first drawing (see staged-drawing.svelte.ts).
	await page
		.waitForFunction(() => performance.getEntriesByName('canal:canvas-start', 'mark').length > 0, {
			timeout: 20_000
		})
		.catch(() => {});
	return page.evaluate((kind) => {
		const start = performance.getEntriesByName('canal:map-start', 'mark')[0]?.startTime ?? 0;
		const canvas = performance.getEntriesByName('canal:canvas-start', 'mark')[0]?.startTime;
		const drawn =
			performance.getEntriesByName(`canal:map-drawn:${kind}`, 'mark')[0]?.startTime ?? 0;
		const tasks = /** @type {any} */ (window).__maps.longTasks.filter(
			(/** @type {{ start: number, duration: number }} */ task) =>
				task.start + task.duration >= start && task.start <= drawn
		);
		const longest = (/** @type {string} */ type) =>
			Math.max(
				0,
				...tasks
					.filter((/** @type {any} */ t) => t.type === type)
					.map((/** @type {any} */ t) => t.duration)
			);
		return {
			ms: drawn - start,
			nodes: document.querySelectorAll('circle.map-node').length,
			links: document.querySelectorAll('.map-link').length,
			longestTaskMs: longest('longtask'),
			longestAnimationFrameMs: longest('long-animation-frame'),
			canvasAfterMap: canvas === undefined ? null : canvas >= drawn
		};
	}, kind);
}

/**
 * Drags the first stakeholder dot in small steps and records the time between animation frames
 * and from each pointer move to the frame that shows it.
 * @param {import('playwright').Page} page
 */
async function dragFrames(page) {
	const dot = page.locator('.map-stakeholders circle.map-node').first();
	const box = await dot.boundingBox();
	if (!box) throw new Error('no stakeholder dot on screen');
	await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__drag = { frames: [], moves: [], running: true, last: 0 };
		const loop = (/** @type {number} */ time) => {
			if (w.__drag.last) w.__drag.frames.push(time - w.__drag.last);
			w.__drag.last = time;
			const pending = w.__drag.pending;
			if (pending !== undefined) {
				w.__drag.moves.push(performance.now() - pending);
				w.__drag.pending = undefined;
			}
			if (w.__drag.running) requestAnimationFrame(loop);
		};
		requestAnimationFrame(loop);
		document.addEventListener(
			'pointermove',
			(event) => {
				if (w.__drag.pending === undefined) w.__drag.pending = event.timeStamp;
			},
			{ capture: true }
		);
	});
	const x = box.x + box.width / 2;
	const y = box.y + box.height / 2;
	await page.mouse.move(x, y);
	await page.mouse.down();
	for (let step = 1; step <= DRAG_MOVES; step++) {
		const angle = (step / DRAG_MOVES) * Math.PI * 2;
		await page.mouse.move(x + Math.sin(angle) * 120, y - (1 - Math.cos(angle)) * 60);
		await page.waitForTimeout(8);
	}
	await page.mouse.up();
	const { frames, moves } = await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__drag.running = false;
		return { frames: w.__drag.frames, moves: w.__drag.moves };
	});
	return {
		moves: DRAG_MOVES,
		frameP50Ms: round(median(frames) ?? 0),
		frameP95Ms: round(percentile(frames, 0.95) ?? 0),
		moveToFrameP50Ms: round(median(moves) ?? 0),
		moveToFrameP95Ms: round(percentile(moves, 0.95) ?? 0)
	};
}

/**
 * @param {import('playwright').Browser} browser
 * @param {{ id: string, title: string, path: string }} workshop
 */
async function measureWorkshop(browser, workshop) {
	const context = await browser.newContext({
		serviceWorkers: 'block',
		viewport: { width: 1280, height: 900 }
	});
	await context.addInitScript(installObservers);
	try {
		const page = await context.newPage();
		await importFile(page, base, readFileSync(workshop.path), workshop.title);
		/** @type {Record<string, any>} */
		const result = {};
		for (const [step, kind] of /** @type {const} */ ([
			['stakeholders', 'stakeholders'],
			['platforms', 'platforms']
		])) {
			const runs = [];
			// One uncounted run first: it fills the HTTP and code caches.
			for (let run = 0; run <= RUNS; run++) {
				const measured = await firstRender(page, `${base}/w/${workshop.id}/${step}`, kind);
				if (run > 0) runs.push(measured);
			}
			result[kind] = {
				nodes: runs[0]?.nodes,
				links: runs[0]?.links,
				firstRenderMedianMs: round(median(runs.map((r) => r.ms)) ?? 0),
				firstRenderMaxMs: round(Math.max(...runs.map((r) => r.ms))),
				longestTaskMs: round(Math.max(...runs.map((r) => r.longestTaskMs))),
				longestAnimationFrameMs: round(Math.max(...runs.map((r) => r.longestAnimationFrameMs))),
				// Whether the board's canvas started only once this map was on screen, in every run.
				canvasAfterMap: runs.every((r) => r.canvasAfterMap === true)
			};
			progress(`${kind}: ${JSON.stringify(result[kind])}`);
		}
		await page.goto(`${base}/w/${workshop.id}/stakeholders`);
		await page.locator('.map-stakeholders circle.map-node').first().waitFor();
		result.drag = await dragFrames(page);
		progress(`drag: ${JSON.stringify(result.drag)}`);
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
		machine: { cpus: cpus().length, loadAverage: loadavg().map((n) => round(n)) },
		targets: TARGETS
	};
	progress('writing the reference and large workshops');
	const workshops = await runTsx(join('tests', 'bench', 'write-workshops.ts'), [
		'--dir',
		artifacts
	]);
	progress('starting the app server (it builds first when the sources changed)');
	const stopServer = await startServer(port);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: chromiumLaunchArgs
	});
	try {
		for (const name of ['reference', 'large']) {
			progress(`${name} workshop`);
			try {
				result[name] = await measureWorkshop(browser, workshops[name]);
			} catch (error) {
				result[name] = { error: describe(error) };
			}
		}
	} finally {
		await browser.close();
		stopServer();
	}
	result.totalMs = Date.now() - started;
	const json = JSON.stringify(result, null, '\t');
	writeFileSync(join(artifacts, 'bench-maps.json'), `${json}\n`);
	process.stdout.write(`${json}\n`);
}

await main();
