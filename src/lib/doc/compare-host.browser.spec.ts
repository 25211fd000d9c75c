import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { largeWorkshop } from '../../../tests/factories/workshop';
import { buildSessionSummary } from '../domain/session-summary';
import { summarizeChanges } from '../domain/versions';
import { CompareHost } from './compare-host';
import { PlanDoc } from './plan-doc';
import { decodeVersion, encodeVersion } from './version-codec';

/**
 * Comparing in real Chromium through the real module worker: the large workshop's two versions are
 * decoded and diffed off the main thread, so no task on the page runs long meanwhile.
 */

interface LongTask {
	start: number;
	duration: number;
}

function watchLongTasks(): { tasks: LongTask[]; stop: () => void } {
	const tasks: LongTask[] = [];
	const observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			tasks.push({ start: entry.startTime, duration: entry.duration });
	});
	observer.observe({ type: 'longtask' });
	return { tasks, stop: () => observer.disconnect() };
}

describe('CompareHost in a real browser', () => {
	it('compares two versions of the large workshop in the worker, the page staying responsive', async () => {
		const doc = new Y.Doc();
		const plan = largeWorkshop(2, doc);
		const before = await encodeVersion(doc);
		const [first, second] = plan.list('stakeholders');
		plan.update('stakeholders', first!.id, { influence: first!.influence >= 50 ? 10 : 90 });
		plan.remove('stakeholders', second!.id);
		plan.add('goals', { statement: 'Answer every question within a day' });
		const after = await encodeVersion(doc);

		const host = new CompareHost();
		// Let the building above finish before watching: only the comparison is measured.
		await new Promise((resolve) => setTimeout(resolve, 100));
		const watch = watchLongTasks();
		const started = performance.now();
		const result = await host.compare(before, after);
		const ms = performance.now() - started;
		await new Promise((resolve) => setTimeout(resolve, 50));
		watch.stop();
		const during = watch.tasks.filter((task) => task.start + task.duration >= started);

		expect(host.started).toBe(1);
		expect(result.status).toBe('ok');
		if (result.status !== 'ok') return;
		expect(summarizeChanges(result.changes)).toBe('1 stakeholder removed, 1 moved, 1 goal added');
		// The main thread only posts the bytes and reads the answer: had it decoded and diffed, one
		// task would take about the whole comparison. (The 50 ms budget itself is the benchmark's
		// to report: on a busy machine a garbage collection alone can pass it.)
		const longest = Math.max(0, ...during.map((task) => task.duration));
		expect(longest).toBeLessThan(ms / 2);
		console.info(
			`compare in the worker: ${Math.round(ms)} ms; longest main-thread task ${Math.round(longest)} ms`
		);

		// The same worker takes the next comparison.
		const again = await host.compare(after, after);
		expect(again).toEqual({ status: 'ok', changes: { steps: [] }, readOnly: false, notes: [] });
		expect(host.started).toBe(1);
		host.destroy();
	}, 120_000);

	it('a worker that fails reports the comparison as failed, and the next one starts afresh', async () => {
		let starts = 0;
		const host = new CompareHost({
			start: () => {
				starts += 1;
				return starts === 1
					? new Worker(URL.createObjectURL(new Blob(['throw new Error("broken")'])), {
							type: 'module'
						})
					: new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
			}
		});
		const doc = new Y.Doc();
		largeWorkshop(2, doc);
		const bytes = await encodeVersion(doc);
		const failed = await host.compare(bytes, bytes);
		expect(failed.status).toBe('failed');
		const ok = await host.compare(bytes, bytes);
		expect(ok.status).toBe('ok');
		expect(host.started).toBe(2);
		host.destroy();
	}, 120_000);

	it('warming starts the worker ahead of the first comparison, and lets it go when none comes', async () => {
		let starts = 0;
		const host = new CompareHost({
			idleMs: 300,
			start: () => {
				starts += 1;
				return new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
			}
		});
		host.warm();
		host.warm();
		expect(starts).toBe(1);
		const doc = new Y.Doc();
		PlanDoc.create({ title: 'Warm' }, doc, 0);
		const bytes = await encodeVersion(doc);
		expect((await host.compare(bytes, bytes)).status).toBe('ok');
		expect(starts).toBe(1);
		// Idle past idleMs: the worker went, and the next warm-up starts a new one.
		await new Promise((resolve) => setTimeout(resolve, 600));
		host.warm();
		expect(starts).toBe(2);
		host.destroy();
	}, 60_000);

	it('a corrupt version is reported from the worker, not thrown', async () => {
		const host = new CompareHost();
		const doc = new Y.Doc();
		largeWorkshop(2, doc);
		const good = await encodeVersion(doc);
		expect(await host.compare(Uint8Array.of(0x43, 0x56, 1, 9, 9, 9), good)).toMatchObject({
			status: 'failed',
			side: 'before'
		});
		host.destroy();
	}, 120_000);

	it('makes today’s summary of the large workshop in the worker, from its copy of the plan, as the page would', async () => {
		const doc = new Y.Doc();
		const plan = largeWorkshop(2, doc);
		const start = await encodeVersion(doc);
		const [first] = plan.list('stakeholders');
		plan.update('stakeholders', first!.id, { influence: first!.influence >= 50 ? 10 : 90 });
		plan.add('goals', { statement: 'Answer every question within a day' });
		const input = {
			startedAt: Date.UTC(2026, 11, 6, 9),
			endedAt: Date.UTC(2026, 11, 6, 12),
			votes: [],
			findings: [],
			timeZone: 'UTC',
			locale: 'fr'
		} as const;
		const decoded = await decodeVersion(start);
		if (decoded.status === 'corrupt') throw decoded.error;
		const onPage = buildSessionSummary({ ...input, before: decoded.plan, after: plan.toJSON() });

		const host = new CompareHost();
		host.follow({ ydoc: doc, stored: async () => [Y.encodeStateAsUpdate(doc)] });
		await new Promise((resolve) => setTimeout(resolve, 100));
		const watch = watchLongTasks();
		const started = performance.now();
		const summary = await host.summarize(start, input);
		const ms = performance.now() - started;
		await new Promise((resolve) => setTimeout(resolve, 50));
		watch.stop();
		const during = watch.tasks.filter((task) => task.start + task.duration >= started);

		expect(summary).toEqual(onPage);
		expect(summary.nothingDecided).toBe(false);
		expect(host.started).toBe(1);
		// Decoding the version and reading the plan on the page would be one task of most of it.
		const longest = Math.max(0, ...during.map((task) => task.duration));
		expect(longest).toBeLessThan(ms / 2);
		expect(host.lastTimings).toMatchObject({
			load: expect.any(Number),
			summary: expect.any(Number)
		});
		host.destroy();
	}, 120_000);
});
