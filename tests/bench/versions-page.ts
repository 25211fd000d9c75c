// The Chromium part of `npm run bench:versions`, loaded by versions-page.html: on the large
// workshop, saving a version on the page, and comparing two versions through the real compare
// worker (cold: the worker starting; then two versions never decoded; then the same two again,
// from the worker's cache) while a PerformanceObserver records main-thread tasks over 50 ms.
// The result is left on `window.__versionsBench` for tests/bench/versions.js to read.
import * as Y from 'yjs';
import { CompareHost } from '../../src/lib/doc/compare-host';
import { PlanDoc } from '../../src/lib/doc/plan-doc';
import { encodeVersion } from '../../src/lib/doc/version-codec';
import { summarizeChanges } from '../../src/lib/domain/versions';
import { largeWorkshop } from '../factories/workshop';
import { editLargeWorkshop } from './versions-edits';

interface Result {
	saveMs: number[];
	compareColdMs: number;
	compareMs: number[];
	compareCachedMs: number[];
	/** Each long task while a comparison ran, and which (0: cold, then fresh and cached in turn). */
	longTasks: { ms: number; comparison: number }[];
	/**
	 * Long tasks in as long a wait with no comparison, right after each fresh pair was saved: what
	 * the page does anyway (its garbage collection after saving, say), for telling apart.
	 */
	idleLongTasksMs: number[];
	/**
	 * The first comparison of a page whose worker was started when the versions dialog opened
	 * (`CompareHost.warm`: started, its code run on a small plan), a second before: the
	 * comparison a person makes first, of two versions the worker never decoded.
	 */
	compareWarmedMs: number;
	/** Its index in `longTasks`' comparisons. */
	warmedComparison: number;
	/** Long tasks between warming the worker and that comparison (the worker's start-up). */
	warmUpLongTasksMs: number[];
	changes: string;
}

const w = window as unknown as { __versionsBench?: Result | { error: string } };
const runs = Number(new URLSearchParams(location.search).get('runs') ?? 3);
const pause = () => new Promise((resolve) => setTimeout(resolve, 200));

async function measure(): Promise<Result> {
	const doc = new Y.Doc();
	const plan = largeWorkshop(2, doc);
	// The earlier version lives on in a document of its own, so each run can save a new one.
	const earlierDoc = new Y.Doc();
	Y.applyUpdate(earlierDoc, Y.encodeStateAsUpdate(doc));
	const earlier = new PlanDoc(earlierDoc);
	const saveMs: number[] = [];
	for (let run = 0; run < runs + 1; run++) {
		await pause();
		const started = performance.now();
		await encodeVersion(doc);
		if (run > 0) saveMs.push(performance.now() - started);
	}
	editLargeWorkshop(plan);

	// Long tasks are counted only while a comparison runs: building and saving are not measured.
	const windows: [number, number][] = [];
	const idleWindows: [number, number][] = [];
	const longTasks: Result['longTasks'] = [];
	const idleLongTasksMs: number[] = [];
	const observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			const end = entry.startTime + entry.duration;
			const within = ([from, to]: [number, number]) => entry.startTime < to && end > from;
			const comparison = windows.findIndex(within);
			if (comparison >= 0) longTasks.push({ ms: entry.duration, comparison });
			if (idleWindows.some(within)) idleLongTasksMs.push(entry.duration);
			if (warmUpWindows.some(within)) warmUpLongTasksMs.push(entry.duration);
		}
	});
	const warmUpWindows: [number, number][] = [];
	const warmUpLongTasksMs: number[] = [];
	const host = new CompareHost();
	let changes = '';
	const compare = async (before: Uint8Array, after: Uint8Array, by = host) => {
		await pause();
		const started = performance.now();
		const result = await by.compare(before, after);
		if (result.status !== 'ok') throw new Error(result.message);
		changes = summarizeChanges(result.changes);
		const ended = performance.now();
		windows.push([started, ended]);
		// The next step (saving the next pair: encoding the large plan, a long task of its own) must
		// not run in the task that received this result: the observer would count it against the
		// comparison, whose window that task began in.
		await new Promise((resolve) => setTimeout(resolve, 0));
		return ended - started;
	};
	/** Two versions never decoded before: a small edit on each side makes new bytes. */
	const freshPair = async (run: number) => {
		earlier.setPurposeText('knownFor', `Earlier, run ${run}`);
		plan.setPurposeText('knownFor', `Now, run ${run}`);
		return [await encodeVersion(earlierDoc), await encodeVersion(doc)] as const;
	};
	observer.observe({ type: 'longtask' });
	const [coldBefore, coldAfter] = await freshPair(0);
	const compareColdMs = await compare(coldBefore, coldAfter);
	const compareMs: number[] = [];
	const compareCachedMs: number[] = [];
	for (let run = 1; run <= runs; run++) {
		const [before, after] = await freshPair(run);
		await pause();
		const idleFrom = performance.now();
		await new Promise((resolve) => setTimeout(resolve, compareColdMs / 4));
		idleWindows.push([idleFrom, performance.now()]);
		compareMs.push(await compare(before, after));
		compareCachedMs.push(await compare(before, after));
	}
	const warmed = new CompareHost();
	const [warmBefore, warmAfter] = await freshPair(runs + 1);
	await pause();
	const warmFrom = performance.now();
	warmed.warm();
	await new Promise((resolve) => setTimeout(resolve, 1_000));
	warmUpWindows.push([warmFrom, performance.now()]);
	const warmedComparison = windows.length;
	const compareWarmedMs = await compare(warmBefore, warmAfter, warmed);
	await pause();
	observer.disconnect();
	host.destroy();
	warmed.destroy();
	return {
		saveMs,
		compareColdMs,
		compareMs,
		compareCachedMs,
		longTasks,
		idleLongTasksMs,
		compareWarmedMs,
		warmedComparison,
		warmUpLongTasksMs,
		changes
	};
}

measure().then(
	(result) => (w.__versionsBench = result),
	(error: unknown) => (w.__versionsBench = { error: String(error) })
);
