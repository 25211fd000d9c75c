import type * as Y from 'yjs';
import { errorMessage } from '../domain/error-message';
import type { DiffOptions } from '../domain/versions';
import { buildSessionSummary, type SessionSummary } from '../domain/session-summary';
import {
	NOW,
	type CompareReply,
	type CompareRequest,
	type CompareTarget,
	type SummaryRequest
} from './compare-protocol';
import type { PhaseTimings } from './compare-timings';
import { compareVersions, type CompareResult } from './compare-versions';
import { decodeVersion, encodeVersion } from './version-codec';

/**
 * Runs comparisons in a module worker, so the page's main thread stays free while the large
 * workshop is decoded and diffed. It lives in `doc` beside the worker it starts, because the
 * worker is made of the codec (doc) and the differ (domain); `state` and the components call it.
 *
 * One worker is started on the first comparison and kept while comparisons come (people compare
 * several pairs in a row); it goes after `idleMs` without work or on `destroy()`. A worker that
 * fails or stops answering is terminated and the comparison reported as failed, never left hanging.
 * Where no worker can be started (tests in Node, an old browser), the comparison runs in place.
 *
 * Given the plan being edited (`follow`), the worker keeps a copy of it (plan-copy.ts): comparing
 * a version with now (`NOW`) and saving a version (`save`) are done from that copy, and the page
 * never encodes the large plan itself. The copy starts with the worker's warm-up or the first
 * request that needs it: every update of the page's document is sent on from then, and only then
 * is storage read (`PlanSource.stored`, which writes what is queued first), so no edit can fall
 * between what storage held and what was sent. Updates are merged by Yjs however often they come.
 */

/** The plan being edited, for the worker's copy of it. */
export interface PlanSource {
	ydoc: Y.Doc;
	/**
	 * Every update of the plan up to now, once anything queued for storage is written: read after
	 * the copy started listening to `ydoc`, so together they hold all of it.
	 */
	stored(): Promise<Uint8Array[]>;
}

/** A new version's bytes, and its comparison with the version before it (none: null). */
export interface SavedState {
	bytes: Uint8Array;
	result: CompareResult | null;
}

interface Pending {
	settle(reply: CompareReply): void;
	fail(message: string): void;
}

export interface CompareHostOptions {
	/** Starts a worker; may throw when none can be started. */
	start?: () => Worker;
	idleMs?: number;
	/** Far beyond the large workshop's fraction of a second: only a stuck worker gets here. */
	timeoutMs?: number;
}

