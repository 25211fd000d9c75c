// The Chromium part of `npm run bench:versions`, loaded by versions-page.html: on the large
// workshop, saving a version on the page, and comparing two versions through the real compare
// worker while a PerformanceObserver records every main-thread task over 50 ms. The result is
// left on `window.__versionsBench` for tests/bench/versions.js to read.
import * as Y from 'yjs';
import { CompareHost } from '../../src/lib/doc/compare-host';
import { encodeVersion } from '../../src/lib/doc/version-codec';
import { summarizeChanges } from '../../src/lib/domain/versions';
import { largeWorkshop } from '../factories/workshop';
import { editLargeWorkshop } from './versions-edits';

interface Result {
	saveMs: number[];
	compareColdMs: number;
	compareMs: number[];
	longTasksMs: number[];
	changes: string;
	error?: string;
}

const w = window as unknown as { __versionsBench?: Result | { error: string } };
const runs = Number(new URLSearchParams(location.search).get('runs') ?? 3);
const pause = () => new Promise((resolve) => setTimeout(resolve, 200));

async function measure(): Promise<Result> {
	const doc = new Y.Doc();
	const plan = largeWorkshop(2, doc);
	const saveMs: number[] = [];
	let before: Uint8Array = new Uint8Array();
	for (let run = 0; run < runs + 1; run++) {
		await pause();
		const started = performance.now();
		before = await encodeVersion(doc);
		if (run > 0) saveMs.push(performance.now() - started);
	}
	editLargeWorkshop(plan);
	const after = await encodeVersion(doc);
	await pause();

	// Only the comparisons are watched: building the workshop above is the test's, not the app's.
	const longTasksMs: number[] = [];
	const observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) longTasksMs.push(entry.duration);
	});
	observer.observe({ type: 'longtask' });
	const host = new CompareHost();
	let changes = '';
	const compare = async () => {
		const started = performance.now();
		const result = await host.compare(before, after);
		if (result.status !== 'ok') throw new Error(result.message);
		changes = summarizeChanges(result.changes);
		return performance.now() - started;
	};
	const compareColdMs = await compare();
	const compareMs: number[] = [];
	for (let run = 0; run < runs; run++) {
		await pause();
		compareMs.push(await compare());
	}
	await pause();
	observer.disconnect();
	host.destroy();
	return { saveMs, compareColdMs, compareMs, longTasksMs, changes };
}

measure().then(
	(result) => (w.__versionsBench = result),
	(error: unknown) => (w.__versionsBench = { error: String(error) })
);
