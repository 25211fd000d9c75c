// `npm run bench:export [-- --quick]`: what a PDF export costs in Node, for the reference and the
// large workshop (fewer runs with --quick). Prints one JSON object on stdout; progress goes to
// stderr; the object is also written to tests/.artifacts/bench-export.json. Timings are reported
// against their targets, never asserted.
//
// Each figure is the whole export: building the report, drawing the maps and the boards, laying out
// and writing the PDF. `coldMs` is a workshop's first export in this process (pdfmake loaded just
// before, `engineLoadMs`, and not yet warmed up by the JIT on this workshop), `warmMs` the median
// of the exports after it and `minMs` the fastest, so a busy machine shows as a gap between them.
import { register } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Plan } from '../../src/lib/domain/plan';
import { buildReport, editionSource, reportBoards, reportMaps } from '../../src/lib/domain/report';
import { drawBoards } from '../../src/lib/export/board-svg';
import { drawMaps, type MapDrawers } from '../../src/lib/export/map-svgs';
import { reportToPdfDefinition } from '../../src/lib/export/pdf/docDefinition';
import { loadPdfEngine, renderPdf } from '../../src/lib/export/pdf/render';
import { strategyPlan } from '../factories/strategy-plan';

const artifacts = join(dirname(fileURLToPath(import.meta.url)), '..', '.artifacts');
const quick = process.argv.includes('--quick');
/** Warm exports per workshop after the cold one. */
const RUNS = quick ? 2 : 4;
const TARGETS = {
	reference: { warmMs: 2_000, bytes: 1_000_000 },
	large: { warmMs: 3_000, bytes: 5_000_000 }
};

/**
 * The real map renderer; a one-shape stand-in, reported as such, if it cannot be loaded (then
 * the figures leave out the cost of drawing real maps, and say so).
 */
async function mapDrawers(): Promise<{ drawers: MapDrawers; maps: 'real' | 'placeholder' }> {
	try {
		const { MAP_DRAWERS } = await import('../../src/lib/export/map-drawers');
		return { drawers: MAP_DRAWERS, maps: 'real' };
	} catch (error) {
		process.stderr.write(`Real maps unavailable, using a stand-in: ${String(error)}\n`);
		const stand: MapDrawers['stakeholders'] = () =>
			'<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500"><rect width="800" height="500" fill="#eee"/></svg>';
		return {
			drawers: { stakeholders: stand, salience: stand, platforms: stand, 'fit-effort': stand },
			maps: 'placeholder'
		};
	}
}

/** Pages of a PDF written by pdfkit: page objects are plain dictionaries, never compressed. */
function pageCount(bytes: Uint8Array): number {
	const text = new TextDecoder('latin1').decode(bytes);
	return (text.match(/\/Type \/Page\b/g) ?? []).length;
}

type Run = Awaited<ReturnType<typeof once>>;

async function once(plan: Plan, drawers: MapDrawers) {
	const lap = (() => {
		let last = performance.now();
		return () => {
			const now = performance.now();
			const ms = Math.round(now - last);
			last = now;
			return ms;
		};
	})();
	const started = performance.now();
	const report = buildReport(plan, { edition: 'full', generatedAt: new Date() });
	const reportMs = lap();
	const source = editionSource(plan, 'full');
	const { svgs } = drawMaps(source, reportMaps(report), drawers);
	const mapsMs = lap();
	const { boards } = drawBoards(source, reportBoards(report));
	const boardsMs = lap();
	let layoutMs = 0;
	const bytes = await renderPdf(
		reportToPdfDefinition(report, { pageSize: 'A4', maps: svgs, boards }),
		(phase) => {
			if (phase === 'writing' && layoutMs === 0) layoutMs = lap();
		}
	);
	const writeMs = lap();
	const ms = Math.round(performance.now() - started);
	return { ms, bytes, phases: { reportMs, mapsMs, boardsMs, layoutMs, writeMs } };
}

async function measure(name: 'reference' | 'large', plan: Plan, drawers: MapDrawers) {
	const runs = [];
	for (let run = 0; run <= RUNS; run++) {
		runs.push(await once(plan, drawers));
		process.stderr.write(`${name} ${run === 0 ? 'cold' : 'warm'}: ${runs.at(-1)!.ms} ms\n`);
	}
	const [cold, ...warm] = runs as [Run, ...Run[]];
	const sorted = [...warm].sort((a, b) => a.ms - b.ms);
	const median = sorted[Math.floor(sorted.length / 2)]!;
	return {
		coldMs: cold.ms,
		warmMs: median.ms,
		minMs: sorted[0]!.ms,
		bytes: median.bytes.byteLength,
		pages: pageCount(median.bytes),
		phases: { cold: cold.phases, warm: median.phases },
		withinTarget:
			median.ms <= TARGETS[name].warmMs && median.bytes.byteLength <= TARGETS[name].bytes,
		target: TARGETS[name],
		warmRuns: RUNS
	};
}

// Before pdfmake or the map renderer is imported: both are loaded as the app's bundle has them.
register('./bundle-hooks.mjs', import.meta.url);
const { drawers, maps } = await mapDrawers();
let engineLoadMs = performance.now();
await loadPdfEngine();
engineLoadMs = Math.round(performance.now() - engineLoadMs);

const reference = await measure('reference', strategyPlan('reference'), drawers);
const large = await measure('large', strategyPlan('large'), drawers);

const result = JSON.stringify(
	{
		reference,
		large,
		engineLoadMs,
		maps,
		node: process.version,
		// Timings mean little on a busy machine: this says how busy it was.
		loadAverage: loadavg().map((n) => Math.round(n * 100) / 100)
	},
	null,
	2
);
mkdirSync(artifacts, { recursive: true });
writeFileSync(join(artifacts, 'bench-export.json'), `${result}\n`);
console.log(result);
