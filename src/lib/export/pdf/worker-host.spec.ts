import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { strategyPlan } from '../../../../tests/factories/strategy-plan';
import { HostBusy, PdfWorkerHost, RenderTimeout, WorkerFailure } from './worker-host';
import {
	ReportFailure,
	type RenderRequest,
	type WorkerReply,
	type WorkerRequest
} from './worker-protocol';

/**
 * The host's bookkeeping with scripted workers and fake timers: what each worker does with a
 * request is set per worker, so every way a worker can fail is met on purpose. The real worker in
 * real Chromium is exercised by export-pdf.browser.spec.ts and the export e2e test.
 */

type Behaviour =
	/** Answers with progress, then a one-byte PDF, after `ms`. */
	| 'works'
	/** Never answers: a worker that died without an error event. */
	| 'silent'
	/** Fails with an error event, as a worker whose script cannot load. */
	| 'crashes'
	/** Replies with an error from the render. */
	| 'fails'
	/** Replies that the plan could not become a report. */
	| 'bad-plan';

const WORK_MS = 100;
const request: RenderRequest = {
	type: 'render',
	plan: strategyPlan(),
	edition: 'full',
	pageSize: 'A4',
	locale: 'en',
	generatedAt: new Date(0)
};

class ScriptedWorker {
	onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	onmessageerror: (() => void) | null = null;
	terminated = false;
	readonly received: number[] = [];
	constructor(readonly behaviour: Behaviour[]) {}

	postMessage(message: WorkerRequest): void {
		this.received.push(message.id);
		const behaviour = this.behaviour.shift() ?? 'works';
		const reply = (data: WorkerReply) =>
			!this.terminated && this.onmessage?.({ data } as MessageEvent<WorkerReply>);
		if (behaviour === 'silent') return;
		if (behaviour === 'crashes') {
			setTimeout(() =>
				this.onerror?.({ message: 'boom', preventDefault() {} } as unknown as ErrorEvent)
			);
			return;
		}
		setTimeout(() => reply({ id: message.id, type: 'progress', phase: 'report' }));
		setTimeout(() => {
			if (behaviour === 'works')
				reply({ id: message.id, type: 'done', pdf: new Uint8Array([message.id]).buffer });
			else
				reply({
					id: message.id,
					type: 'error',
					message: behaviour === 'fails' ? 'pdfmake broke' : 'no report',
					report: behaviour === 'bad-plan'
				});
		}, WORK_MS);
	}

	terminate(): void {
		this.terminated = true;
	}

	/** Something from an earlier request, arriving late. */
	late(id: number): void {
		this.onmessage?.({
			data: { id, type: 'done', pdf: new Uint8Array([255]).buffer }
		} as MessageEvent<WorkerReply>);
	}
}

/** A host whose workers behave, one after another, as `scripts` says (then they work). */
function hostWith(...scripts: Behaviour[][]) {
	const workers: ScriptedWorker[] = [];
	const host = new PdfWorkerHost({
		start: () => {
			const worker = new ScriptedWorker(scripts[workers.length] ?? []);
			workers.push(worker);
			return worker as unknown as Worker;
		},
		idleMs: 60_000,
		timeoutMs: 10_000,
		answerMs: { fresh: 2_000, warm: 500 },
		maxWaiting: 1
	});
	const render = (signal?: AbortSignal) => host.render(request, () => {}, signal);
	return { host, workers, render };
}

