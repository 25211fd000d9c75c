#!/usr/bin/env node
// The boards' canvas in Chromium, on a board of 500 notes in 12 groups: how long the canvas takes
// to be on screen, the time between frames while panning, zooming and dragging notes (p50/p95), and
// how many presence updates the canvas sends per second during a drag (bounded at 20).
// Run by `npm run bench:canvas` (after the Node figures); prints one JSON object (progress on
// stderr) and writes tests/.artifacts/bench-canvas-browser.json. Timings are never asserted.
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
const MOVES = quick ? 40 : 120;
const TARGETS = { firstRenderMs: 300, frameP95Ms: 16.7, presencePerSecondAtMost: 20 };

/** Records animation frame intervals and the canvas's presence updates from the page's start. */
function installObservers() {
	const w = /** @type {any} */ (window);
	w.__canvas = { presence: [], frames: [], running: false, last: 0 };
	addEventListener('canal:canvas-presence', () => w.__canvas.presence.push(performance.now()));
}

/** @param {import('playwright').Page} page */
async function startFrames(page) {
	await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		Object.assign(w.__canvas, { frames: [], running: true, last: 0, from: performance.now() });
		const loop = (/** @type {number} */ time) => {
			if (w.__canvas.last) w.__canvas.frames.push(time - w.__canvas.last);
			w.__canvas.last = time;
			if (w.__canvas.running) requestAnimationFrame(loop);
		};
		requestAnimationFrame(loop);
	});
}

/** @param {import('playwright').Page} page */
async function stopFrames(page) {
	const { frames, presence, seconds } = await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__canvas.running = false;
		const from = w.__canvas.from;
		return {
			frames: w.__canvas.frames,
			presence: w.__canvas.presence.filter((/** @type {number} */ t) => t >= from).length,
			seconds: (performance.now() - from) / 1000
		};
	});
	return {
		frames: frames.length,
		frameP50Ms: round(median(frames) ?? 0),
		frameP95Ms: round(percentile(frames, 0.95) ?? 0),
		presencePerSecond: round(presence / Math.max(0.001, seconds))
	};
}

/** @param {import('playwright').Page} page @param {string} url */
async function firstRender(page, url) {
	await page.goto(url);
	await page.waitForFunction(
		() => performance.getEntriesByName('canal:canvas-drawn', 'mark').length > 0,
		undefined,
		{ timeout: 60_000 }
	);
	return page.evaluate(() => {
		const start = performance.getEntriesByName('canal:canvas-start', 'mark')[0]?.startTime ?? 0;
		const drawn = performance.getEntriesByName('canal:canvas-drawn', 'mark')[0]?.startTime ?? 0;
		return {
			ms: drawn - start,
			fromNavigationMs: drawn,
			renderedNotes: document.querySelectorAll('.canvas-note').length,
			renderedFrames: document.querySelectorAll('.canvas-frame').length
		};
	});
}

/** @param {import('playwright').Page} page */
async function viewportBox(page) {
	const viewport = page.locator('.canvas-viewport');
	await viewport.scrollIntoViewIfNeeded();
	const box = await viewport.boundingBox();
	if (!box) throw new Error('no canvas on screen');
	return box;
}

/**
 * Pans by dragging empty space near the top left, then zooms with Ctrl+wheel about the middle.
 * @param {import('playwright').Page} page
 */
async function panAndZoom(page) {
	const box = await viewportBox(page);
	// Empty space: the gap left of the first group at 100%.
	await page.getByRole('button', { name: 'Fit all' }).click();
	const [x, y] = [box.x + 6, box.y + 6];
	await startFrames(page);
	await page.mouse.move(x, y);
	await page.mouse.down();
	for (let step = 1; step <= MOVES; step++) {
		await page.mouse.move(x + Math.sin((step / MOVES) * Math.PI * 2) * 200, y + step);
		await page.waitForTimeout(8);
	}
	await page.mouse.up();
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.keyboard.down('Control');
	for (let step = 0; step < MOVES; step++) {
		await page.mouse.wheel(0, step < MOVES / 2 ? -40 : 40);
		await page.waitForTimeout(8);
	}
	await page.keyboard.up('Control');
	// Presence during a pan is only the pointer, and d3-zoom holds the pointer: not reported.
	const { frames, frameP50Ms, frameP95Ms } = await stopFrames(page);
	return { frames, frameP50Ms, frameP95Ms };
}

