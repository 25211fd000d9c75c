// The Node part of `npm run bench:versions`: on the large workshop, what saving a version costs
// (encode and compress), its stored size against the raw state, and comparing two versions in
// one thread (decode both, read the plans, diff). Prints one JSON object; progress on stderr.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { compareVersions } from '../../src/lib/doc/compare-versions';
import { restorePlan } from '../../src/lib/doc/restore';
import { decodeVersion, encodeVersion } from '../../src/lib/doc/version-codec';
import { summarizeChanges } from '../../src/lib/domain/versions';
import { largeWorkshop } from '../factories/workshop';
import { editLargeWorkshop } from './versions-edits';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 7;

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round = (ms: number) => Math.round(ms * 10) / 10;

async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
	const started = performance.now();
	const value = await run();
	return { ms: performance.now() - started, value };
}

process.stderr.write('[bench] versions (Node): building the large workshop\n');
const load = { start: loadavg().map((n) => round(n)) };
const doc = new Y.Doc();
const plan = largeWorkshop(2, doc);
const raw = Y.encodeStateAsUpdate(doc).length;

const saveMs: number[] = [];
let before: Uint8Array = new Uint8Array();
for (let run = 0; run < RUNS + 1; run++) {
	const { ms, value } = await timed(() => encodeVersion(doc));
	if (run > 0) saveMs.push(ms);
	before = value;
}
const decodeMs: number[] = [];
for (let run = 0; run < RUNS; run++) decodeMs.push((await timed(() => decodeVersion(before))).ms);

const snapshot = plan.toJSON();
editLargeWorkshop(plan);
const after = await encodeVersion(doc);
const compareMs: number[] = [];
let summary = '';
for (let run = 0; run < RUNS; run++) {
	const { ms, value } = await timed(() => compareVersions(before, after));
	compareMs.push(ms);
	if (value.status === 'ok') summary = summarizeChanges(value.changes);
}
const restore = await timed(() => restorePlan(plan, snapshot));

console.log(
	JSON.stringify({
		runs: RUNS,
		workshop: {
			stakeholders: snapshot.stakeholders.length,
			platforms: snapshot.platforms.length,
			goals: snapshot.goals.length,
			notes: snapshot.notes.length
		},
		rawStateBytes: raw,
		storedBytes: before.length,
		storedPercentOfRaw: round((before.length / raw) * 100),
		saveMs: { median: round(median(saveMs)), min: round(Math.min(...saveMs)) },
		decodeMs: { median: round(median(decodeMs)), min: round(Math.min(...decodeMs)) },
		compareInOneThreadMs: {
			median: round(median(compareMs)),
			min: round(Math.min(...compareMs))
		},
		restoreMs: round(restore.ms),
		changes: summary,
		loadAverage: { ...load, end: loadavg().map((n) => round(n)) }
	})
);
