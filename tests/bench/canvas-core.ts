// The pure layer of the step canvas: default layout of old plans, Tidy, Spread out and the query for
// which notes to render. Prints one JSON object with median and worst times of several runs (ms).
// `npm run bench:canvas [-- --quick]` (quick: 3 runs each); also written to
// tests/.artifacts/bench-canvas-core.json. Then, unless `--no-browser`, the canvas itself in
// Chromium (tests/bench/canvas-browser.js: first render, pan/zoom and drag frame times, presence
// updates per second on a 500-note board), under `browser`. Figures only: nothing here is asserted,
// and a browser run that fails is reported as an error, never as a failed command.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultLayout } from '../../src/lib/canvas/default-layout';
import { findOverlap, rectAt } from '../../src/lib/canvas/geometry';
import { NOTE_SIZE } from '../../src/lib/canvas/metrics';
import { spreadOut, tidy } from '../../src/lib/canvas/tidy';
import { visibleItems } from '../../src/lib/canvas/viewport';
import { scatteredNotes, unplacedNotes } from '../factories/canvas-notes';

const RUNS = process.argv.includes('--quick') ? 3 : 15;

function measure<T>(run: () => T, runs = RUNS): { medianMs: number; maxMs: number; value: T } {
	let value = run();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		value = run();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	const round = (ms: number) => Math.round(ms * 1000) / 1000;
	return {
		medianMs: round(times[Math.floor(times.length / 2)] as number),
		maxMs: round(times[times.length - 1] as number),
		value
	};
}

function layoutFigures(count: number, clusters: number) {
	const notes = unplacedNotes(count, clusters, count);
	const { medianMs, maxMs, value } = measure(() => defaultLayout(notes));
	const rects = [...value.positions.values()].map((p) => rectAt(p, NOTE_SIZE));
	return {
		notes: count,
		clusters,
		medianMs,
		maxMs,
		overlaps: findOverlap(rects) !== null,
		frames: value.areas.length
	};
}

function tidyFigures(count: number) {
	const notes = scatteredNotes(count, 3_000, count);
	const frame = { x: 0, y: 0, width: 3_000, height: 3_000 };
	const { medianMs, maxMs, value } = measure(() => tidy(notes, frame));
	const rects = [...value.positions.values()].map((p) => rectAt(p, NOTE_SIZE));
	return { notes: count, medianMs, maxMs, overlaps: findOverlap(rects) !== null };
}

function spreadFigures(count: number) {
	const pile = Array.from({ length: count }, (_, i) => ({ id: `p${i}`, x: 0, y: 0 }));
	const { medianMs, maxMs, value } = measure(() => spreadOut(pile), 5);
	const rects = [...value.values()].map((p) => rectAt(p, NOTE_SIZE));
	return { notes: count, medianMs, maxMs, overlaps: findOverlap(rects) !== null };
}

function visibleFigures(count: number) {
	const layout = defaultLayout(unplacedNotes(count, 12, count));
	const items = [...layout.positions].map(([id, p]) => ({ id, rect: rectAt(p, NOTE_SIZE) }));
	const size = { width: 1280, height: 800 };
	const views = [
		{ name: 'at 100%', view: { x: -200, y: -300, k: 1 } },
		{ name: 'zoomed out to 10%', view: { x: 0, y: 0, k: 0.1 } }
	];
	return views.map(({ name, view }) => {
		const { medianMs, maxMs, value } = measure(() => visibleItems(items, view, size), 50);
		return { notes: count, view: name, rendered: value.length, medianMs, maxMs };
	});
}

/** The browser half, in a process of its own (it starts the app server and Chromium). */
function browserFigures(): unknown {
	if (process.argv.includes('--no-browser')) return 'skipped (--no-browser)';
	const quick = process.argv.includes('--quick') ? ['--quick'] : [];
	const run = spawnSync(
		process.execPath,
		['scripts/with-chromium.js', process.execPath, 'tests/bench/canvas-browser.js', ...quick],
		{
			cwd: new URL('../../', import.meta.url).pathname,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	try {
		return JSON.parse(run.stdout);
	} catch {
		return { error: `the browser benchmark printed no JSON (exit ${run.status ?? run.signal})` };
	}
}

const core = {
	benchmark: 'canvas-core',
	node: process.version,
	runs: RUNS,
	defaultLayout: [layoutFigures(500, 12), layoutFigures(3_000, 12)],
	tidy: [tidyFigures(100), tidyFigures(1_000)],
	spreadOutOfAPile: [spreadFigures(100), spreadFigures(1_000)],
	visibleItems: visibleFigures(5_000)
};
const artifacts = new URL('../.artifacts/', import.meta.url).pathname;
mkdirSync(artifacts, { recursive: true });
writeFileSync(join(artifacts, 'bench-canvas-core.json'), JSON.stringify(core, null, 2));
const report = JSON.stringify({ ...core, browser: browserFigures() }, null, 2);
console.log(report);