/** Lets fake time run until a promise settles (and no further: idle timers stay pending). */
async function settle<T>(promise: Promise<T>): Promise<T> {
	let done = false;
	const outcome = promise
		.then(
			(value) => ({ value }),
			(error: unknown) => ({ error })
		)
		.finally(() => (done = true));
	for (let waited = 0; !done && waited < 60_000; waited += 10)
		await vi.advanceTimersByTimeAsync(10);
	const result = await outcome;
	if ('error' in result) throw result.error;
	return result.value;
}

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('PdfWorkerHost', () => {
	it('keeps one worker for exports in a row', async () => {
		const { host, workers, render } = hostWith();
		expect(await settle(render())).toEqual(new Uint8Array([1]));
		expect(await settle(render())).toEqual(new Uint8Array([2]));
		expect(workers).toHaveLength(1);
		expect(workers[0]!.terminated).toBe(false);
		expect(host.stats).toEqual({ started: 1, warmRenders: 1 });
	});

	it('makes one PDF at a time, lets a bounded number wait, and answers each its own', async () => {
		const { workers, render } = hostWith();
		const first = render();
		const second = render();
		await expect(render()).rejects.toBeInstanceOf(HostBusy);
		await vi.advanceTimersByTimeAsync(WORK_MS / 2);
		expect(workers[0]!.received).toEqual([1]);
		const results = settle(Promise.all([first, second]));
		expect(await results).toEqual([new Uint8Array([1]), new Uint8Array([2])]);
		expect(workers).toHaveLength(1);
	});

	it('cancelling a running export stops its worker; the next export gets a fresh one', async () => {
		const { host, workers, render } = hostWith();
		const controller = new AbortController();
		const cancelled = render(controller.signal);
		await vi.advanceTimersByTimeAsync(WORK_MS / 2);
		controller.abort();
		await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
		expect(workers[0]!.terminated).toBe(true);
		expect(host.alive).toBe(false);
		expect(await settle(render())).toEqual(new Uint8Array([2]));
		expect(workers).toHaveLength(2);
	});

	it('cancelling a waiting export leaves the running one alone', async () => {
		const { workers, render } = hostWith();
		const controller = new AbortController();
		const running = render();
		const waiting = render(controller.signal);
		controller.abort();
		await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
		expect(await settle(running)).toEqual(new Uint8Array([1]));
		expect(workers[0]!.received).toEqual([1]);
		expect(workers[0]!.terminated).toBe(false);
	});

	it.each<[string, Behaviour, unknown, boolean]>([
		['a worker that crashes', 'crashes', WorkerFailure, false],
		['a render that fails', 'fails', WorkerFailure, false],
		['a plan that cannot become a report', 'bad-plan', ReportFailure, true]
	])('%s: the export fails, the next one works', async (_, behaviour, error, kept) => {
		const { workers, render } = hostWith([behaviour]);
		await expect(settle(render())).rejects.toBeInstanceOf(error);
		expect(workers[0]!.terminated).toBe(!kept);
		expect(await settle(render())).toEqual(new Uint8Array([2]));
		expect(workers).toHaveLength(kept ? 1 : 2);
	});

	it('replaces a warm worker that no longer answers, and the export still succeeds', async () => {
		const { workers, render } = hostWith(['works', 'silent']);
		await settle(render());
		expect(await settle(render())).toEqual(new Uint8Array([3]));
		expect(workers).toHaveLength(2);
		expect(workers[0]!.terminated).toBe(true);
	});

	it('gives up on a fresh worker that never answers, so the caller can fall back', async () => {
		const { workers, render } = hostWith(['silent']);
		await expect(settle(render())).rejects.toBeInstanceOf(WorkerFailure);
		expect(workers[0]!.terminated).toBe(true);
		expect(await settle(render())).toEqual(new Uint8Array([2]));
	});

	it('stops a render that runs past its time limit', async () => {
		const workers: ScriptedWorker[] = [];
		const host = new PdfWorkerHost({
			start: () => {
				const worker = new ScriptedWorker([]);
				workers.push(worker);
				return worker as unknown as Worker;
			},
			timeoutMs: WORK_MS / 2
		});
		await expect(settle(host.render(request, () => {}))).rejects.toBeInstanceOf(RenderTimeout);
		expect(workers[0]!.terminated).toBe(true);
		expect(host.alive).toBe(false);
	});

	it('ignores a late reply to an earlier request', async () => {
		const { workers, render } = hostWith();
		await settle(render());
		const second = render();
		workers[0]!.late(1);
		expect(await settle(second)).toEqual(new Uint8Array([2]));
	});

	it('lets an idle worker go after a while, on release, or when it fails', async () => {
		const { host, workers, render } = hostWith();
		await settle(render());
		await vi.advanceTimersByTimeAsync(59_000);
		expect(host.alive).toBe(true);
		await vi.advanceTimersByTimeAsync(1_000);
		expect(host.alive).toBe(false);
		expect(workers[0]!.terminated).toBe(true);

		await settle(render());
		host.release();
		expect(workers[1]!.terminated).toBe(true);

		await settle(render());
		workers[2]!.onerror?.({ message: 'gone', preventDefault() {} } as unknown as ErrorEvent);
		expect(host.alive).toBe(false);
		expect(await settle(render())).toEqual(new Uint8Array([4]));
		expect(workers).toHaveLength(4);
	});

	it('release leaves a running export alone', async () => {
		const { host, workers, render } = hostWith();
		const running = render();
		host.release();
		expect(await settle(running)).toEqual(new Uint8Array([1]));
		expect(workers[0]!.terminated).toBe(false);
	});

	it('prepare starts a worker ahead of the first export, which then uses it', async () => {
		const { host, workers, render } = hostWith();
		host.prepare();
		host.prepare();
		expect(workers).toHaveLength(1);
		expect(await settle(render())).toEqual(new Uint8Array([1]));
		expect(workers).toHaveLength(1);
	});

	it('a worker that cannot start fails the export with a WorkerFailure', async () => {
		const host = new PdfWorkerHost({
			start: () => {
				throw new Error('no module workers here');
			}
		});
		await expect(host.render(request, () => {})).rejects.toThrow(
			new WorkerFailure('no module workers here')
		);
		host.prepare();
		expect(host.alive).toBe(false);
	});
});
