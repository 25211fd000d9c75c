import { errorMessage } from '../domain/error-message';
import type { DiffOptions } from '../domain/versions';
import type { CompareReply, CompareRequest } from './compare-protocol';
import { compareVersions, type CompareInput, type CompareResult } from './compare-versions';

/**
 * Runs comparisons in a module worker, so the page's main thread stays free while the large
 * workshop is decoded and diffed. It lives in `doc` beside the worker it starts, because the
 * worker is made of the codec (doc) and the differ (domain); `state` and the components call it.
 *
 * One worker is started on the first comparison and kept while comparisons come (people compare
 * several pairs in a row); it goes after `idleMs` without work or on `destroy()`. A worker that
 * fails or stops answering is terminated and the comparison reported as failed, never left hanging.
 * Where no worker can be started (tests in Node, an old browser), the comparison runs in place.
 */

export interface CompareHostOptions {
	/** Starts a worker; may throw when none can be started. */
	start?: () => Worker;
	idleMs?: number;
	/** Far beyond the large workshop's fraction of a second: only a stuck worker gets here. */
	timeoutMs?: number;
}

const IDLE_MS = 60_000;
const TIMEOUT_MS = 60_000;

function startWorker(): Worker {
	return new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
}

export class CompareHost {
	readonly #start: () => Worker;
	readonly #idleMs: number;
	readonly #timeoutMs: number;
	#worker: Worker | null = null;
	#idle: ReturnType<typeof setTimeout> | undefined;
	#next = 1;
	#started = 0;
	readonly #pending = new Map<number, (result: CompareResult) => void>();

	constructor({
		start = startWorker,
		idleMs = IDLE_MS,
		timeoutMs = TIMEOUT_MS
	}: CompareHostOptions = {}) {
		this.#start = start;
		this.#idleMs = idleMs;
		this.#timeoutMs = timeoutMs;
	}

	/**
	 * Compares two versions (their encoded bytes, see version-codec, or a plan as plain data for
	 * "now"); never throws. The worker keeps the last few versions it decoded.
	 */
	async compare(
		before: CompareInput,
		after: CompareInput,
		options: DiffOptions = {}
	): Promise<CompareResult> {
		const worker = this.#ensureWorker();
		if (!worker) return compareVersions(before, after, options);
		clearTimeout(this.#idle);
		const id = this.#next++;
		return new Promise<CompareResult>((resolve) => {
			const timer = setTimeout(
				() => this.#fail('the comparison took too long and was stopped'),
				this.#timeoutMs
			);
			this.#pending.set(id, (result) => {
				clearTimeout(timer);
				resolve(result);
			});
			const request: CompareRequest = { type: 'compare', id, before, after, options };
			try {
				worker.postMessage(request);
			} catch (error) {
				this.#fail(errorMessage(error));
			}
		});
	}

	/**
	 * Starts the worker ahead of a comparison someone is about to ask for (the versions dialog
	 * opened): its start-up, about half a second on a phone, is then over by the first click, and
	 * it runs its comparing code on a small plan for a moment (compare-warm-up.ts): a new worker's
	 * first comparison of the large workshop was otherwise several times slower than the next.
	 * It goes again after `idleMs` if no comparison comes.
	 */
	warm(): void {
		if (this.#worker) return;
		const worker = this.#ensureWorker();
		if (!worker) return;
		const request: CompareRequest = { type: 'warm' };
		try {
			worker.postMessage(request);
		} catch {
			// Only a head start: the comparison runs anyway.
		}
		this.#idleSoon();
	}

	/** How many workers this host has started (one, while they keep working). */
	get started(): number {
		return this.#started;
	}

	/** Stops the worker; comparisons still running are reported as failed. */
	destroy(): void {
		this.#fail('the comparison was cancelled');
	}

	#ensureWorker(): Worker | null {
		if (this.#worker) return this.#worker;
		if (typeof Worker === 'undefined') return null;
		let worker: Worker;
		try {
			worker = this.#start();
		} catch {
			return null;
		}
		this.#started += 1;
		worker.onmessage = ({ data }: MessageEvent<CompareReply>) => {
			const settle = data?.type === 'done' ? this.#pending.get(data.id) : undefined;
			if (!settle) return;
			this.#pending.delete(data.id);
			settle(data.result);
			if (this.#pending.size === 0) this.#idleSoon();
		};
		worker.onerror = (event) => {
			event.preventDefault();
			this.#fail(event.message || 'the comparison worker failed');
		};
		worker.onmessageerror = () => this.#fail('the comparison could not be passed back');
		this.#worker = worker;
		return worker;
	}

	#idleSoon(): void {
		clearTimeout(this.#idle);
		this.#idle = setTimeout(() => {
			if (this.#pending.size === 0) this.#stop();
		}, this.#idleMs);
	}

	#fail(message: string): void {
		const pending = [...this.#pending.values()];
		this.#pending.clear();
		this.#stop();
		for (const settle of pending) settle({ status: 'failed', side: null, message });
	}

	#stop(): void {
		clearTimeout(this.#idle);
		this.#worker?.terminate();
		this.#worker = null;
	}
}
