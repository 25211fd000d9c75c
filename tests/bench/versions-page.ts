// The Chromium part of `npm run bench:versions`, loaded by versions-page.html: on the large
// workshop, opened from the real IndexedDB as a session opens it, saving a version as the app
// saves one (the compare worker encodes its copy of the plan), and comparing through the real
// compare worker: two versions (cold: the worker starting; then two versions never decoded; then
// the same two again, from the worker's cache), a version with now (the worker's copy), and the
// first comparison of a worker the versions dialog warmed a second before, and today's summary
// (in the worker, and on the page for comparison). A PerformanceObserver
// records main-thread tasks over 50 ms meanwhile. The result is left on `window.__versionsBench`
// for tests/bench/versions.js to read.
import * as Y from 'yjs';
import { CompareHost } from '../../src/lib/doc/compare-host';
import type { PhaseTimings } from '../../src/lib/doc/compare-timings';
import { PlanDoc } from '../../src/lib/doc/plan-doc';
import { decodeVersion, encodeVersion } from '../../src/lib/doc/version-codec';
import { buildSessionSummary, type SummaryInput } from '../../src/lib/domain/session-summary';
import { summarizeChanges } from '../../src/lib/domain/versions';
import { versionMaker } from '../../src/lib/state/version-maker';
import { CanalDb } from '../../src/lib/storage/db';
import { DocStore } from '../../src/lib/storage/doc-store';
import { largeWorkshop } from '../factories/workshop';
import { editLargeWorkshop } from './versions-edits';

/** What a measured window was: its long tasks are reported by it. */
type Kind =
	| 'save'
	| 'cold'
	| 'fresh'
	| 'cached'
	| 'now'
	| 'summary'
	| 'summaryOnPage'
	| 'warmUp'
	| 'warmed'
	| 'warmedNow'
	| 'prepared'
	| 'preparedNow'
	| 'idle';

interface Result {
	/** Saving as the app saves (the worker encodes its copy), without the summary's comparison. */
	saveMs: number[];
	/** The same with the summary: compared with the version before, in the worker. */
	saveWithSummaryMs: number[];
	compareColdMs: number;
	compareMs: number[];
	compareCachedMs: number[];
	/** A version never decoded compared with now (the worker's copy of the plan). */
	compareNowMs: number[];
	/** Today's summary from a version never decoded to now, made in the worker as the app makes it. */
	summaryMs: number[];
	/** The same made on the page's main thread (decoded there, the plan read there). */
	summaryOnPageMs: number[];
	/**
	 * The first comparison of a page whose worker was started when the versions dialog opened
	 * (`CompareHost.warm`: started, its code run on a small plan, its copy of the plan loaded), a
	 * second before: of two versions the worker never decoded, and of one with now.
	 */
	compareWarmedMs: number;
	compareWarmedNowMs: number;
	/** The same, the dialog having decoded the newest versions ahead, when those are compared. */
	compareWarmedPreparedMs: number;
	compareWarmedPreparedNowMs: number;
	/** Each task over 50 ms, by what ran: `idle` is as long a wait with nothing running. */
	longTasks: { ms: number; kind: Kind }[];
	summaryHeadline: string;
	/** Where each measured request's time went, by kind (compare-timings.ts). */
	phases: Partial<Record<Kind, PhaseTimings[]>>;
	changes: string;
}

const w = window as unknown as { __versionsBench?: Result | { error: string } };
const runs = Number(new URLSearchParams(location.search).get('runs') ?? 3);
const pause = () => new Promise((resolve) => setTimeout(resolve, 200));
const ID = 'workshop0000001';

/** The large workshop stored in IndexedDB and opened again, as a session opens it. */
async function storedLargeWorkshop(): Promise<{ db: CanalDb; store: DocStore; plan: PlanDoc }> {
	const db = new CanalDb(`bench-versions-${crypto.randomUUID()}`);
	const built = new Y.Doc();
	largeWorkshop(2, built);
	await db.updates.add({ docId: ID, update: Y.encodeStateAsUpdate(built) });
	built.destroy();
	const ydoc = new Y.Doc();
	const store = await DocStore.open(db, ID, ydoc);
	return { db, store, plan: new PlanDoc(ydoc) };
}