const IDLE_MS = 60_000;
const NO_PLAN = 'there is no plan being edited to compare with';
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
	readonly #pending = new Map<number, Pending>();
	#source: PlanSource | null = null;
	/** Stops sending the plan's updates to the worker: its copy goes with it. */
	#unfollow: (() => void) | null = null;
	#timings: PhaseTimings | null = null;

	constructor({
		start = startWorker,
		idleMs = IDLE_MS,
		timeoutMs = TIMEOUT_MS
	}: CompareHostOptions = {}) {
		this.#start = start;
		this.#idleMs = idleMs;
		this.#timeoutMs = timeoutMs;
	}

	/** The plan being edited: `NOW` in a comparison, and what `save` encodes. */
	follow(source: PlanSource | null): void {
		this.#unfollow?.();
		this.#unfollow = null;
		this.#source = source;
	}

	/**
	 * Compares two versions (their encoded bytes, see version-codec, a plan as plain data, or
	 * `NOW`, the plan being edited); never throws. The worker keeps the last few versions it decoded.
	 */
	async compare(
		before: CompareTarget,
		after: CompareTarget,
		options: DiffOptions = {}
	): Promise<CompareResult> {
		if ((before === NOW || after === NOW) && !this.#source)
			return { status: 'failed', side: null, message: NO_PLAN };
		const worker = this.#ensureWorker();
		if (!worker) {
			const now = before === NOW || after === NOW ? await this.#encodeHere() : null;
			return compareVersions(before === NOW ? now! : before, after === NOW ? now! : after, options);
		}
		if (before === NOW || after === NOW) this.#copy(worker);
		return this.#ask(worker, (id) => ({ type: 'compare', id, before, after, options })).then(
			(reply) =>
				reply.type === 'done'
					? reply.result
					: { status: 'failed', side: null, message: replyMessage(reply) }
		);
	}

	/**
	 * The plan being edited as a new version's bytes, compared with `previous` (the version before
	 * it) when given. Made in the worker from its copy; throws when it cannot be made.
	 */
	async save(previous: Uint8Array | null): Promise<SavedState> {
		if (!this.#source) throw new Error(NO_PLAN);
		const worker = this.#ensureWorker();
		if (!worker) {
			const bytes = await this.#encodeHere();
			return { bytes, result: previous ? await compareVersions(previous, bytes) : null };
		}
		this.#copy(worker);
		const reply = await this.#ask(worker, (id) => ({ type: 'save', id, previous }));
		if (reply.type !== 'saved') throw new Error(replyMessage(reply));
		return { bytes: reply.bytes, result: reply.result };
	}

	/**
	 * Today's summary from `before` (a saved version's bytes) to the plan being edited: both read
	 * and diffed in the worker, from its copy of the plan, so a large plan's summary holds the
	 * page's main thread no longer than a comparison does. Throws when it cannot be made.
	 */
	async summarize(before: Uint8Array, input: SummaryRequest): Promise<SessionSummary> {
		if (!this.#source) throw new Error(NO_PLAN);
		const worker = this.#ensureWorker();
		if (!worker) {
			const [was, now] = await Promise.all([
				decodeVersion(before),
				this.#encodeHere().then((bytes) => decodeVersion(bytes))
			]);
			if (was.status === 'corrupt') throw was.error;
			if (now.status === 'corrupt') throw now.error;
			return buildSessionSummary({ ...input, before: was.plan, after: now.plan });
		}
		this.#copy(worker);
		const reply = await this.#ask(worker, (id) => ({ type: 'summary', id, before, input }));
		if (reply.type !== 'summarized') throw new Error(replyMessage(reply));
		return reply.summary;
	}

	#ask(worker: Worker, request: (id: number) => CompareRequest): Promise<CompareReply> {
		clearTimeout(this.#idle);
		const id = this.#next++;
		const asked = performance.now();
		return new Promise<CompareReply>((resolve) => {
			const timer = setTimeout(
				() => this.#fail('the comparison took too long and was stopped'),
				this.#timeoutMs
			);
			const done = (reply: CompareReply) => {
				clearTimeout(timer);
				if (reply.type !== 'failed') {
					const total = reply.timings.total ?? 0;
					this.#timings = { ...reply.timings, post: performance.now() - asked - total };
				}
				resolve(reply);
			};
			this.#pending.set(id, {
				settle: done,
				fail: (message) => done({ type: 'failed', id, message })
			});
			try {
				worker.postMessage(request(id));
			} catch (error) {
				this.#fail(errorMessage(error));
			}
		});
	}

	/** Where no worker runs: the plan being edited, encoded in place. */
	#encodeHere(): Promise<Uint8Array> {
		if (!this.#source) throw new Error(NO_PLAN);
		return encodeVersion(this.#source.ydoc);
	}

	/** Starts the worker's copy of the plan being edited, unless it has one. */
	#copy(worker: Worker): void {
		const source = this.#source;
		if (this.#unfollow || !source) return;
		const send = (request: CompareRequest, transfer: Transferable[] = []) => {
			if (this.#worker !== worker) return;
			try {
				worker.postMessage(request, transfer);
			} catch (error) {
				this.#fail(errorMessage(error));
			}
		};
		// Listening first, reading storage after: an edit made meanwhile is both sent and stored.
		const forward = (update: Uint8Array) => send({ type: 'update', update });
		source.ydoc.on('update', forward);
		this.#unfollow = () => source.ydoc.off('update', forward);
		source.stored().then(
			(updates) =>
				send(
					{ type: 'load', updates },
					// Handed over, not copied: storage's bytes are read afresh each time.
					[...new Set(updates.map((update) => update.buffer as ArrayBuffer))]
				),
			(error: unknown) => this.#fail(`the plan could not be read: ${errorMessage(error)}`)
		);
	}

	/**
	 * Starts the worker ahead of a comparison someone is about to ask for (the versions dialog
	 * opened): its start-up, about half a second on a phone, is then over by the first click, and
	 * it runs its comparing code on a small plan for a moment (compare-warm-up.ts): a new worker's
	 * first comparison of the large workshop was otherwise several times slower than the next.
	 * It goes again after `idleMs` if no comparison comes.
	 */
	warm(): void {
		if (this.#worker) return this.#copy(this.#worker);
		const worker = this.#ensureWorker();
		if (!worker) return;
		const request: CompareRequest = { type: 'warm' };
		try {
			worker.postMessage(request);
		} catch {
			// Only a head start: the comparison runs anyway.
		}
		// Someone about to compare with now or save a version: the copy is loaded by then.
		this.#copy(worker);
		this.#idleSoon();
	}

	/**
	 * Where the last answer's time went (compare-timings.ts): the worker's phases, and `post`, the
	 * rest of the page's wait. Null before the first answer, and for work done in place.
	 */
	get lastTimings(): PhaseTimings | null {
		return this.#timings;
	}

	/**
	 * Versions someone is likely to compare next (the newest, as the versions dialog opens): the
	 * worker decodes them meanwhile, so the first comparison of them finds them decoded. Starts
	 * the worker if needed; only a head start, so nothing is reported.
	 */
	prepare(versions: readonly Uint8Array[]): void {
		if (versions.length === 0) return;
		const worker = this.#ensureWorker();
		if (!worker) return;
		const request: CompareRequest = { type: 'prepare', versions: [...versions] };
		try {
			worker.postMessage(request);
		} catch {
			// The comparison decodes them anyway.
		}
		if (this.#pending.size === 0) this.#idleSoon();
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
			const pending = data ? this.#pending.get(data.id) : undefined;
			if (!pending) return;
			this.#pending.delete(data.id);
			pending.settle(data);
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
		for (const { fail } of pending) fail(message);
	}

	#stop(): void {
		clearTimeout(this.#idle);
		this.#unfollow?.();
		this.#unfollow = null;
		this.#worker?.terminate();
		this.#worker = null;
	}
}

function replyMessage(reply: CompareReply): string {
	return reply.type === 'failed' ? reply.message : 'the worker answered something else';
}