/**
 * Drags one note in a circle for a while.
 * @param {import('playwright').Page} page
 */
async function drag(page) {
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await viewportBox(page);
	// A note whose middle is on screen and not under another one.
	const point = await page.evaluate(() => {
		const area = document.querySelector('.canvas-viewport')?.getBoundingClientRect();
		for (const note of document.querySelectorAll('.canvas-note')) {
			const box = note.getBoundingClientRect();
			const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
			if (!area || x < area.left || x > area.right - 200 || y < area.top || y > area.bottom - 150)
				continue;
			if (document.elementFromPoint(x, y)?.closest('.canvas-note') === note) return { x, y };
		}
		return null;
	});
	if (!point) throw new Error('no note on screen');
	const { x, y } = point;
	await startFrames(page);
	await page.mouse.move(x, y);
	await page.mouse.down();
	for (let step = 1; step <= MOVES; step++) {
		const angle = (step / MOVES) * Math.PI * 2;
		await page.mouse.move(x + Math.sin(angle) * 150, y - (1 - Math.cos(angle)) * 80);
		await page.waitForTimeout(8);
	}
	const figures = await stopFrames(page);
	await page.mouse.up();
	return { moves: MOVES, ...figures };
}

async function main() {
	mkdirSync(artifacts, { recursive: true });
	const started = Date.now();
	/** @type {Record<string, unknown>} */
	const result = {
		benchmark: 'canvas-browser',
		quick,
		date: new Date().toISOString(),
		machine: { cpus: cpus().length, loadAverage: loadavg().map((n) => round(n)) },
		targets: TARGETS
	};
	try {
		progress('writing a board of 500 notes in 12 groups');
		const workshop = await runTsx(join('tests', 'bench', 'write-canvas-board.ts'), [
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
			const context = await browser.newContext({
				serviceWorkers: 'block',
				viewport: { width: 1280, height: 900 }
			});
			await context.addInitScript(installObservers);
			const page = await context.newPage();
			await importFile(page, base, readFileSync(workshop.path), workshop.title);
			const url = `${base}/w/${workshop.id}/purpose`;
			const runs = [];
			// One uncounted run first: it fills the HTTP and code caches.
			for (let run = 0; run <= RUNS; run++) {
				const measured = await firstRender(page, url);
				if (run > 0) runs.push(measured);
			}
			result.board = { notes: 500, groups: 12 };
			result.firstRender = {
				medianMs: round(median(runs.map((r) => r.ms)) ?? 0),
				maxMs: round(Math.max(...runs.map((r) => r.ms))),
				fromNavigationMedianMs: round(median(runs.map((r) => r.fromNavigationMs)) ?? 0),
				renderedNotes: runs[0]?.renderedNotes,
				renderedFrames: runs[0]?.renderedFrames
			};
			progress(`first render: ${JSON.stringify(result.firstRender)}`);
			result.panAndZoom = await panAndZoom(page);
			progress(`pan and zoom: ${JSON.stringify(result.panAndZoom)}`);
			result.drag = await drag(page);
			progress(`drag: ${JSON.stringify(result.drag)}`);
			await context.close();
		} finally {
			await browser.close();
			stopServer();
		}
	} catch (error) {
		result.error = describe(error);
	}
	result.totalMs = Date.now() - started;
	const json = JSON.stringify(result, null, '\t');
	writeFileSync(join(artifacts, 'bench-canvas-browser.json'), `${json}\n`);
	process.stdout.write(`${json}\n`);
}

await main();