async function measure(): Promise<Result> {
	const { db, store, plan } = await storedLargeWorkshop();
	const doc = store.ydoc;
	// The earlier version lives on in a document of its own, so each run can save a new one.
	const earlierDoc = new Y.Doc();
	Y.applyUpdate(earlierDoc, Y.encodeStateAsUpdate(doc));
	const earlier = new PlanDoc(earlierDoc);

	const windows: { from: number; to: number; kind: Kind }[] = [];
	const longTasks: Result['longTasks'] = [];
	const observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			const end = entry.startTime + entry.duration;
			for (const { from, to, kind } of windows)
				if (entry.startTime < to && end > from) longTasks.push({ ms: entry.duration, kind });
		}
	});
	/** Times `work` as a window of `kind`, after a pause that lets the page settle. */
	const phases: Result['phases'] = {};
	const timed = async <T>(
		kind: Kind,
		work: () => Promise<T>,
		by?: CompareHost
	): Promise<[number, T]> => {
		await pause();
		const from = performance.now();
		const value = await work();
		const to = performance.now();
		windows.push({ from, to, kind });
		if (by?.lastTimings) (phases[kind] ??= []).push(by.lastTimings);
		// What comes next (encoding the next pair, a long task of its own) must not run in the task
		// that received this result: the observer would count it against this window.
		await new Promise((resolve) => setTimeout(resolve, 0));
		return [to - from, value];
	};
	observer.observe({ type: 'longtask' });

	const host = new CompareHost();
	const maker = versionMaker(host, store);
	const saveMs: number[] = [];
	const saveWithSummaryMs: number[] = [];
	let previous: Uint8Array | null = null;
	for (let run = 0; run < runs + 1; run++) {
		plan.setPurposeText('knownFor', `Saved, run ${run}`);
		// The first starts the worker and loads its copy: a page's first save, reported as cold.
		const [ms, made] = await timed(run > 0 ? 'save' : 'cold', () => maker.make(doc, null), host);
		if (run > 0) saveMs.push(ms);
		if (previous) {
			plan.setPurposeText('knownFor', `Saved again, run ${run}`);
			const since = previous;
			saveWithSummaryMs.push((await timed('save', () => maker.make(doc, since), host))[0]);
		}
		previous = made.bytes;
	}
	editLargeWorkshop(plan);

	let changes = '';
	const compare = async (kind: Kind, before: Uint8Array, after: Uint8Array, by = host) => {
		const [ms, result] = await timed(kind, () => by.compare(before, after), by);
		if (result.status !== 'ok') throw new Error(result.message);
		changes = summarizeChanges(result.changes);
		return ms;
	};
	const compareNow = async (kind: Kind, before: Uint8Array, by = maker, on = host) => {
		const [ms, result] = await timed(kind, () => by.compareWithNow(doc, before), on);
		if (result.status !== 'ok') throw new Error(result.message);
		return ms;
	};
	/** Two versions never decoded before: a small edit on each side makes new bytes. */
	const freshPair = async (run: number) => {
		earlier.setPurposeText('knownFor', `Earlier, run ${run}`);
		plan.setPurposeText('knownFor', `Now, run ${run}`);
		return [await encodeVersion(earlierDoc), await encodeVersion(doc)] as const;
	};
	const [coldBefore, coldAfter] = await freshPair(0);
	const compareColdMs = await compare('cold', coldBefore, coldAfter);
	const compareMs: number[] = [];
	const compareCachedMs: number[] = [];
	const compareNowMs: number[] = [];
	for (let run = 1; run <= runs; run++) {
		const [before, after] = await freshPair(run);
		// As long a wait with nothing running: what the page does anyway (garbage collection).
		await timed('idle', () => new Promise((resolve) => setTimeout(resolve, compareColdMs / 4)));
		compareMs.push(await compare('fresh', before, after));
		compareCachedMs.push(await compare('cached', before, after));
		earlier.setPurposeText('knownFor', `Earlier for now, run ${run}`);
		compareNowMs.push(await compareNow('now', await encodeVersion(earlierDoc)));
	}

	// Today's summary: a session of an hour, from a version never decoded to the plan now.
	const summaryMs: number[] = [];
	const summaryOnPageMs: number[] = [];
	const endedAt = Date.now();
	const input = {
		startedAt: endedAt - 3_600_000,
		endedAt,
		votes: [],
		findings: [],
		timeZone: 'UTC',
		locale: 'en'
	} satisfies Omit<SummaryInput, 'before' | 'after'>;
	let headline = '';
	for (let run = 1; run <= runs; run++) {
		earlier.setPurposeText('knownFor', `Earlier for the summary, run ${run}`);
		const start = await encodeVersion(earlierDoc);
		const [ms, made] = await timed('summary', () => host.summarize(start, input), host);
		summaryMs.push(ms);
		const [onPage, here] = await timed('summaryOnPage', async () => {
			const decoded = await decodeVersion(start);
			if (decoded.status === 'corrupt') throw decoded.error;
			return buildSessionSummary({ ...input, before: decoded.plan, after: plan.toJSON() });
		});
		summaryOnPageMs.push(onPage);
		if (made.headline !== here.headline) throw new Error('the summaries differ');
		headline = made.headline;
	}

	// As the versions dialog opens: a new worker, warmed, its copy loading; a comparison a second on.
	// `newest`: the versions the dialog decodes ahead (the two newest), when they are compared.
	const warmedHost = async (newest: Uint8Array[] = []) => {
		const warmed = new CompareHost();
		const warmedMaker = versionMaker(warmed, store);
		await timed('warmUp', async () => {
			warmed.warm();
			warmedMaker.prepare?.(newest);
			await new Promise((resolve) => setTimeout(resolve, 1_000));
		});
		return { warmed, warmedMaker };
	};
	const [warmBefore, warmAfter] = await freshPair(runs + 1);
	const first = await warmedHost();
	const compareWarmedMs = await compare('warmed', warmBefore, warmAfter, first.warmed);
	first.warmed.destroy();
	earlier.setPurposeText('knownFor', `Earlier, warmed`);
	const warmNowBefore = await encodeVersion(earlierDoc);
	const second = await warmedHost();
	const compareWarmedNowMs = await compareNow(
		'warmedNow',
		warmNowBefore,
		second.warmedMaker,
		second.warmed
	);
	second.warmed.destroy();
	// The same as the dialog opens on versions decoded ahead: the two newest, then the newest with now.
	const [newerBefore, newerAfter] = await freshPair(runs + 2);
	const third = await warmedHost([newerAfter, newerBefore]);
	const compareWarmedPreparedMs = await compare('prepared', newerBefore, newerAfter, third.warmed);
	third.warmed.destroy();
	earlier.setPurposeText('knownFor', `Earlier, prepared`);
	const newest = await encodeVersion(earlierDoc);
	const fourth = await warmedHost([newest]);
	const compareWarmedPreparedNowMs = await compareNow(
		'preparedNow',
		newest,
		fourth.warmedMaker,
		fourth.warmed
	);
	fourth.warmed.destroy();

	await pause();
	observer.disconnect();
	host.destroy();
	await store.close();
	await db.delete();
	return {
		saveMs,
		saveWithSummaryMs,
		compareColdMs,
		compareMs,
		compareCachedMs,
		compareNowMs,
		summaryMs,
		summaryOnPageMs,
		summaryHeadline: headline,
		compareWarmedMs,
		compareWarmedNowMs,
		compareWarmedPreparedMs,
		compareWarmedPreparedNowMs,
		longTasks,
		phases,
		changes
	};
}

measure().then(
	(result) => (w.__versionsBench = result),
	(error: unknown) => (w.__versionsBench = { error: String(error) })
);
